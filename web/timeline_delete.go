package web

import (
	"net/http"

	"github.com/labstack/echo/v4"

	"github.com/factline/factline/views"
	"github.com/factline/factline/web/ui"
)

// timelineDeleteConfirm serves GET /timelines/:slug/delete: what would be affected.
func (s *Server) timelineDeleteConfirm(c echo.Context) error {
	ctx := c.Request().Context()
	t, err := s.DeletableTimeline(c)
	if err != nil {
		return err
	}
	u, err := s.Store.UsageOfTimeline(ctx, t.ID)
	if err != nil {
		return err
	}
	v := views.DeleteConfirm{What: "timeline", Label: t.Title, Path: "/timelines/" + t.Slug, Usage: u, CSRF: ui.CSRFToken(c)}
	return s.Render(c, http.StatusOK, s.Page(c, "Delete timeline", "", "timelines"), views.DeleteConfirmPage(v))
}

// timelineDelete serves POST /timelines/:slug/delete; its claims and events stay.
func (s *Server) timelineDelete(c echo.Context) error {
	ctx := c.Request().Context()
	t, err := s.DeletableTimeline(c)
	if err != nil {
		return err
	}
	if err := s.Store.DeleteTimeline(ctx, t.ID); err != nil {
		return err
	}
	return ui.RedirectAfterPost(c, "/timelines")
}
