package web

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
	"archive_url", "text", "language", "notes", "version", "confirm_new"}

// sourceValues are a stored source's form values.
func sourceValues(src *models.Source) map[string]string {
	return map[string]string{
		"kind": src.Kind, "url": src.URL, "canonical_url": src.CanonicalURL, "title": src.Title, "publisher": src.Publisher, "author": src.Author,
		"published": src.Published.Display(), "accessed": src.Accessed.Display(), "archive_url": src.ArchiveURL,
		"text": src.Text, "language": src.Language, "notes": src.Notes, "version": strconv.Itoa(src.Version),
	}
}

// sourceNew serves the empty source form.
func (s *Server) sourceNew(c echo.Context) error {
	f := ui.EmptyForm(c, "/sources", map[string]string{"kind": models.SourceKinds[0]})
	return s.Render(c, http.StatusOK, s.Page(c, "New source", "", "sources"), views.SourceFormPage(f, false))
}

// sourceEdit serves the form for an existing source.
func (s *Server) sourceEdit(c echo.Context) error {
	id, err := httpx.PathID(c, "id")
	if err != nil {
		return err
	}
	src, err := s.Store.As(httpx.Viewer(c)).Source(c.Request().Context(), id)
	if err != nil {
		return err
	}
	f := ui.EmptyForm(c, fmt.Sprintf("/sources/%d", id), sourceValues(src))
	return s.Render(c, http.StatusOK, s.Page(c, "Edit "+src.Title, "", "sources"), views.SourceFormPage(f, true))
}

// sourceSave creates (POST /sources) or updates (POST /sources/:id) a source.
func (s *Server) sourceSave(c echo.Context) error {
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
		if f.Offer, err = httpx.SourceOffer(c.Request().Context(), s.Store, src); err == nil && f.Offer != nil {
			return s.RenderOffer(c, s.Page(c, "New source", "", "sources"), views.SourceFormPage(f, false), views.SourceForm(f))
		}
	}
	if err == nil {
		err = s.Store.SaveSource(c.Request().Context(), src)
	}
	if errors.Is(err, models.ErrConflict) {
		cur, err := s.Store.As(httpx.Viewer(c)).Source(c.Request().Context(), id)
		if err != nil {
			return err
		}
		f = ui.WithTheirs(f, sourceValues(cur))
		return s.RenderConflict(c, s.Page(c, "Source", "", "sources"), views.SourceFormPage(f, true), views.SourceForm(f))
	}
	if err != nil {
		if ui.FieldErrors(f, err) {
			return s.RenderForm(c, s.Page(c, "Source", "", "sources"), views.SourceFormPage(f, id != 0), views.SourceForm(f))
		}
		return err
	}
	return ui.RedirectAfterPost(c, fmt.Sprintf("/sources/%d", src.ID))
}
