package items

import (
	"fmt"
	"net/http"

	"github.com/labstack/echo/v4"

	"github.com/factline/factline/models"
	"github.com/factline/factline/views"
	"github.com/factline/factline/web/httpx"
	"github.com/factline/factline/web/ui"
)

// ActorShow serves /actors/:id: the actor, its roles, its claims and events.
func (h *Handler) ActorShow(c echo.Context) error {
	id, err := httpx.PathID(c, "id")
	if err != nil {
		return err
	}
	v, frozen, err := h.frozenActorView(c, id)
	if !frozen && err == nil {
		v, err = h.actorView(c, id, ui.EmptyForm(c, fmt.Sprintf("/actors/%d/roles", id), nil))
	}
	if err != nil {
		return err
	}
	if ui.WantsJSON(c) {
		return c.JSON(http.StatusOK, map[string]any{"actor": v.Actor, "claims": v.Claims, "events": v.Events,
			"repeats": v.Repeats, "claims_next": v.ClaimsPager.Next, "events_next": v.EventsPager.Next,
			"repeats_next": v.RepeatsPager.Next})
	}
	if !frozen { // frozenActorView marks the organisations with what the version links
		if _, err := h.HideUnreadable(c, organisations(v.Actor)); err != nil {
			return err
		}
	}
	p := ui.WithJSON(h.Page(c, v.Actor.Name, v.Actor.Description, "actors"))
	return h.Render(c, http.StatusOK, p, views.ActorShowPage(v))
}

// actorView is an actor's page: the actor, its roles, and a page of each of
// its claims, repeats and events (?claims=, ?repeats=, ?events=).
func (h *Handler) actorView(c echo.Context, id int64, roleForm views.Form) (views.ActorShow, error) {
	ctx := c.Request().Context()
	v := views.ActorShow{RoleForm: roleForm}
	a, err := h.Store.As(httpx.Viewer(c)).Actor(ctx, id)
	if err != nil {
		return v, err
	}
	v.Actor = *a
	page, offset := ui.ListPage(c, "claims")
	claims, err := h.Store.As(httpx.Viewer(c)).ClaimsBySpeaker(ctx, id, ui.ListPageSize+1, offset)
	if err != nil {
		return v, err
	}
	v.Claims, v.ClaimsPager = ui.ListPageOf(c, "claims", page, claims)
	page, offset = ui.ListPage(c, "repeats")
	repeats, err := h.Store.As(httpx.Viewer(c)).RepeatsBy(ctx, id, ui.ListPageSize+1, offset)
	if err != nil {
		return v, err
	}
	v.Repeats, v.RepeatsPager = ui.ListPageOf(c, "repeats", page, repeats)
	page, offset = ui.ListPage(c, "events")
	events, err := h.Store.As(httpx.Viewer(c)).EventsWithParticipant(ctx, id, ui.ListPageSize+1, offset)
	if err != nil {
		return v, err
	}
	v.Events, v.EventsPager = ui.ListPageOf(c, "events", page, events)
	return v, nil
}

// organisations are those of the actor's roles.
func organisations(a models.Actor) []models.Ref {
	var orgs []models.Ref
	for _, r := range a.Roles {
		if r.OrganisationID != nil {
			orgs = append(orgs, models.Ref{Kind: models.KindActor, ID: *r.OrganisationID})
		}
	}
	return orgs
}
