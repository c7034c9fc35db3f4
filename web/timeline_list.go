package web

import (
	"net/http"

	"github.com/labstack/echo/v4"

	"github.com/factline/factline/views"
	"github.com/factline/factline/web/httpx"
)

// timelineList serves /timelines.
func (s *Server) timelineList(c echo.Context) error {
	ts, err := s.store.ListTimelines(c.Request().Context(), 500)
	if err != nil {
		return err
	}
	if wantsJSON(c) {
		return c.JSON(http.StatusOK, ts)
	}
	p := withJSON(s.page(c, "Timelines", "Sourced timelines: who said what and when, and which source says so.", "timelines"))
	return s.render(c, http.StatusOK, p, views.TimelineListPage(ts))
}

// home serves /: timelines, recent claims and events, and search.
func (s *Server) home(c echo.Context) error {
	ctx := c.Request().Context()
	var v views.Home
	var err error
	if v.Timelines, err = s.store.ListTimelines(ctx, 12); err != nil {
		return err
	}
	if httpx.CurrentUser(c) != nil { // team material
		if v.Claims, err = s.store.ListClaims(ctx, 8); err != nil {
			return err
		}
		if v.Events, err = s.store.ListEvents(ctx, 8); err != nil {
			return err
		}
	}
	p := s.page(c, "factline", "Sourced timelines: who said what and when, what happened and when, and which source says so.", "")
	return s.render(c, http.StatusOK, p, views.HomePage(v))
}
