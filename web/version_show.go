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
	hidden, err := s.HideUnreadable(c, frozenRefs(frozen.Items, v.Changes.Removed))
	if err != nil {
		return err
	}
	keepPublishedRelations(frozen.Items, hidden)
	v.Body = timelineView(s.Rich, frozen, frozen.Items)
	if ui.WantsJSON(c) {
		return c.JSON(http.StatusOK, map[string]any{"version": version, "timeline": frozen, "changes": v.Changes})
	}
	p := ui.WithJSON(s.Page(c, fmt.Sprintf("%s (version %d)", frozen.Timeline.Title, n), frozen.Timeline.Summary, "timelines"))
	return s.Render(c, http.StatusOK, p, views.VersionPage(v))
}

// keepPublishedRelations leaves out, of a version's frozen relations, those
// to an item outside the version that the viewer may not read: its text is
// not theirs to see. Relations between the version's own entries stay.
func keepPublishedRelations(items []models.TimelineItem, hidden map[models.Ref]bool) {
	entries := make(map[models.Ref]bool, len(items))
	for _, it := range items {
		entries[it.Ref()] = true
	}
	for i := range items {
		kept := items[i].Relations[:0]
		for _, r := range items[i].Relations {
			if (entries[r.From()] && entries[r.To()]) || (!hidden[r.From()] && !hidden[r.To()]) {
				kept = append(kept, r)
			}
		}
		items[i].Relations = kept
	}
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
