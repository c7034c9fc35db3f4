package web

import (
	"fmt"
	"net/http"

	"github.com/labstack/echo/v4"

	"github.com/factline/factline/models"
	"github.com/factline/factline/views"
	"github.com/factline/factline/web/httpx"
)

// participantAdd adds an actor, typed by name, to an event (POST
// /events/:id/participants) and answers with the event's participants, or the
// event page for a plain form.
func (s *Server) participantAdd(c echo.Context) error {
	id, err := httpx.PathID(c, "id")
	if err != nil {
		return err
	}
	ctx := c.Request().Context()
	f := readForm(c, fmt.Sprintf("/events/%d/participants", id), "actor", "role_word")
	if f.Get("actor") == "" {
		f.Errors.Add("actor", "Type the name of who took part.")
	}
	p := models.Participant{EventID: id, RoleWord: f.Get("role_word")}
	if actorID := s.store.SpeakerByName(ctx, f.Errors, "actor", f.Get("actor")); actorID != nil {
		p.ActorID = *actorID
	}
	status := http.StatusUnprocessableEntity
	if len(f.Errors) == 0 {
		if err := s.store.AddParticipant(ctx, p); err != nil {
			return err
		}
		if !isHTMX(c) {
			return redirectAfterPost(c, fmt.Sprintf("/events/%d", id))
		}
		status, f = http.StatusOK, emptyForm(c, f.Action, nil)
	}
	return s.renderParticipants(c, status, id, f)
}

// participantRemove takes an actor off an event (POST /events/:id/participants/:actor/delete).
func (s *Server) participantRemove(c echo.Context) error {
	id, err := httpx.PathID(c, "id")
	if err != nil {
		return err
	}
	actorID, err := httpx.PathID(c, "actor")
	if err != nil {
		return err
	}
	if err := s.store.RemoveParticipant(c.Request().Context(), id, actorID); err != nil {
		return err
	}
	if !isHTMX(c) {
		return redirectAfterPost(c, fmt.Sprintf("/events/%d", id))
	}
	return s.renderParticipants(c, http.StatusOK, id, emptyForm(c, fmt.Sprintf("/events/%d/participants", id), nil))
}

func (s *Server) renderParticipants(c echo.Context, status int, eventID int64, f views.Form) error {
	v, err := s.eventView(c, eventID, f)
	if err != nil {
		return err
	}
	if !isHTMX(c) {
		// A refused plain form: the event page with the form as typed.
		return s.render(c, status, s.page(c, v.Event.Title, "", "events"), views.EventShowPage(v))
	}
	return s.fragment(c, status, views.Participants(v.Event, v.ParticipantsPager, f))
}
