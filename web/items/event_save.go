package items

import (
	"errors"
	"fmt"
	"net/http"
	"strconv"
	"strings"

	"github.com/labstack/echo/v4"

	"github.com/factline/factline/models"
	"github.com/factline/factline/views"
	"github.com/factline/factline/web/httpx"
	"github.com/factline/factline/web/ui"
)

var eventFields = []string{"title", "occurred", "place", "description", "tags", "version", "confirm_new"}

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
	var id int64
	action := "/events"
	if c.Param("id") != "" {
		var err error
		if id, err = httpx.PathID(c, "id"); err != nil {
			return err
		}
		action = fmt.Sprintf("/events/%d", id)
	}
	f := ui.ReadForm(c, action, eventFields...)
	e := &models.Event{ID: id, Title: f.Get("title"), Occurred: models.ParseDate(f.Errors, "occurred", f.Get("occurred")),
		Place: f.Get("place"), Description: f.Get("description"), Tags: models.ParseTags(f.Get("tags")),
		Version: ui.AtoiOrZero(f.Get("version"))}
	ui.RefuseWithoutVersion(f, "event", id)
	err := f.Errors.OrNil()
	if err == nil && id == 0 && !ui.ConfirmedNew(f) {
		if f.Offer, err = httpx.EventOffer(c.Request().Context(), h.Store, e, views.OfferLink); err == nil && f.Offer != nil {
			return h.RenderOffer(c, h.Page(c, "New event", "", "events"), views.EventFormPage(f, false), views.EventForm(f))
		}
	}
	if err == nil {
		err = h.Store.SaveEvent(c.Request().Context(), e)
	}
	if errors.Is(err, models.ErrConflict) {
		cur, err := h.Store.As(httpx.Viewer(c)).Event(c.Request().Context(), id)
		if err != nil {
			return err
		}
		f = ui.WithTheirs(f, eventValues(cur))
		return h.RenderConflict(c, h.Page(c, "Event", "", "events"), views.EventFormPage(f, true), views.EventForm(f))
	}
	if err != nil {
		if ui.FieldErrors(f, err) {
			return h.RenderForm(c, h.Page(c, "Event", "", "events"), views.EventFormPage(f, id != 0), views.EventForm(f))
		}
		return err
	}
	return ui.RedirectAfterPost(c, fmt.Sprintf("/events/%d", e.ID))
}
