package web

import (
	"net/http"

	"github.com/labstack/echo/v4"

	"github.com/factline/factline/views"
	"github.com/factline/factline/web/httpx"
	"github.com/factline/factline/web/ui"
)

// timelineList serves /timelines.
func (s *Server) timelineList(c echo.Context) error {
	ts, err := s.Store.ListTimelines(c.Request().Context(), 500)
	if err != nil {
		return err
	}
	if ui.WantsJSON(c) {
		return c.JSON(http.StatusOK, ts)
	}
	p := ui.WithJSON(s.Page(c, "Timelines", "Sourced timelines: who said what and when, and which source says so.", "timelines"))
	return s.Render(c, http.StatusOK, p, views.TimelineListPage(ts))
}

// home serves /: timelines, recent claims and events, and search.
func (s *Server) home(c echo.Context) error {
	ctx := c.Request().Context()
	var v views.Home
	var err error
	if v.Timelines, err = s.Store.ListTimelines(ctx, 12); err != nil {
		return err
	}
	if httpx.CurrentUser(c) != nil { // team material
		if v.Claims, err = s.Store.ListClaims(ctx, 8); err != nil {
			return err
		}
		if v.Events, err = s.Store.ListEvents(ctx, 8); err != nil {
			return err
		}
	}
	p := s.Page(c, "factline", "Sourced timelines: who said what and when, what happened and when, and which source says so.", "")
	return s.Render(c, http.StatusOK, p, views.HomePage(v))
}
