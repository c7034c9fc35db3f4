package web

import (
	"fmt"
	"net/http"

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
	n, err := versionNumber(c)
	if err != nil {
		return err
	}
	ctx := c.Request().Context()
	version, frozen, err := s.store.GetVersion(ctx, t.ID, n)
	if err != nil {
		return err
	}
	v := views.VersionView{Version: *version, Body: timelineView(frozen, frozen.Items), Slug: t.Slug}
	// A link to this version alone does not open the living timeline, nor what
	// changed on it since.
	if sc := shareScopeOf(c); sc == nil || sc.Version() == 0 {
		now, err := s.store.LoadEntries(ctx, t)
		if err != nil {
			return err
		}
		v.Living, v.Changes = true, models.CompareVersions(frozen.Items, now.Items)
	}
	if wantsJSON(c) {
		return c.JSON(http.StatusOK, map[string]any{"version": version, "timeline": frozen, "changes": v.Changes})
	}
	if err := s.hideUnreadable(c, frozenRefs(frozen.Items, v.Changes.Removed)); err != nil {
		return err
	}
	p := withJSON(s.page(c, fmt.Sprintf("%s (version %d)", frozen.Timeline.Title, n), frozen.Timeline.Summary, "timelines"))
	return s.render(c, http.StatusOK, p, views.VersionPage(v))
}

// frozenRefs lists what a version's page links from frozen data, which may
// since have been deleted or left the viewer's reach: the entries, their
// speakers, participants, cited sources and related items.
func frozenRefs(lists ...[]models.TimelineItem) []models.Ref {
	var refs []models.Ref
	for _, items := range lists {
		for _, it := range items {
			refs = append(refs, it.Ref())
			if it.SpeakerID != nil {
				refs = append(refs, models.Ref{Kind: models.KindActor, ID: *it.SpeakerID})
			}
			for _, p := range it.Participants {
				refs = append(refs, models.Ref{Kind: models.KindActor, ID: p.ActorID})
			}
			for _, c := range it.Citations {
				refs = append(refs, models.Ref{Kind: models.KindSource, ID: c.SourceID})
			}
			for _, r := range it.Relations {
				refs = append(refs, r.From(), r.To())
			}
		}
	}
	return refs
}
