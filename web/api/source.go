package api

import (
	"net/http"

	"github.com/labstack/echo/v4"

	"github.com/factline/factline/models"
	"github.com/factline/factline/web/httpx"
)

// SourceList serves GET /api/v1/sources: a page of sources by id, without
// their texts (GET /api/v1/sources/:id has the text).
func (h *Handler) SourceList(c echo.Context) error {
	return pageOf(c, h.store.PageSources, func(src models.Source) int64 { return src.ID })
}

// SourceShow serves GET /api/v1/sources/:id, with the source's text.
func (h *Handler) SourceShow(c echo.Context) error {
	id, err := httpx.PathID(c, "id")
	if err != nil {
		return err
	}
	src, err := h.store.As(httpx.Viewer(c)).Source(c.Request().Context(), id)
	if err != nil {
		return err
	}
	return answerItem(c, http.StatusOK, src)
}

// sourceInput is what a script sends to create or replace a source.
type sourceInput struct {
	Kind       string `json:"kind"`
	URL        string `json:"url"`
	Title      string `json:"title"`
	Publisher  string `json:"publisher"`
	Author     string `json:"author"`
	Published  string `json:"published"`
	Accessed   string `json:"accessed"`
	ArchiveURL string `json:"archive_url"`
	Text       string `json:"text"`
	Notes      string `json:"notes"`
	Version    int    `json:"version"`
	// Language is a code factline reads (en, de, fr, pt); "" or absent: told from the text.
	Language string `json:"language"`
	// CanonicalURL is the page's own address for itself, when known.
	CanonicalURL string `json:"canonical_url"`
	ConfirmNew   bool   `json:"confirm_new"` // create it even if it looks like a stored source
}

// SourceSave serves POST /api/v1/sources and PUT /api/v1/sources/:id; a new
// text re-anchors the source's citations, as on the edit page.
func (h *Handler) SourceSave(c echo.Context) error {
	var in sourceInput
	if err := decodeJSON(c, &in); err != nil {
		return err
	}
	id, err := putTarget(c, in.Version)
	if err != nil {
		return err
	}
	fe := models.FieldErrors{}
	src := &models.Source{ID: id, Kind: in.Kind, URL: in.URL, CanonicalURL: in.CanonicalURL, Title: in.Title, Publisher: in.Publisher,
		Author: in.Author, Published: models.ParseDate(fe, "published", in.Published),
		Accessed: models.ParseDate(fe, "accessed", in.Accessed), ArchiveURL: in.ArchiveURL,
		Text: in.Text, Language: in.Language, Notes: in.Notes, Version: in.Version}
	if err := fe.OrNil(); err != nil {
		return err
	}
	ctx := c.Request().Context()
	if id == 0 && !in.ConfirmNew {
		if err := likelyDuplicate(httpx.SourceOffer(ctx, h.store, src)); err != nil {
			return err
		}
	}
	if err := h.store.SaveSource(ctx, src); err != nil {
		return err
	}
	saved, err := h.store.As(httpx.Viewer(c)).Source(ctx, src.ID)
	if err != nil {
		return err
	}
	return answerSaved(c, id == 0, saved)
}
