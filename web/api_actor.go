package web

import (
	"net/http"

	"github.com/labstack/echo/v4"

	"github.com/factline/factline/models"
)

// apiActorList serves GET /api/v1/actors: a page of actors by id, with their roles.
func (s *Server) apiActorList(c echo.Context) error {
	return pageOf(c, s.store.PageActors, func(a models.Actor) int64 { return a.ID })
}

// apiActorShow serves GET /api/v1/actors/:id.
func (s *Server) apiActorShow(c echo.Context) error {
	id, err := pathID(c, "id")
	if err != nil {
		return err
	}
	a, err := s.store.GetActor(c.Request().Context(), id)
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

// apiActorSave serves POST /api/v1/actors and PUT /api/v1/actors/:id; roles
// are kept as they are.
func (s *Server) apiActorSave(c echo.Context) error {
	var in actorInput
	if err := decodeJSON(c, &in); err != nil {
		return err
	}
	id, err := apiTarget(c, in.Version)
	if err != nil {
		return err
	}
	ctx := c.Request().Context()
	a := &models.Actor{ID: id, Kind: models.ActorKind(in.Kind), Name: in.Name, Aliases: in.Aliases,
		Description: in.Description, WikidataID: in.WikidataID, Version: in.Version}
	if id == 0 && !in.ConfirmNew {
		if err := likelyDuplicate(s.actorOffer(ctx, a)); err != nil {
			return err
		}
	}
	if err := s.store.SaveActor(ctx, a); err != nil {
		return err
	}
	saved, err := s.store.GetActor(ctx, a.ID)
	if err != nil {
		return err
	}
	return answerSaved(c, id == 0, saved)
}
