package storage

import (
	"context"
	"fmt"

	"github.com/factline/factline/models"
)

// GetTimelineFor returns the timeline with this slug, its eras, and the user's
// named permission on it, in one statement (userID 0 for an anonymous visitor).
func (s *Store) GetTimelineFor(ctx context.Context, slug string, userID int64) (*models.Timeline, string, error) {
	var row struct {
		models.Timeline `gorm:"embedded"`
		Permission      string
	}
	err := s.r(ctx).Raw(`SELECT t.*, COALESCE(c.permission, '') AS permission,
			(SELECT COALESCE(max(number), 0) FROM versions WHERE timeline_id = t.id) AS published,
			(SELECT `+s.dialect.jsonArray(s.dialect.jsonObject(`'title', title, 'period', period`))+` FROM (SELECT title, period
				FROM timeline_eras WHERE timeline_id = t.id ORDER BY period_earliest, period_latest, id) e) AS eras_json
		FROM timelines t
		LEFT JOIN timeline_collaborators c ON c.timeline_id = t.id AND c.user_id = ?
		WHERE t.slug = ? AND `+Live("t"), userID, slug).Scan(&row).Error
	if err != nil {
		return nil, "", fmt.Errorf("store: get timeline %q: %w", slug, err)
	}
	if row.ID == 0 {
		return nil, "", fmt.Errorf("store: get timeline %q: %w", slug, ErrNotFound)
	}
	return &row.Timeline, row.Permission, nil
}

// onPublicTimeline is a condition that a claim or event (kind and id are SQL
// expressions) is a live entry of a public timeline: what anonymous visitors
// read.
func onPublicTimeline(kind, id string) string {
	return `EXISTS (SELECT 1 FROM timeline_entries pe JOIN timelines pt ON pt.id = pe.timeline_id
		WHERE pe.item_kind = ` + kind + ` AND pe.item_id = ` + id + ` AND pt.visibility = 'public' AND ` + Live("pt") + `
		AND ` + liveEntry("pe") + `)`
}

// liveEntry is a condition that the claim or event of an entry (e names the
// timeline_entries row) is not in the trash. A trashed item keeps its entries,
// for a restore, but shows nothing to anyone who reads by timeline: neither
// itself nor its speaker, participants and sources.
func liveEntry(e string) string {
	return "(CASE " + e + ".item_kind WHEN 'claim' THEN EXISTS (SELECT 1 FROM claims lc WHERE lc.id = " + e +
		".item_id AND " + Live("lc") + ") ELSE EXISTS (SELECT 1 FROM events lv WHERE lv.id = " + e +
		".item_id AND " + Live("lv") + ") END)"
}

// publicCondition is a condition that an item (kind, and id an SQL expression)
// is shown by a public timeline: public timelines' claims and events, the
// sources those cite, and their speakers and participants, one item at a time.
func publicCondition(kind models.ItemKind, id string) string {
	switch kind {
	case models.KindClaim, models.KindEvent:
		return onPublicTimeline("'"+string(kind)+"'", id)
	case models.KindActor:
		return "(EXISTS (SELECT 1 FROM claims c WHERE c.speaker_id = " + id + " AND " + onPublicTimeline("'claim'", "c.id") +
			") OR EXISTS (SELECT 1 FROM event_participants p WHERE p.actor_id = " + id + " AND " +
			onPublicTimeline("'event'", "p.event_id") + "))"
	case models.KindSource:
		return "EXISTS (SELECT 1 FROM citations c WHERE c.source_id = " + id + " AND " +
			onPublicTimeline("CASE WHEN c.claim_id IS NULL THEN 'event' ELSE 'claim' END", "COALESCE(c.claim_id, c.event_id)") + ")"
	}
	return "1 = 0"
}

// IsPublic reports whether an anonymous visitor may read an item ("claim",
// "event", "actor", "source" or "timeline" with its id).
func (s *Store) IsPublic(ctx context.Context, kind string, id int64) (bool, error) {
	check := "SELECT count(*) FROM (SELECT CAST(? AS BIGINT) AS id) x WHERE " + publicCondition(models.ItemKind(kind), "x.id")
	if kind == "timeline" {
		check = "SELECT count(*) FROM timelines WHERE id = ? AND visibility = 'public' AND " + Live("timelines")
	}
	var n int64
	err := s.r(ctx).Raw(check, id).Scan(&n).Error
	if err != nil {
		return false, fmt.Errorf("store: is %s %d public: %w", kind, id, err)
	}
	return n > 0, nil
}

// itemTables names the table of each kind of item page.
var itemTables = map[models.ItemKind]string{models.KindClaim: "claims", models.KindEvent: "events", models.KindActor: "actors", models.KindSource: "sources"}

// Unreadable returns, of these items (claims, events, actors and sources), the
// ones whose page the viewer cannot open: deleted, or not theirs to read.
// Pages that show frozen data, or items no read filtered, draw those as text
// rather than as links (views.WithHidden). One statement a kind.
func (r Reader) Unreadable(ctx context.Context, refs []models.Ref) (map[models.Ref]bool, error) {
	byKind := map[models.ItemKind][]int64{}
	for _, ref := range refs {
		byKind[ref.Kind] = append(byKind[ref.Kind], ref.ID)
	}
	out := map[models.Ref]bool{}
	for kind, ids := range byKind {
		table, ok := itemTables[kind]
		if !ok {
			return nil, fmt.Errorf("store: unreadable: no pages of kind %q", kind)
		}
		var open []int64
		err := r.s.r(ctx).Raw("SELECT x.id FROM "+table+" x WHERE x.id IN ? AND "+Live("x")+" AND "+
			r.v.readableItem(kind, "x.id"), ids).Scan(&open).Error
		if err != nil {
			return nil, fmt.Errorf("store: unreadable %ss: %w", kind, err)
		}
		readable := make(map[int64]bool, len(open))
		for _, id := range open {
			readable[id] = true
		}
		for _, id := range ids {
			if !readable[id] {
				out[models.Ref{Kind: kind, ID: id}] = true
			}
		}
	}
	return out, nil
}
