package web

import (
	"context"
	"fmt"
	"net/http"

	"github.com/labstack/echo/v4"

	"github.com/factline/factline/models"

	"github.com/factline/factline/views"
)

// actorShow serves /actors/:id: the actor, its roles, its claims and events.
func (s *Server) actorShow(c echo.Context) error {
	id, err := pathID(c, "id")
	if err != nil {
		return err
	}
	if err := s.canReadItem(c, models.KindActor, id); err != nil {
		return err
	}
	v, err := s.actorView(c.Request().Context(), id, emptyForm(c, fmt.Sprintf("/actors/%d/roles", id), nil))
	if err != nil {
		return err
	}
	if wantsJSON(c) {
		return c.JSON(http.StatusOK, map[string]any{"actor": v.Actor, "claims": v.Claims, "events": v.Events,
			"repeats": v.Repeats})
	}
	var orgs []models.Ref
	for _, r := range v.Actor.Roles {
		if r.OrganisationID != nil {
			orgs = append(orgs, models.Ref{Kind: models.KindActor, ID: *r.OrganisationID})
		}
	}
	if _, err := s.hideUnreadable(c, orgs); err != nil {
		return err
	}
	p := withJSON(s.page(c, v.Actor.Name, v.Actor.Description, "actors"))
	return s.render(c, http.StatusOK, p, views.ActorShowPage(v))
}

func (s *Server) actorView(ctx context.Context, id int64, roleForm views.Form) (views.ActorShow, error) {
	v := views.ActorShow{RoleForm: roleForm}
	a, err := s.store.GetActor(ctx, id)
	if err != nil {
		return v, err
	}
	v.Actor = *a
	if v.Claims, err = s.store.ClaimsBySpeaker(ctx, id); err != nil {
		return v, err
	}
	if v.Repeats, err = s.store.RepeatsBy(ctx, id); err != nil {
		return v, err
	}
	v.Events, err = s.store.EventsWithParticipant(ctx, id)
	return v, err
}
