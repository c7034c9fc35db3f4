package api

import (
	"context"
	"net/http"

	"github.com/labstack/echo/v4"

	"github.com/factline/factline/models"
	"github.com/factline/factline/models/duplicates"
	"github.com/factline/factline/models/storage"
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

// EventSave serves POST /api/v1/events and PUT /api/v1/events/:id, from the
// event form's input; participants are kept as they are.
func (h *Handler) EventSave(c echo.Context) error {
	var in httpx.EventInput
	if err := decodeJSON(c, &in); err != nil {
		return err
	}
	return saveItem(c, h.store, itemSave[models.Event]{sent: in.Sent,
		item: func(_ context.Context, id int64) (*models.Event, error) { return in.Event(id) },
		offer: func(ctx context.Context, find duplicates.Finder, e *models.Event) (*views.Offer, error) {
			return httpx.EventOffer(ctx, find, e, views.OfferLink)
		},
		save: h.store.SaveEvent,
		read: storage.Reader.Event,
		id:   func(e *models.Event) int64 { return e.ID }})
}
