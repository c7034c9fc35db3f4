package web

import (
	"crypto/rand"
	"encoding/hex"
	"errors"
	"fmt"
	"io/fs"
	"net/http"
	"os"
	"path/filepath"
	"strings"
	"time"

	"github.com/labstack/echo/v4"

	"github.com/factline/factline/models"
	"github.com/factline/factline/models/formats"
	"github.com/factline/factline/views"
	"github.com/factline/factline/web/httpx"
	"github.com/factline/factline/web/ui"
)

// uploadTTL is how long an uploaded file waits for its confirmation, and a
// finished import's outcome for the editor to come back to it.
const uploadTTL = time.Hour

// importConfirm imports the file kept by importPreview as a new timeline owned
// by the user, in one transaction, and shows it. Asked by htmx, it runs the
// import in the background and answers with its progress (import_progress.go).
func (s *Server) importConfirm(c echo.Context) error {
	u := httpx.CurrentUser(c)
	path, ok := uploadPath(u.ID, c.Param("token"))
	if !ok {
		return echo.NewHTTPError(http.StatusNotFound)
	}
	job, err := s.imports.Get(c.Request().Context(), u.ID, c.Param("token"))
	if err != nil {
		return err
	}
	if job != nil && ui.IsHTMX(c) {
		return s.renderImportProgress(c, job.State()) // confirmed twice: one import
	}
	v := views.ImportView{Form: ui.EmptyForm(c, "/import", map[string]string{"slug": c.FormValue("slug"), "base_url": c.FormValue("base_url")})}
	raw, err := os.ReadFile(path)
	if errors.Is(err, fs.ErrNotExist) {
		v.Problems = formats.Problems{{Where: "file", Reason: "the upload has expired or was imported already; upload it again"}}
		return s.renderImport(c, http.StatusUnprocessableEntity, v)
	}
	if err != nil {
		return err
	}
	plan, err := s.importPlan(c, raw, c.FormValue("name"), c.FormValue("slug"))
	if err != nil {
		return s.importRefused(c, v, err)
	}
	if ui.IsHTMX(c) {
		return s.importInBackground(c, plan, path)
	}
	t, err := plan.Apply(c.Request().Context(), s.Store, &u.ID, nil)
	if err != nil {
		return s.importRefused(c, v, err)
	}
	if err := os.Remove(path); err != nil {
		s.Log.Warn("import: remove the kept upload", "path", path, "err", err)
	}
	return ui.RedirectAfterPost(c, importedPath(t))
}

// keepUpload writes an uploaded file where its confirmation finds it, and
// removes uploads left unconfirmed for longer than uploadTTL.
func keepUpload(userID int64, raw []byte) (string, error) {
	old, _ := filepath.Glob(filepath.Join(os.TempDir(), "factline-import-*"))
	for _, p := range old {
		if fi, err := os.Stat(p); err == nil && time.Since(fi.ModTime()) > uploadTTL {
			_ = os.Remove(p)
		}
	}
	b := make([]byte, 16)
	if _, err := rand.Read(b); err != nil {
		return "", err
	}
	token := hex.EncodeToString(b)
	path, _ := uploadPath(userID, token)
	if err := os.WriteFile(path, raw, 0o600); err != nil {
		return "", fmt.Errorf("import: keep upload: %w", err)
	}
	return token, nil
}

// uploadPath is where a user's upload with this token waits; only the user who
// uploaded it finds it. ok is false for a token that is not one.
func uploadPath(userID int64, token string) (string, bool) {
	if len(token) != 32 || strings.Trim(token, "0123456789abcdef") != "" {
		return "", false
	}
	return filepath.Join(os.TempDir(), fmt.Sprintf("factline-import-%d-%s", userID, token)), true
}

// importedPath is where an import's result is: its timeline, or the sources
// for a reference manager's file, which makes none.
func importedPath(t *models.Timeline) string {
	if t == nil {
		return "/sources"
	}
	return "/timelines/" + t.Slug
}
