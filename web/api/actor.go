package api

import (
	"context"
	"net/http"

	"github.com/labstack/echo/v4"

	"github.com/factline/factline/models"
	"github.com/factline/factline/models/storage"
	"github.com/factline/factline/web/httpx"
)

// ActorList serves GET /api/v1/actors: a page of actors by id, with their roles.
func (h *Handler) ActorList(c echo.Context) error {
	return pageOf(c, h.store.PageActors, func(a models.Actor) int64 { return a.ID })
}

// ActorShow serves GET /api/v1/actors/:id.
func (h *Handler) ActorShow(c echo.Context) error {
	id, err := httpx.PathID(c, "id")
	if err != nil {
		return err
	}
	a, err := h.store.As(httpx.Viewer(c)).Actor(c.Request().Context(), id)
	if err != nil {
		return err
	}
	return answerItem(c, http.StatusOK, a)
}

// ActorSave serves POST /api/v1/actors and PUT /api/v1/actors/:id, from the
// actor form's input; roles are kept as they are.
func (h *Handler) ActorSave(c echo.Context) error {
	var in httpx.ActorInput
	if err := decodeJSON(c, &in); err != nil {
		return err
	}
	return saveItem(c, h.store, itemSave[models.Actor]{sent: in.Sent,
		item:  func(_ context.Context, id int64) (*models.Actor, error) { return in.Actor(id) },
		offer: httpx.ActorOffer,
		save:  h.store.SaveActor,
		read:  storage.Reader.Actor,
		id:    func(a *models.Actor) int64 { return a.ID }})
}
