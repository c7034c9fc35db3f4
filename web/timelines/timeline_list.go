package timelines

import (
	"net/http"

	"github.com/labstack/echo/v4"

	"github.com/factline/factline/views"
	"github.com/factline/factline/web/httpx"
	"github.com/factline/factline/web/ui"
)

// TimelineList serves /timelines.
func (h *Handler) TimelineList(c echo.Context) error {
	ts, err := h.Store.As(httpx.Viewer(c)).ListTimelines(c.Request().Context(), 500)
	if err != nil {
		return err
	}
	if ui.WantsJSON(c) {
		return c.JSON(http.StatusOK, ts)
	}
	p := ui.WithJSON(h.Page(c, "Timelines", "Sourced timelines: who said what and when, and which source says so.", "timelines"))
	return h.Render(c, http.StatusOK, p, views.TimelineListPage(ts))
}

// Home serves /: timelines, recent claims and events, and search.
func (h *Handler) Home(c echo.Context) error {
	ctx := c.Request().Context()
	var v views.Home
	var err error
	if v.Timelines, err = h.Store.As(httpx.Viewer(c)).ListTimelines(ctx, 12); err != nil {
		return err
	}
	if httpx.CurrentUser(c) != nil { // team material
		if v.Claims, err = h.Store.ListClaims(ctx, 8); err != nil {
			return err
		}
		if v.Events, err = h.Store.ListEvents(ctx, 8); err != nil {
			return err
		}
	}
	p := h.Page(c, "factline", "Sourced timelines: who said what and when, what happened and when, and which source says so.", "")
	return h.Render(c, http.StatusOK, p, views.HomePage(v))
}
