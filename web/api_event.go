package web

import (
	"net/http"

	"github.com/labstack/echo/v4"

	"github.com/factline/factline/models"
	"github.com/factline/factline/views"
)

// apiEventList serves GET /api/v1/events: a page of events by id, with their
// tags and participants.
func (s *Server) apiEventList(c echo.Context) error {
	return pageOf(c, s.store.PageEvents, func(e models.Event) int64 { return e.ID })
}

// citedEvent is an event with its citations, as GET /api/v1/events/:id shows it.
type citedEvent struct {
	*models.Event
	Citations []models.Citation `json:"citations"`
}

// apiEventShow serves GET /api/v1/events/:id, with the event's citations.
func (s *Server) apiEventShow(c echo.Context) error {
	id, err := pathID(c, "id")
	if err != nil {
		return err
	}
	ctx := c.Request().Context()
	e, err := s.store.GetEvent(ctx, id)
	if err != nil {
		return err
	}
	cits, err := s.store.CitationsOf(ctx, []models.Ref{{Kind: models.KindEvent, ID: id}})
	if err != nil {
		return err
	}
	return answerItem(c, http.StatusOK, citedEvent{e, nonNil(cits)})
}

// eventInput is what a script sends to create or replace an event.
type eventInput struct {
	Title       string   `json:"title"`
	Description string   `json:"description"`
	Occurred    string   `json:"occurred"`
	Place       string   `json:"place"`
	Tags        []string `json:"tags"`
	Version     int      `json:"version"`
	ConfirmNew  bool     `json:"confirm_new"` // create it even if it looks like a stored event
}

// apiEventSave serves POST /api/v1/events and PUT /api/v1/events/:id;
// participants are kept as they are.
func (s *Server) apiEventSave(c echo.Context) error {
	var in eventInput
	if err := decodeJSON(c, &in); err != nil {
		return err
	}
	id, err := apiTarget(c, in.Version)
	if err != nil {
		return err
	}
	fe := models.FieldErrors{}
	e := &models.Event{ID: id, Title: in.Title, Description: in.Description,
		Occurred: models.ParseDate(fe, "occurred", in.Occurred), Place: in.Place, Tags: in.Tags, Version: in.Version}
	if err := fe.OrNil(); err != nil {
		return err
	}
	ctx := c.Request().Context()
	if id == 0 && !in.ConfirmNew {
		if err := likelyDuplicate(s.eventOffer(ctx, e, views.OfferLink)); err != nil {
			return err
		}
	}
	if err := s.store.SaveEvent(ctx, e); err != nil {
		return err
	}
	saved, err := s.store.GetEvent(ctx, e.ID)
	if err != nil {
		return err
	}
	return answerSaved(c, id == 0, saved)
}
