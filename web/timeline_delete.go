package web

import (
	"net/http"

	"github.com/labstack/echo/v4"

	"github.com/factline/factline/views"
)

// timelineDeleteConfirm serves GET /timelines/:slug/delete: what would be affected.
func (s *Server) timelineDeleteConfirm(c echo.Context) error {
	ctx := c.Request().Context()
	t, err := s.deletableTimeline(c)
	if err != nil {
		return err
	}
	u, err := s.store.UsageOfTimeline(ctx, t.ID)
	if err != nil {
		return err
	}
	v := views.DeleteConfirm{What: "timeline", Label: t.Title, Path: "/timelines/" + t.Slug, Usage: u, CSRF: csrfToken(c)}
	return s.render(c, http.StatusOK, s.page(c, "Delete timeline", "", "timelines"), views.DeleteConfirmPage(v))
}

// timelineDelete serves POST /timelines/:slug/delete; its claims and events stay.
func (s *Server) timelineDelete(c echo.Context) error {
	ctx := c.Request().Context()
	t, err := s.deletableTimeline(c)
	if err != nil {
		return err
	}
	if err := s.store.DeleteTimeline(ctx, t.ID); err != nil {
		return err
	}
	return redirectAfterPost(c, "/timelines")
}
