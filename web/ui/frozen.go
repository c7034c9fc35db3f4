package ui

import "github.com/factline/factline/models"

// A published version's pages (web/timelines) and the pages of its items
// under a link to it (web/items) show what the version froze, never what was
// written since; these keep them to what the viewer may still read.

// KeepPublishedRelations leaves out, of a version's frozen relations, those
// to an item outside the version that the viewer may not read: its text is
// not theirs to see. Relations between the version's own entries stay.
func KeepPublishedRelations(items []models.TimelineItem, hidden map[models.Ref]bool) {
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

// FrozenRefs lists what a version's page links from frozen data, which may
// since have been deleted or left the viewer's reach: the entries, their
// speakers, participants, cited sources and related items.
func FrozenRefs(lists ...[]models.TimelineItem) []models.Ref {
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
