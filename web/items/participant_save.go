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

// ParticipantAdd adds an actor, typed by name, to an event (POST
// /events/:id/participants) and answers with the event's participants, or the
// event page for a plain form.
func (h *Handler) ParticipantAdd(c echo.Context) error {
	id, err := httpx.PathID(c, "id")
	if err != nil {
		return err
	}
	ctx := c.Request().Context()
	f := ui.ReadForm(c, fmt.Sprintf("/events/%d/participants", id), "actor", "role_word")
	if f.Get("actor") == "" {
		f.Errors.Add("actor", "Type the name of who took part.")
	}
	p := models.Participant{EventID: id, RoleWord: f.Get("role_word")}
	if actorID := duplicates.Of(h.Store).SpeakerByName(ctx, f.Errors, "actor", f.Get("actor")); actorID != nil {
		p.ActorID = *actorID
	}
	status := http.StatusUnprocessableEntity
	if len(f.Errors) == 0 {
		if err := h.Store.AddParticipant(ctx, p); err != nil {
			return err
		}
		if !ui.IsHTMX(c) {
			return ui.RedirectAfterPost(c, fmt.Sprintf("/events/%d", id))
		}
		status, f = http.StatusOK, ui.EmptyForm(c, f.Action, nil)
	}
	return h.renderParticipants(c, status, id, f)
}

// ParticipantRemove takes an actor off an event (POST /events/:id/participants/:actor/delete).
func (h *Handler) ParticipantRemove(c echo.Context) error {
	id, err := httpx.PathID(c, "id")
	if err != nil {
		return err
	}
	actorID, err := httpx.PathID(c, "actor")
	if err != nil {
		return err
	}
	if err := h.Store.RemoveParticipant(c.Request().Context(), id, actorID); err != nil {
		return err
	}
	if !ui.IsHTMX(c) {
		return ui.RedirectAfterPost(c, fmt.Sprintf("/events/%d", id))
	}
	return h.renderParticipants(c, http.StatusOK, id, ui.EmptyForm(c, fmt.Sprintf("/events/%d/participants", id), nil))
}

func (h *Handler) renderParticipants(c echo.Context, status int, eventID int64, f views.Form) error {
	v, err := h.eventView(c, eventID, f)
	if err != nil {
		return err
	}
	if !ui.IsHTMX(c) {
		// A refused plain form: the event page with the form as typed.
		return h.Render(c, status, h.Page(c, v.Event.Title, "", "events"), views.EventShowPage(v))
	}
	return h.Fragment(c, status, views.Participants(v.Event, v.ParticipantsPager, f))
}
