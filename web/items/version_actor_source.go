package items

import (
	"cmp"
	"slices"

	"github.com/labstack/echo/v4"

	"github.com/factline/factline/models"
	"github.com/factline/factline/models/formats"
	"github.com/factline/factline/views"
	"github.com/factline/factline/web/httpx"
	"github.com/factline/factline/web/ui"
)

// frozenActorView is, under a link to one published version, an actor's page
// as the version froze it: the actor as the version's document kept it (for a
// version published before documents were kept, only the name its entries
// showed), its claims and the events it took part in as the version froze
// them, and which of those claims repeat another speaker's claim there, a page
// of each at a time as on the living page. ok is false elsewhere.
func (h *Handler) frozenActorView(c echo.Context, id int64) (v views.ActorShow, ok bool, err error) {
	fv, ok, err := h.frozenVersionOf(c)
	if !ok || err != nil {
		return v, ok, err
	}
	if err := h.CanReadItem(c, models.KindActor, id); err != nil {
		return v, true, err
	}
	found := false
	if fv.doc != nil {
		actors := map[int64]*models.Actor{}
		err := formats.DocumentData{Doc: fv.doc}.EachActor(c.Request().Context(), 0, func(a *models.Actor) error {
			actors[a.ID] = a
			return nil
		})
		if err != nil {
			return v, true, err
		}
		if a := actors[id]; a != nil {
			v.Actor, found = *a, true
			for i, r := range v.Actor.Roles {
				if r.OrganisationID != nil {
					v.Actor.Roles[i].Organisation = actors[*r.OrganisationID]
				}
			}
		}
	}
	claims := map[int64]*models.TimelineItem{}
	for i := range fv.items {
		it := &fv.items[i]
		if it.Kind == models.KindClaim {
			claims[it.ItemID] = it
		}
		if it.Kind == models.KindClaim && it.SpeakerID != nil && *it.SpeakerID == id {
			if !found {
				v.Actor, found = models.Actor{ID: id, Name: it.SpeakerName}, true
			}
			v.Claims = append(v.Claims, frozenClaim(it, ""))
		}
		for _, p := range it.Participants {
			if p.ActorID != id {
				continue
			}
			if !found && p.Actor != nil {
				v.Actor, found = *p.Actor, true
			}
			v.Events = append(v.Events, frozenEvent(it))
			break
		}
	}
	if !found {
		return v, true, httpx.ErrHidden
	}
	// The page links the organisations of its roles beside what the version
	// links, claims and events that may since have left the viewer's reach.
	if _, err := h.HideUnreadable(c, append(ui.FrozenRefs(fv.items), organisations(v.Actor)...)); err != nil {
		return v, true, err
	}
	for _, mine := range v.Claims {
		for _, r := range claims[mine.ID].Relations {
			if r.Kind != "repeats" || r.From() != (models.Ref{Kind: models.KindClaim, ID: mine.ID}) || r.ToKind != models.KindClaim {
				continue
			}
			if other := claims[r.ToID]; other != nil && (other.SpeakerID == nil || *other.SpeakerID != id) {
				v.Repeats = append(v.Repeats, models.Repeat{Claim: mine, Repeated: frozenClaim(other, "")})
			}
		}
	}
	page, offset := ui.ListPage(c, "claims")
	v.Claims, v.ClaimsPager = ui.ListPageOf(c, "claims", page, frozenWindow(v.Claims, offset))
	page, offset = ui.ListPage(c, "repeats")
	v.Repeats, v.RepeatsPager = ui.ListPageOf(c, "repeats", page, frozenWindow(v.Repeats, offset))
	page, offset = ui.ListPage(c, "events")
	v.Events, v.EventsPager = ui.ListPageOf(c, "events", page, frozenWindow(v.Events, offset))
	return v, true, nil
}

// SourceWithCiters reads a source and a page of its citations (?page=) by
// what the viewer may read, with the labels of the claims and events that make
// them: under a link to one published version, as the version froze them.
func (h *Handler) SourceWithCiters(c echo.Context, id int64) (*models.Source, []models.Citation, map[models.Ref]models.ItemLabel, views.Pager, error) {
	page, offset := ui.ListPage(c, "page")
	if src, cits, labels, ok, err := h.frozenSource(c, id); ok {
		cits, pager := ui.ListPageOf(c, "page", page, frozenWindow(cits, offset))
		return src, cits, labels, pager, err
	}
	ctx := c.Request().Context()
	src, err := h.Store.As(httpx.Viewer(c)).Source(ctx, id)
	if err != nil {
		return nil, nil, nil, views.Pager{}, err
	}
	cits, err := h.Store.As(httpx.Viewer(c)).ReadableCitationsOfSource(ctx, id, ui.ListPageSize+1, offset)
	if err != nil {
		return nil, nil, nil, views.Pager{}, err
	}
	cits, pager := ui.ListPageOf(c, "page", page, cits)
	refs := make([]models.Ref, len(cits))
	for i, cit := range cits {
		refs[i] = cit.Item()
	}
	labels, err := h.Store.ItemLabels(ctx, refs)
	return src, cits, labels, pager, err
}

// frozenWindow is the part of a version's whole list that ui.ListPageOf cuts the
// page at offset from: the page and one item more.
func frozenWindow[T any](all []T, offset int) []T {
	return all[min(offset, len(all)):min(offset+ui.ListPageSize+1, len(all))]
}

// frozenSource is, under a link to one published version, a source as the
// version's document kept it, with its text, and the version's citations of
// it, labelled with the claims' and events' frozen text. A version published
// before documents were kept froze no more of the source than its citations
// showed (title, kind, address, publisher, author, date): its text is then
// left out, never read from the living row. ok is false elsewhere.
func (h *Handler) frozenSource(c echo.Context, id int64) (src *models.Source, cits []models.Citation, labels map[models.Ref]models.ItemLabel, ok bool, err error) {
	fv, ok, err := h.frozenVersionOf(c)
	if !ok || err != nil {
		return nil, nil, nil, ok, err
	}
	if err := h.CanReadItem(c, models.KindSource, id); err != nil {
		return nil, nil, nil, true, err
	}
	if fv.doc != nil {
		err := formats.DocumentData{Doc: fv.doc}.EachSource(c.Request().Context(), 0, func(d *models.Source) error {
			if d.ID == id {
				src = d
			}
			return nil
		})
		if err != nil {
			return nil, nil, nil, true, err
		}
	}
	labels = map[models.Ref]models.ItemLabel{}
	for _, it := range fv.items {
		for _, cit := range it.Citations {
			if cit.SourceID != id {
				continue
			}
			if src == nil && cit.Source != nil {
				kept := *cit.Source
				src = &kept
			}
			cit.Source = nil
			cits = append(cits, cit)
			labels[it.Ref()] = models.ItemLabel{Label: it.Title}
		}
	}
	if src == nil {
		return nil, nil, nil, true, httpx.ErrHidden
	}
	// In text order, as the living source's citations are.
	slices.SortFunc(cits, func(a, b models.Citation) int {
		if (a.StartOffset == nil) != (b.StartOffset == nil) {
			if a.StartOffset == nil {
				return 1
			}
			return -1
		}
		if a.StartOffset != nil && *a.StartOffset != *b.StartOffset {
			return cmp.Compare(*a.StartOffset, *b.StartOffset)
		}
		return cmp.Compare(a.ID, b.ID)
	})
	return src, cits, labels, true, nil
}
