package history

import (
	"context"
	"encoding/json"
	"fmt"
	"sort"
	"strings"

	"github.com/factline/factline/models"
	"github.com/factline/factline/models/edtf"
	"github.com/factline/factline/models/storage"
)

// dateFields hold EDTF dates, shown as the pages show them.
var dateFields = map[string]bool{"said_on": true, "occurred": true, "published": true, "accessed": true, "period": true}

// actorFields hold an actor's id.
var actorFields = map[string]bool{"speaker_id": true, "participant": true, "actor_id": true, "organisation_id": true}

// fieldNames renames the fields whose column name reads badly.
var fieldNames = map[string]string{"speaker_id": "speaker", "owner_id": "owner", "actor_id": "actor",
	"organisation_id": "organisation", "said_on": "said on", "role_word": "role", "published_version": "published version"}

// ReadableHistory is History as a person reads it, keeping to what the viewer
// v may read: an item they cannot open is named as such, never shown.
func (s History) ReadableHistory(ctx context.Context, v storage.Viewer, entity string, id int64) ([]models.ReadableRevision, error) {
	return s.ReadableHistoryFrom(ctx, v, entity, id, 0)
}

// ReadableHistoryFrom is ReadableHistory from the revision with id from on.
func (s History) ReadableHistoryFrom(ctx context.Context, v storage.Viewer, entity string, id, from int64) ([]models.ReadableRevision, error) {
	revs, err := s.HistoryFrom(ctx, entity, id, from)
	if err != nil {
		return nil, err
	}
	n := &namer{s: s, as: s.As(v), ctx: ctx, names: map[models.Ref]models.Named{}, users: map[int64]string{}}
	out := make([]models.ReadableRevision, 0, len(revs))
	current := true // the newest whole state is what the item is now: nothing to go back to
	for _, r := range revs {
		rr := models.ReadableRevision{Revision: r, Summary: actionSummary[r.Action]}
		if before, after, ok := r.EntryChange(); ok {
			rr.Entry, rr.Changes = n.entry(before, after)
		} else {
			rr.Changes = n.changes(r.Entity, r.Before, r.After)
		}
		switch {
		case !r.Restorable():
		case rr.Entry != nil:
			rr.RestoreLabel = "Restore"
		case current:
			current = false
		default:
			rr.RestoreLabel = "Restore this version"
		}
		if n.err != nil {
			return nil, fmt.Errorf("store: readable history of %s %d: %w", entity, id, n.err)
		}
		out = append(out, rr)
	}
	return out, nil
}

var actionSummary = map[string]string{"create": "Created", "update": "Edited", "delete": "Deleted", "restore": "Restored from the trash"}

// namer looks up the names a history shows, once each, and remembers the
// first error.
type namer struct {
	s     History
	as    storage.Reader // the viewer's, for what they may open
	ctx   context.Context
	names map[models.Ref]models.Named
	users map[int64]string
	err   error
}

// item names an actor, claim, event or source, linked when the viewer may open
// it; one they may not is "an actor you cannot open".
func (n *namer) item(ref models.Ref) models.Named {
	if v, ok := n.names[ref]; ok || n.err != nil {
		return v
	}
	hidden, err := n.as.Unreadable(n.ctx, []models.Ref{ref})
	if err != nil {
		n.err = err
		return models.Named{}
	}
	v := models.Named{Text: fmt.Sprintf("a %s you cannot open", ref.Kind)}
	if !hidden[ref] {
		col := map[models.ItemKind]string{models.KindActor: "name", models.KindClaim: "text", models.KindEvent: "title", models.KindSource: "title"}[ref.Kind]
		var name string
		if err := n.s.Reader(n.ctx).Raw("SELECT "+col+" FROM "+storage.ItemTable(ref.Kind)+" WHERE id = ?", ref.ID).Scan(&name).Error; err != nil {
			n.err = err
			return models.Named{}
		}
		v = models.Named{Text: name, Link: &models.Ref{Kind: ref.Kind, ID: ref.ID}}
	}
	n.names[ref] = v
	return v
}

// user names an account.
func (n *namer) user(id int64) string {
	if name, ok := n.users[id]; ok || n.err != nil {
		return name
	}
	var name string
	if err := n.s.Reader(n.ctx).Raw("SELECT name FROM users WHERE id = ?", id).Scan(&name).Error; err != nil {
		n.err = err
	}
	n.users[id] = name
	return name
}

