package items

import (
	"strings"

	"github.com/labstack/echo/v4"

	"github.com/factline/factline/models"
	"github.com/factline/factline/models/formats"
	"github.com/factline/factline/models/formats/importers"
	"github.com/factline/factline/web/httpx"
	"github.com/factline/factline/web/ui"
)

// frozenVersion is what a link to one published version froze: its entries as
// the version's page showed them (relations to what the viewer may not read
// left out) and its factline document, nil for a version published before
// documents were kept.
type frozenVersion struct {
	items []models.TimelineItem
	doc   *formats.Document
}

// frozenVersionOf reads, under a link to one published version, what that
// version froze: a page under such a link shows it, never what was written
// since. ok is false elsewhere.
func (h *Handler) frozenVersionOf(c echo.Context) (fv *frozenVersion, ok bool, err error) {
	sc := ui.ShareScopeOf(c)
	if sc == nil || sc.Version() == 0 {
		return nil, false, nil
	}
	v, frozen, err := h.Store.GetVersion(c.Request().Context(), sc.Timeline.ID, sc.Version())
	if err != nil {
		return nil, true, err
	}
	hidden, err := h.HideUnreadable(c, ui.FrozenRefs(frozen.Items))
	if err != nil {
		return nil, true, err
	}
	ui.KeepPublishedRelations(frozen.Items, hidden)
	fv = &frozenVersion{items: frozen.Items}
	if v.Document != "" {
		if fv.doc, _, err = importers.Read(strings.NewReader(v.Document), "version.json"); err != nil {
			return nil, true, err
		}
	}
	return fv, true, nil
}

// frozenItem returns, under a link to one published version, that version's
// entry for the claim or event, and a claim's rationale, which is in the
// version's document only (the snapshot keeps what the timeline page showed).
// ok is false elsewhere.
func (h *Handler) frozenItem(c echo.Context, ref models.Ref) (it *models.TimelineItem, rationale string, ok bool, err error) {
	fv, ok, err := h.frozenVersionOf(c)
	if !ok || err != nil {
		return nil, "", ok, err
	}
	if err := h.CanReadItem(c, ref.Kind, ref.ID); err != nil {
		return nil, "", true, err
	}
	for i := range fv.items {
		if fv.items[i].Ref() == ref {
			it = &fv.items[i]
		}
	}
	if it == nil {
		return nil, "", true, httpx.ErrHidden
	}
	if ref.Kind == models.KindClaim && fv.doc != nil {
		for _, e := range fv.doc.Entries {
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
