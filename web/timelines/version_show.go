package timelines

import (
	"fmt"
	"net/http"

	"github.com/labstack/echo/v4"

	"github.com/factline/factline/models"
	"github.com/factline/factline/models/storage"
	"github.com/factline/factline/views"
	"github.com/factline/factline/web/ui"
)

// VersionShow serves /timelines/:slug/versions/:n: the version as published, and
// what changed on the living timeline since.
func (h *Handler) VersionShow(c echo.Context) error {
	t, _, err := h.TimelineAccess(c)
	if err != nil {
		return err
	}
	n, err := ui.VersionNumber(c)
	if err != nil {
		return err
	}
	ctx := c.Request().Context()
	version, frozen, err := h.Store.GetVersion(ctx, t.ID, n)
	if err != nil {
		return err
	}
	v := views.VersionView{Version: *version, Slug: t.Slug}
	// A link to this version alone does not open the living timeline, nor what
	// changed on it since. The comparison reads the living timeline whole, as
	// the version froze it, so that what the viewer may not see is no change.
	if sc := ui.ShareScopeOf(c); sc == nil || sc.Version() == 0 {
		now, err := h.Store.As(storage.Viewer{System: true}).LoadEntries(ctx, t)
		if err != nil {
			return err
		}
		v.Living, v.Changes = true, models.CompareVersions(frozen.Items, now.Items)
	}
	hidden, err := h.HideUnreadable(c, ui.FrozenRefs(frozen.Items, v.Changes.Removed))
	if err != nil {
		return err
	}
	ui.KeepPublishedRelations(frozen.Items, hidden)
	v.Body = timelineView(h.Rich, nil, frozen, frozen.Items)
	if ui.WantsJSON(c) {
		return c.JSON(http.StatusOK, map[string]any{"version": version, "timeline": frozen, "changes": v.Changes})
	}
	p := ui.WithJSON(h.Page(c, fmt.Sprintf("%s (version %d)", frozen.Timeline.Title, n), frozen.Timeline.Summary, "timelines"))
	return h.Render(c, http.StatusOK, p, views.VersionPage(v))
}
