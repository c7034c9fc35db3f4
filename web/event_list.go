package web

import (
	"net/http"

	"github.com/labstack/echo/v4"

	"github.com/factline/factline/views"
)

// eventList serves /events: the most recent events first.
func (s *Server) eventList(c echo.Context) error {
	events, err := s.store.ListEvents(c.Request().Context(), 200)
	if err != nil {
		return err
	}
	if wantsJSON(c) {
		return c.JSON(http.StatusOK, events)
	}
	p := withJSON(s.page(c, "Events", "What happened, when and where, and who took part.", "events"))
	return s.render(c, http.StatusOK, p, views.EventListPage(views.EventList{Events: events}))
}
