package items

import (
	"context"
	"fmt"
	"net/http"
	"strconv"

	"github.com/labstack/echo/v4"

	"github.com/factline/factline/models"
	"github.com/factline/factline/models/storage"
	"github.com/factline/factline/views"
	"github.com/factline/factline/web/httpx"
	"github.com/factline/factline/web/ui"
)

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

// ActorSave creates (POST /actors) or updates (POST /actors/:id) an actor;
// its roles are kept as they are.
func (h *Handler) ActorSave(c echo.Context) error {
	return saveItem(h, c, itemSave[models.Actor]{kind: "actor", fields: httpx.ActorFields,
		item: func(_ context.Context, f views.Form, id int64) (*models.Actor, error) {
			return httpx.ActorFromForm(f.Get).Actor(id)
		},
		offer: httpx.ActorOffer,
		save:  h.Store.SaveActor,
		read:  storage.Reader.Actor, values: actorValues,
		page: views.ActorFormPage, form: views.ActorForm,
		id: func(a *models.Actor) int64 { return a.ID }})
}
