package web

import (
	"context"
	"errors"
	"net/http"
	"os"

	"github.com/labstack/echo/v4"

	"github.com/factline/factline/models"
	"github.com/factline/factline/models/formats"
	"github.com/factline/factline/views"
	"github.com/factline/factline/web/httpx"
	"github.com/factline/factline/web/jobs"
	"github.com/factline/factline/web/ui"
)

// importInBackground starts a confirmed import and answers with its progress,
// which the page then polls at importProgress. The kept upload is removed once
// the import has succeeded; a refused one can be confirmed again.
func (s *Server) importInBackground(c echo.Context, plan *formats.Plan, path string) error {
	user := httpx.CurrentUser(c)
	work := func(ctx context.Context, progress func(), journal jobs.Journal) (*models.Timeline, error) {
		plan.Journal = journal
		t, err := plan.Apply(ctx, s.Store, &user.ID, progress)
		var ps formats.Problems
		if err != nil && !errors.As(err, &ps) {
			s.Log.Error("import failed", "timeline", plan.Timeline.Slug, "err", err)
		}
		return t, err
	}
	removeUpload := func() {
		if err := os.Remove(path); err != nil {
			s.Log.Warn("import: remove the kept upload", "path", path, "err", err)
		}
	}
	job, err := s.imports.Start(user, c.Param("token"), plan.Timeline, len(plan.Doc.Entries), work, removeUpload)
	if err != nil {
		return err
	}
	return s.renderImportProgress(c, job.State())
}

// importProgress serves /import/:token/progress, polled by the import page
// while the user's import runs: the count of entries imported so far; once it
// has succeeded, a redirect to the new timeline; once refused, the upload form
// with the problems, the row and the reason, and nothing changed.
func (s *Server) importProgress(c echo.Context) error {
	u, token := httpx.CurrentUser(c), c.Param("token")
	job, err := s.imports.Get(c.Request().Context(), u.ID, token)
	if err != nil {
		return err
	}
	if job == nil {
		return echo.NewHTTPError(http.StatusNotFound)
	}
	st := job.State()
	if st.Finished.IsZero() {
		return s.renderImportProgress(c, st)
	}
	if err := s.imports.Forget(c.Request().Context(), u.ID, token, job); err != nil {
		return err
	}
	if st.Err != nil {
		v := views.ImportView{Form: ui.EmptyForm(c, "/import", map[string]string{"slug": st.Planned.Slug})}
		return s.importRefused(c, v, st.Err)
	}
	return ui.RedirectAfterPost(c, importedPath(st.Timeline))
}

// renderImportProgress shows an import's progress, polled at its own URL.
func (s *Server) renderImportProgress(c echo.Context, st jobs.ImportState) error {
	p := views.ImportProgressView{Path: "/import/" + c.Param("token") + "/progress", Title: st.Planned.Title,
		Done: st.Done, Total: st.Total}
	return s.RenderEither(c, http.StatusOK, views.Layout(s.Page(c, "Import a timeline", "", "timelines")),
		views.ImportProgressPage(p), views.ImportProgress(p))
}
