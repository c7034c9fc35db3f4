package items

import (
	"fmt"
	"net/http"

	"github.com/labstack/echo/v4"

	"github.com/factline/factline/models"
	"github.com/factline/factline/models/duplicates"
	"github.com/factline/factline/views"
	"github.com/factline/factline/web/httpx"
	"github.com/factline/factline/web/ui"
)

// RoleCreate adds a role to an actor (POST /actors/:id/roles) and answers with
// the actor's role list, or the actor page for a plain form.
func (h *Handler) RoleCreate(c echo.Context) error {
	id, err := httpx.PathID(c, "id")
	if err != nil {
		return err
	}
	ctx := c.Request().Context()
	f := ui.ReadForm(c, fmt.Sprintf("/actors/%d/roles", id), "title", "organisation", "period")
	r := &models.Role{ActorID: id, Title: f.Get("title"), Period: models.ParseDate(f.Errors, "period", f.Get("period"))}
	if org := f.Get("organisation"); org != "" {
		r.OrganisationID = duplicates.Of(h.Store).SpeakerByName(ctx, f.Errors, "organisation", org)
	}
	status := http.StatusOK
	if len(f.Errors) == 0 {
		err = h.Store.SaveRole(ctx, r)
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
	return h.renderRoles(c, status, id, f)
}

// RoleDelete removes a role (POST /actors/:id/roles/:role/delete).
func (h *Handler) RoleDelete(c echo.Context) error {
	id, err := httpx.PathID(c, "id")
	if err != nil {
		return err
	}
	roleID, err := httpx.PathID(c, "role")
	if err != nil {
		return err
	}
	if err := h.Store.DeleteRole(c.Request().Context(), id, roleID); err != nil {
		return err
	}
	if !ui.IsHTMX(c) {
		return ui.RedirectAfterPost(c, fmt.Sprintf("/actors/%d", id))
	}
	return h.renderRoles(c, http.StatusOK, id, ui.EmptyForm(c, fmt.Sprintf("/actors/%d/roles", id), nil))
}

func (h *Handler) renderRoles(c echo.Context, status int, actorID int64, f views.Form) error {
	v, err := h.actorView(c, actorID, f)
	if err != nil {
		return err
	}
	if !ui.IsHTMX(c) {
		// A refused plain form: the actor page with the form as typed.
		return h.Render(c, status, h.Page(c, v.Actor.Name, "", "actors"), views.ActorShowPage(v))
	}
	return h.Fragment(c, status, views.RoleList(v.Actor, f))
}
