package items

import (
	"net/http"

	"github.com/labstack/echo/v4"

	"github.com/factline/factline/views"
	"github.com/factline/factline/web/ui"
)

// EventList serves /events: the most recent events first.
func (h *Handler) EventList(c echo.Context) error {
	events, err := h.Store.ListEvents(c.Request().Context(), 200)
	if err != nil {
		return err
	}
	if ui.WantsJSON(c) {
		return c.JSON(http.StatusOK, events)
	}
	p := ui.WithJSON(h.Page(c, "Events", "What happened, when and where, and who took part.", "events"))
	return h.Render(c, http.StatusOK, p, views.EventListPage(views.EventList{Events: events}))
}
