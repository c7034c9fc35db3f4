package api

import (
	"net/http"

	"github.com/labstack/echo/v4"

	"github.com/factline/factline/models"
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

// actorInput is what a script sends to create or replace an actor.
type actorInput struct {
	Kind        string `json:"kind"`
	Name        string `json:"name"`
	Aliases     string `json:"aliases"`
	Description string `json:"description"`
	WikidataID  string `json:"wikidata_id"`
	Version     int    `json:"version"`
	ConfirmNew  bool   `json:"confirm_new"` // create it even if it looks like a stored actor
}

// ActorSave serves POST /api/v1/actors and PUT /api/v1/actors/:id; roles
// are kept as they are.
func (h *Handler) ActorSave(c echo.Context) error {
	var in actorInput
	if err := decodeJSON(c, &in); err != nil {
		return err
	}
	id, err := putTarget(c, in.Version)
	if err != nil {
		return err
	}
	ctx := c.Request().Context()
	a := &models.Actor{ID: id, Kind: models.ActorKind(in.Kind), Name: in.Name, Aliases: in.Aliases,
		Description: in.Description, WikidataID: in.WikidataID, Version: in.Version}
	if id == 0 && !in.ConfirmNew {
		if err := likelyDuplicate(httpx.ActorOffer(ctx, h.store, a)); err != nil {
			return err
		}
	}
	if err := h.store.SaveActor(ctx, a); err != nil {
		return err
	}
	saved, err := h.store.As(httpx.Viewer(c)).Actor(ctx, a.ID)
	if err != nil {
		return err
	}
	return answerSaved(c, id == 0, saved)
}