// entry describes an entry added (before nil), removed (after nil) or changed.
func (n *namer) entry(before, after *models.EntryRecord) (*models.EntryDescription, []models.ReadableChange) {
	rec, verb := after, "Added"
	switch {
	case after == nil:
		rec, verb = before, "Removed"
	case before != nil:
		verb = "Changed"
	}
	d := &models.EntryDescription{Verb: verb, Lane: rec.Lane, Note: rec.Note}
	ref, ok := rec.Ref()
	if !ok {
		d.Item = models.Named{Text: rec.Entry}
		return d, nil
	}
	d.Kind = ref.Kind
	d.Item = n.item(ref)
	if d.Item.Link != nil && ref.Kind == models.KindClaim {
		var speaker *int64
		if err := n.s.Reader(n.ctx).Raw("SELECT speaker_id FROM claims WHERE id = ?", ref.ID).Scan(&speaker).Error; err != nil {
			n.err = err
		} else if speaker != nil {
			d.Speaker = n.item(models.Ref{Kind: models.KindActor, ID: *speaker})
		}
	}
	if verb != "Changed" {
		return d, nil
	}
	var changes []models.ReadableChange
	if before.Lane != after.Lane {
		changes = append(changes, models.ReadableChange{Field: "lane", Before: models.Named{Text: before.Lane}, After: models.Named{Text: after.Lane}})
	}
	if before.Note != after.Note {
		changes = append(changes, models.ReadableChange{Field: "note", Before: models.Named{Text: before.Note}, After: models.Named{Text: after.Note}})
	}
	return d, changes
}

// changes lists the fields a revision changed, readable, by name.
func (n *namer) changes(entity string, rawBefore, rawAfter json.RawMessage) []models.ReadableChange {
	before, after := objectOf(rawBefore), objectOf(rawAfter)
	keys := map[string]bool{}
	for k := range before {
		keys[k] = true
	}
	for k := range after {
		keys[k] = true
	}
	var out []models.ReadableChange
	for k := range keys {
		// A source's "published" is its date; a timeline's counts its versions.
		if (bookkeeping(k) && (k != "published" || entity != "source")) || k == "organisation" || k == "import_pending" {
			continue
		}
		b, a := n.value(k, before[k]), n.value(k, after[k])
		if b.Text == a.Text {
			continue
		}
		name := fieldNames[k]
		if name == "" {
			name = strings.ReplaceAll(k, "_", " ")
		}
		out = append(out, models.ReadableChange{Field: name, Before: b, After: a})
	}
	sort.Slice(out, func(i, j int) bool { return out[i].Field < out[j].Field })
	return out
}

func objectOf(raw json.RawMessage) map[string]any {
	var m map[string]any
	if len(raw) > 0 && json.Unmarshal(raw, &m) != nil {
		return nil
	}
	return m
}

// value shows one field's value: a date as the pages write it, an actor or
// user by name, participants and roles as sentences.
func (n *namer) value(field string, v any) models.Named {
	switch {
	case v == nil:
		return models.Named{}
	case dateFields[field]:
		if s, ok := v.(string); ok {
			return models.Named{Text: dateDisplay(s)}
		}
	case actorFields[field]:
		if id, ok := v.(float64); ok {
			return n.item(models.Ref{Kind: models.KindActor, ID: int64(id)})
		}
	case field == "owner_id":
		if id, ok := v.(float64); ok {
			return models.Named{Text: n.user(int64(id))}
		}
	case field == "participants" || field == "roles":
		list, _ := v.([]any)
		parts := make([]string, 0, len(list))
		for _, e := range list {
			if m, ok := e.(map[string]any); ok {
				parts = append(parts, n.listed(field, m))
			}
		}
		return models.Named{Text: strings.Join(parts, "; ")}
	}
	return models.Named{Text: models.ValueText(v)}
}

// listed shows a participant ("Chen Xu (spokesperson)") or a role
// ("spokesperson at Ministry of Foreign Affairs, 2020–2023").
func (n *namer) listed(field string, m map[string]any) string {
	if field == "participants" {
		s := n.value("actor_id", m["actor_id"]).Text
		if w, _ := m["role_word"].(string); w != "" {
			s += " (" + w + ")"
		}
		return s
	}
	s, _ := m["title"].(string)
	if m["organisation_id"] != nil {
		s += " at " + n.value("organisation_id", m["organisation_id"]).Text
	}
	if p, _ := m["period"].(string); p != "" {
		s += ", " + dateDisplay(p)
	}
	return s
}

// dateDisplay shows an EDTF date as the pages do, or as stored when it does not parse.
func dateDisplay(s string) string {
	d, err := edtf.Parse(s)
	if err != nil || d.IsZero() {
		return s
	}
	return d.Display()
}

// bookkeeping reports whether a field changes on every save and says nothing
// to a reader.
func bookkeeping(field string) bool {
	switch field {
	case "id", "entry_id", "created_at", "updated_at", "version",
		"said_on_earliest", "said_on_latest", "occurred_earliest", "occurred_latest",
		"published_earliest", "published_latest", "period_earliest", "period_latest",
		"text_hash", "speaker", "published":
		return true
	}
	return false
}
