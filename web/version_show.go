package web

import (
	"fmt"
	"net/http"

	"github.com/labstack/echo/v4"

	"github.com/factline/factline/models"
	"github.com/factline/factline/views"
	"github.com/factline/factline/web/ui"
)

// versionShow serves /timelines/:slug/versions/:n: the version as published, and
// what changed on the living timeline since.
func (s *Server) versionShow(c echo.Context) error {
	t, _, err := s.TimelineAccess(c)
	if err != nil {
		return err
	}
	n, err := ui.VersionNumber(c)
	if err != nil {
		return err
	}
	ctx := c.Request().Context()
	version, frozen, err := s.Store.GetVersion(ctx, t.ID, n)
	if err != nil {
		return err
	}
	v := views.VersionView{Version: *version, Slug: t.Slug}
	// A link to this version alone does not open the living timeline, nor what
	// changed on it since. The comparison reads the living timeline whole, as
	// the version froze it, so that what the viewer may not see is no change.
	if sc := ui.ShareScopeOf(c); sc == nil || sc.Version() == 0 {
		now, err := s.Store.LoadEntries(models.AsSystem(ctx), t)
		if err != nil {
			return err
		}
		v.Living, v.Changes = true, models.CompareVersions(frozen.Items, now.Items)
	}
	hidden, err := s.HideUnreadable(c, ui.FrozenRefs(frozen.Items, v.Changes.Removed))
	if err != nil {
		return err
	}
	ui.KeepPublishedRelations(frozen.Items, hidden)
	v.Body = timelineView(s.Rich, frozen, frozen.Items)
	if ui.WantsJSON(c) {
		return c.JSON(http.StatusOK, map[string]any{"version": version, "timeline": frozen, "changes": v.Changes})
	}
	p := ui.WithJSON(s.Page(c, fmt.Sprintf("%s (version %d)", frozen.Timeline.Title, n), frozen.Timeline.Summary, "timelines"))
	return s.Render(c, http.StatusOK, p, views.VersionPage(v))
}
