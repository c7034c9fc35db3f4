package formats

import (
	"context"
	"errors"

	"github.com/factline/factline/models"
	"github.com/factline/factline/models/storage"
)

// matchEntries finds, for each entry of the file that names its anchor in
// factline (origin), the stored claim or event it was exported from: the same
// kind and id, with the same text or title and the same date, so that an
// anchor of another factline, or of an item edited since, is not taken for it.
// A matched entry is put on the new timeline as the stored item, which keeps
// its own citations, participants and relations; nothing of it is copied.
func (p *Plan) matchEntries(ctx context.Context, store *storage.Store) error {
	p.Entries = make([]Match, len(p.Doc.Entries))
	for i, e := range p.Doc.Entries {
		p.Entries[i].Name, p.Entries[i].Kind = e.Title, e.Kind
		ref, ok := parseAnchor(e.Origin)
		if !ok || ref.Kind != e.Kind {
			continue
		}
		title, date, err := storedItem(ctx, store, ref)
		if errors.Is(err, storage.ErrNotFound) {
			continue
		} else if err != nil {
			return err
		}
		if title == e.Title && date == e.Date {
			p.Entries[i].Existing = ref.ID
		}
	}
	return nil
}

// storedItem is a stored claim's text or event's title, and its date.
func storedItem(ctx context.Context, store *storage.Store, ref models.Ref) (title, date string, err error) {
	if ref.Kind == models.KindClaim {
		c, err := store.GetClaim(ctx, ref.ID)
		if err != nil {
			return "", "", err
		}
		return c.Text, c.SaidOn.String(), nil
	}
	v, err := store.GetEvent(ctx, ref.ID)
	if err != nil {
		return "", "", err
	}
	return v.Title, v.Occurred.String(), nil
}

// SameEntries counts the entries of the file that are stored claims and
// events, put on the new timeline as they are.
func (p *Plan) SameEntries() int {
	n := 0
	for _, m := range p.Entries {
		if m.Existing != 0 {
			n++
		}
	}
	return n
}

// LikelyEntries are the entries imported as new that may be copies of stored
// claims or events.
func (p *Plan) LikelyEntries() []Match {
	var out []Match
	for _, m := range p.Entries {
		if m.Existing == 0 && m.Like != 0 {
			out = append(out, m)
		}
	}
	return out
}

// likelyEntryDuplicates notes, for each entry imported as new, a stored claim
// it may repeat (Store.SimilarClaims) or a stored event it may be a copy of
// (Store.EventDuplicates), for the preview to say so, as it does of actors
// and sources; checks counts the lookups made so far, against maxLikelyChecks.
func (p *Plan) likelyEntryDuplicates(ctx context.Context, store *storage.Store, checks int) error {
	for i, e := range p.Doc.Entries {
		if p.Entries[i].Existing != 0 || checks >= maxLikelyChecks {
			continue
		}
		checks++
		if e.Kind == models.KindClaim {
			like, err := likeFinder(store).SimilarClaims(ctx, newClaim(e))
			if err != nil {
				return err
			}
			if len(like) > 0 {
				p.Entries[i].Like, p.Entries[i].LikeName = like[0].ID, like[0].Text
			}
			continue
		}
		like, err := likeFinder(store).EventDuplicates(ctx, newEvent(e))
		if err != nil {
			return err
		}
		if len(like) > 0 {
			p.Entries[i].Like, p.Entries[i].LikeName = like[0].ID, like[0].Title
		}
	}
	return nil
}
