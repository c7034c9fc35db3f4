package items

import (
	"errors"
	"fmt"
	"net/http"
	"strconv"

	"github.com/labstack/echo/v4"

	"github.com/factline/factline/models"
	"github.com/factline/factline/views"
	"github.com/factline/factline/web/httpx"
	"github.com/factline/factline/web/ui"
)

var sourceFields = []string{"kind", "url", "canonical_url", "title", "publisher", "author", "published", "accessed",
	"archive_url", "text", "language", "notes", "version", "confirm_new", "capture_id"}

// sourceValues are a stored source's form values.
func sourceValues(src *models.Source) map[string]string {
	return map[string]string{
		"kind": src.Kind, "url": src.URL, "canonical_url": src.CanonicalURL, "title": src.Title, "publisher": src.Publisher, "author": src.Author,
		"published": src.Published.Display(), "accessed": src.Accessed.Display(), "archive_url": src.ArchiveURL,
		"text": src.Text, "language": src.Language, "notes": src.Notes, "version": strconv.Itoa(src.Version),
	}
}

// SourceNew serves the empty source form.
func (h *Handler) SourceNew(c echo.Context) error {
	f := ui.EmptyForm(c, "/sources", map[string]string{"kind": models.SourceKinds[0]})
	return h.Render(c, http.StatusOK, h.Page(c, "New source", "", "sources"), views.SourceFormPage(f, false))
}

// SourceEdit serves the form for an existing source.
func (h *Handler) SourceEdit(c echo.Context) error {
	id, err := httpx.PathID(c, "id")
	if err != nil {
		return err
	}
	src, err := h.Store.As(httpx.Viewer(c)).Source(c.Request().Context(), id)
	if err != nil {
		return err
	}
	f := ui.EmptyForm(c, fmt.Sprintf("/sources/%d", id), sourceValues(src))
	return h.Render(c, http.StatusOK, h.Page(c, "Edit "+src.Title, "", "sources"), views.SourceFormPage(f, true))
}

// SourceSave creates (POST /sources) or updates (POST /sources/:id) a source.
func (h *Handler) SourceSave(c echo.Context) error {
	var id int64
	action := "/sources"
	if c.Param("id") != "" {
		var err error
		if id, err = httpx.PathID(c, "id"); err != nil {
			return err
		}
		action = fmt.Sprintf("/sources/%d", id)
	}
	f := ui.ReadForm(c, action, sourceFields...)
	src := &models.Source{ID: id, Kind: f.Get("kind"), URL: f.Get("url"), CanonicalURL: f.Get("canonical_url"), Title: f.Get("title"),
		Publisher: f.Get("publisher"), Author: f.Get("author"),
		Published:  models.ParseDate(f.Errors, "published", f.Get("published")),
		Accessed:   models.ParseDate(f.Errors, "accessed", f.Get("accessed")),
		ArchiveURL: f.Get("archive_url"), Text: f.Get("text"), Language: f.Get("language"), Notes: f.Get("notes"), Version: ui.AtoiOrZero(f.Get("version"))}
	ui.RefuseWithoutVersion(f, "source", id)
	err := f.Errors.OrNil()
	if err == nil && id == 0 && !ui.ConfirmedNew(f) {
		if f.Offer, err = httpx.SourceOffer(c.Request().Context(), h.Store, src); err == nil && f.Offer != nil {
			return h.RenderOffer(c, h.Page(c, "New source", "", "sources"), views.SourceFormPage(f, false), views.SourceForm(f))
		}
	}
	if err == nil {
		err = h.Store.SaveSource(c.Request().Context(), src)
	}
	if errors.Is(err, models.ErrConflict) {
		cur, err := h.Store.As(httpx.Viewer(c)).Source(c.Request().Context(), id)
		if err != nil {
			return err
		}
		f = ui.WithTheirs(f, sourceValues(cur))
		return h.RenderConflict(c, h.Page(c, "Source", "", "sources"), views.SourceFormPage(f, true), views.SourceForm(f))
	}
	if err != nil {
		if ui.FieldErrors(f, err) {
			return h.RenderForm(c, h.Page(c, "Source", "", "sources"), views.SourceFormPage(f, id != 0), views.SourceForm(f))
		}
		return err
	}
	if id == 0 {
		h.attachCapture(c, f.Get("capture_id"), src.ID)
	}
	return ui.RedirectAfterPost(c, fmt.Sprintf("/sources/%d", src.ID))
}
