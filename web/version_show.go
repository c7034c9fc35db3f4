package web

import (
	"fmt"
	"net/http"
	"strconv"

	"github.com/labstack/echo/v4"

	"github.com/factline/factline/models"
	"github.com/factline/factline/views"
)

// versionShow serves /timelines/:slug/versions/:n: the version as published, and
// what changed on the living timeline since.
func (s *Server) versionShow(c echo.Context) error {
	t, _, err := s.timelineAccess(c)
	if err != nil {
		return err
	}
	n, err := strconv.Atoi(c.Param("n"))
	if err != nil || n < 1 {
		return errHidden
	}
	ctx := c.Request().Context()
	version, frozen, err := s.store.GetVersion(ctx, t.ID, n)
	if err != nil {
		return err
	}
	now, err := s.store.LoadEntries(ctx, t)
	if err != nil {
		return err
	}
	v := views.VersionView{Version: *version, Body: timelineView(frozen, frozen.Items), Slug: t.Slug,
		Changes: models.CompareVersions(frozen.Items, now.Items)}
	if wantsJSON(c) {
		return c.JSON(http.StatusOK, map[string]any{"version": version, "timeline": frozen, "changes": v.Changes})
	}
	p := withJSON(s.page(c, fmt.Sprintf("%s (version %d)", frozen.Timeline.Title, n), frozen.Timeline.Summary, "timelines"))
	return s.render(c, http.StatusOK, p, views.VersionPage(v))
}
