package api

import (
	"net/http"

	"github.com/labstack/echo/v4"

	"github.com/factline/factline/models"
	"github.com/factline/factline/views"
	"github.com/factline/factline/web/httpx"
)

// EventList serves GET /api/v1/events: a page of events by id, with their
// tags and participants.
func (h *Handler) EventList(c echo.Context) error {
	return pageOf(c, h.store.PageEvents, func(e models.Event) int64 { return e.ID })
}

// citedEvent is an event with its citations, as GET /api/v1/events/:id shows it.
type citedEvent struct {
	*models.Event
	Citations []models.Citation `json:"citations"`
}

// EventShow serves GET /api/v1/events/:id, with the event's citations.
func (h *Handler) EventShow(c echo.Context) error {
	id, err := httpx.PathID(c, "id")
	if err != nil {
		return err
	}
	ctx := c.Request().Context()
	e, err := h.store.As(httpx.Viewer(c)).Event(ctx, id)
	if err != nil {
		return err
	}
	cits, err := h.store.CitationsOf(ctx, []models.Ref{{Kind: models.KindEvent, ID: id}})
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

// EventSave serves POST /api/v1/events and PUT /api/v1/events/:id;
// participants are kept as they are.
func (h *Handler) EventSave(c echo.Context) error {
	var in eventInput
	if err := decodeJSON(c, &in); err != nil {
		return err
	}
	id, err := putTarget(c, in.Version)
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
		if err := likelyDuplicate(httpx.EventOffer(ctx, h.store, e, views.OfferLink)); err != nil {
			return err
		}
	}
	if err := h.store.SaveEvent(ctx, e); err != nil {
		return err
	}
	saved, err := h.store.As(httpx.Viewer(c)).Event(ctx, e.ID)
	if err != nil {
		return err
	}
	return answerSaved(c, id == 0, saved)
}
