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

var actorFields = []string{"kind", "name", "aliases", "description", "wikidata_id", "version", "confirm_new"}

// actorValues are a stored actor's form values.
func actorValues(a *models.Actor) map[string]string {
	return map[string]string{"kind": string(a.Kind), "name": a.Name, "aliases": a.Aliases,
		"description": a.Description, "wikidata_id": a.WikidataID, "version": strconv.Itoa(a.Version)}
}

// ActorNew serves the empty actor form.
func (h *Handler) ActorNew(c echo.Context) error {
	f := ui.EmptyForm(c, "/actors", map[string]string{"kind": "person"})
	return h.Render(c, http.StatusOK, h.Page(c, "New actor", "", "actors"), views.ActorFormPage(f, false))
}

// ActorEdit serves the form for an existing actor.
func (h *Handler) ActorEdit(c echo.Context) error {
	id, err := httpx.PathID(c, "id")
	if err != nil {
		return err
	}
	a, err := h.Store.As(httpx.Viewer(c)).Actor(c.Request().Context(), id)
	if err != nil {
		return err
	}
	f := ui.EmptyForm(c, fmt.Sprintf("/actors/%d", id), actorValues(a))
	return h.Render(c, http.StatusOK, h.Page(c, "Edit "+a.Name, "", "actors"), views.ActorFormPage(f, true))
}

// ActorSave creates (POST /actors) or updates (POST /actors/:id) an actor.
func (h *Handler) ActorSave(c echo.Context) error {
	var id int64
	action := "/actors"
	if c.Param("id") != "" {
		var err error
		if id, err = httpx.PathID(c, "id"); err != nil {
			return err
		}
		action = fmt.Sprintf("/actors/%d", id)
	}
	f := ui.ReadForm(c, action, actorFields...)
	a := &models.Actor{ID: id, Kind: models.ActorKind(f.Get("kind")), Name: f.Get("name"),
		Aliases: f.Get("aliases"), Description: f.Get("description"), WikidataID: f.Get("wikidata_id"),
		Version: ui.AtoiOrZero(f.Get("version"))}
	ui.RefuseWithoutVersion(f, "actor", id)
	err := f.Errors.OrNil()
	if err == nil && id == 0 && !ui.ConfirmedNew(f) {
		if f.Offer, err = httpx.ActorOffer(c.Request().Context(), h.Store, a); err == nil && f.Offer != nil {
			return h.RenderOffer(c, h.Page(c, "New actor", "", "actors"), views.ActorFormPage(f, false), views.ActorForm(f))
		}
	}
	if err == nil {
		err = h.Store.SaveActor(c.Request().Context(), a)
	}
	if errors.Is(err, models.ErrConflict) {
		cur, err := h.Store.As(httpx.Viewer(c)).Actor(c.Request().Context(), id)
		if err != nil {
			return err
		}
		f = ui.WithTheirs(f, actorValues(cur))
		return h.RenderConflict(c, h.Page(c, "Actor", "", "actors"), views.ActorFormPage(f, true), views.ActorForm(f))
	}
	if err != nil {
		if ui.FieldErrors(f, err) {
			return h.RenderForm(c, h.Page(c, "Actor", "", "actors"), views.ActorFormPage(f, id != 0), views.ActorForm(f))
		}
		return err
	}
	return ui.RedirectAfterPost(c, fmt.Sprintf("/actors/%d", a.ID))
}
