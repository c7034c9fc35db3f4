package web

import (
	"strings"

	"github.com/labstack/echo/v4"

	"github.com/factline/factline/models"
	"github.com/factline/factline/models/formats"
)

// frozenItem returns, under a link to one published version, that version's
// entry for the claim or event: a page under such a link shows what the
// version froze, never what was written since. ok is false elsewhere.
func (s *Server) frozenItem(c echo.Context, ref models.Ref) (it *models.TimelineItem, rationale string, ok bool, err error) {
	sc := shareScopeOf(c)
	if sc == nil || sc.Version() == 0 {
		return nil, "", false, nil
	}
	v, frozen, err := s.store.GetVersion(c.Request().Context(), sc.Timeline.ID, sc.Version())
	if err != nil {
		return nil, "", true, err
	}
	for i := range frozen.Items {
		if frozen.Items[i].Ref() == ref {
			it = &frozen.Items[i]
		}
	}
	if it == nil {
		return nil, "", true, errHidden
	}
	hidden, err := s.hideUnreadable(c, frozenRefs(frozen.Items))
	if err != nil {
		return nil, "", true, err
	}
	keepPublishedRelations(frozen.Items, hidden)
	// A claim's rationale is in the version's document only (the snapshot
	// keeps what the timeline page showed).
	if ref.Kind == models.KindClaim && v.Document != "" {
		doc, _, err := formats.Read(strings.NewReader(v.Document), "version.json")
		if err != nil {
			return nil, "", true, err
		}
		for _, e := range doc.Entries {
			if e.Kind == ref.Kind && e.ID == ref.ID {
				rationale = e.Rationale
			}
		}
	}
	return it, rationale, true, nil
}

// frozenClaim is a claim as a version froze it.
func frozenClaim(it *models.TimelineItem, rationale string) models.Claim {
	cl := models.Claim{ID: it.ItemID, Text: it.Title, Verbatim: it.Verbatim, SpeakerID: it.SpeakerID,
		SaidOn: it.Date, Rating: it.Rating, Rationale: rationale, Tags: it.Tags}
	if it.SpeakerID != nil {
		cl.Speaker = &models.Actor{ID: *it.SpeakerID, Name: it.SpeakerName}
	}
	return cl
}

// frozenEvent is an event as a version froze it.
func frozenEvent(it *models.TimelineItem) models.Event {
	return models.Event{ID: it.ItemID, Title: it.Title, Description: it.Description, Occurred: it.Date,
		Place: it.Place, Tags: it.Tags, Participants: it.Participants}
}
