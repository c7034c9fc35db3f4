package timelines

import (
	"net/http"

	"github.com/labstack/echo/v4"

	"github.com/factline/factline/views"
	"github.com/factline/factline/web/ui"
)

// TimelineDeleteConfirm serves GET /timelines/:slug/delete: what would be affected.
func (h *Handler) TimelineDeleteConfirm(c echo.Context) error {
	ctx := c.Request().Context()
	t, err := h.DeletableTimeline(c)
	if err != nil {
		return err
	}
	u, err := h.Store.UsageOfTimeline(ctx, t.ID)
	if err != nil {
		return err
	}
	v := views.DeleteConfirm{What: "timeline", Label: t.Title, Path: "/timelines/" + t.Slug, Usage: u, CSRF: ui.CSRFToken(c)}
	return h.Render(c, http.StatusOK, h.Page(c, "Delete timeline", "", "timelines"), views.DeleteConfirmPage(v))
}

// TimelineDelete serves POST /timelines/:slug/delete; its claims and events stay.
func (h *Handler) TimelineDelete(c echo.Context) error {
	ctx := c.Request().Context()
	t, err := h.DeletableTimeline(c)
	if err != nil {
		return err
	}
	if err := h.Store.DeleteTimeline(ctx, t.ID); err != nil {
		return err
	}
	return ui.RedirectAfterPost(c, "/timelines")
}
