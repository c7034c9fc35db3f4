package items

import (
	"context"
	"fmt"
	"net/http"
	"strconv"
	"strings"

	"github.com/labstack/echo/v4"

	"github.com/factline/factline/models"
	"github.com/factline/factline/models/duplicates"
	"github.com/factline/factline/models/storage"
	"github.com/factline/factline/views"
	"github.com/factline/factline/web/httpx"
	"github.com/factline/factline/web/ui"
)

// eventValues are a stored event's form values.
func eventValues(e *models.Event) map[string]string {
	return map[string]string{"title": e.Title, "occurred": e.Occurred.Display(), "place": e.Place,
		"description": e.Description, "tags": strings.Join(e.Tags, ", "), "version": strconv.Itoa(e.Version)}
}

// EventNew serves the empty event form.
func (h *Handler) EventNew(c echo.Context) error {
	f := ui.EmptyForm(c, "/events", nil)
	return h.Render(c, http.StatusOK, h.Page(c, "New event", "", "events"), views.EventFormPage(f, false))
}

// EventEdit serves the form for an existing event.
func (h *Handler) EventEdit(c echo.Context) error {
	id, err := httpx.PathID(c, "id")
	if err != nil {
		return err
	}
	e, err := h.Store.As(httpx.Viewer(c)).Event(c.Request().Context(), id)
	if err != nil {
		return err
	}
	f := ui.EmptyForm(c, fmt.Sprintf("/events/%d", id), eventValues(e))
	return h.Render(c, http.StatusOK, h.Page(c, "Edit event", "", "events"), views.EventFormPage(f, true))
}

// EventSave creates (POST /events) or updates (POST /events/:id) an event.
func (h *Handler) EventSave(c echo.Context) error {
	return saveItem(h, c, itemSave[models.Event]{kind: "event", fields: httpx.EventFields,
		item: func(_ context.Context, f views.Form, id int64) (*models.Event, error) {
			return httpx.EventFromForm(f.Get).Event(id)
		},
		offer: func(ctx context.Context, find duplicates.Finder, e *models.Event) (*views.Offer, error) {
			return httpx.EventOffer(ctx, find, e, views.OfferLink)
		},
		save: h.Store.SaveEvent,
		read: storage.Reader.Event, values: eventValues,
		page: views.EventFormPage, form: views.EventForm,
		id: func(e *models.Event) int64 { return e.ID }})
}
