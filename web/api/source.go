package api

import (
	"context"
	"net/http"

	"github.com/labstack/echo/v4"

	"github.com/factline/factline/models"
	"github.com/factline/factline/models/storage"
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

// SourceSave serves POST /api/v1/sources and PUT /api/v1/sources/:id, from
// the source form's input; a new text re-anchors the source's citations, as
// on the edit page.
func (h *Handler) SourceSave(c echo.Context) error {
	var in httpx.SourceInput
	if err := decodeJSON(c, &in); err != nil {
		return err
	}
	return saveItem(c, h.store, itemSave[models.Source]{sent: in.Sent,
		item:  func(_ context.Context, id int64) (*models.Source, error) { return in.Source(id) },
		offer: httpx.SourceOffer,
		save:  h.store.SaveSource,
		read:  storage.Reader.Source,
		id:    func(src *models.Source) int64 { return src.ID }})
}
