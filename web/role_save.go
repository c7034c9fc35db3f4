package web

import (
	"fmt"
	"net/http"

	"github.com/labstack/echo/v4"

	"github.com/factline/factline/models"
	"github.com/factline/factline/views"
	"github.com/factline/factline/web/httpx"
	"github.com/factline/factline/web/ui"
)

// roleCreate adds a role to an actor (POST /actors/:id/roles) and answers with
// the actor's role list, or the actor page for a plain form.
func (s *Server) roleCreate(c echo.Context) error {
	id, err := httpx.PathID(c, "id")
	if err != nil {
		return err
	}
	ctx := c.Request().Context()
	f := ui.ReadForm(c, fmt.Sprintf("/actors/%d/roles", id), "title", "organisation", "period")
	r := &models.Role{ActorID: id, Title: f.Get("title"), Period: models.ParseDate(f.Errors, "period", f.Get("period"))}
	if org := f.Get("organisation"); org != "" {
		r.OrganisationID = s.Store.SpeakerByName(ctx, f.Errors, "organisation", org)
	}
	status := http.StatusOK
	if len(f.Errors) == 0 {
		err = s.Store.SaveRole(ctx, r)
	}
	switch {
	case len(f.Errors) > 0 || ui.FieldErrors(f, err):
		status = http.StatusUnprocessableEntity
	case err != nil:
		return err
	default:
		if !ui.IsHTMX(c) {
			return ui.RedirectAfterPost(c, fmt.Sprintf("/actors/%d", id))
		}
		f = ui.EmptyForm(c, f.Action, nil)
	}
	return s.renderRoles(c, status, id, f)
}

// roleDelete removes a role (POST /actors/:id/roles/:role/delete).
func (s *Server) roleDelete(c echo.Context) error {
	id, err := httpx.PathID(c, "id")
	if err != nil {
		return err
	}
	roleID, err := httpx.PathID(c, "role")
	if err != nil {
		return err
	}
	if err := s.Store.DeleteRole(c.Request().Context(), id, roleID); err != nil {
		return err
	}
	if !ui.IsHTMX(c) {
		return ui.RedirectAfterPost(c, fmt.Sprintf("/actors/%d", id))
	}
	return s.renderRoles(c, http.StatusOK, id, ui.EmptyForm(c, fmt.Sprintf("/actors/%d/roles", id), nil))
}

func (s *Server) renderRoles(c echo.Context, status int, actorID int64, f views.Form) error {
	v, err := s.actorView(c, actorID, f)
	if err != nil {
		return err
	}
	if !ui.IsHTMX(c) {
		// A refused plain form: the actor page with the form as typed.
		return s.Render(c, status, s.Page(c, v.Actor.Name, "", "actors"), views.ActorShowPage(v))
	}
	return s.Fragment(c, status, views.RoleList(v.Actor, f))
}
