package storage

import (
	"context"
	"database/sql"
	"encoding/json"
	"fmt"

	"gorm.io/gorm"

	"github.com/factline/factline/models"
)

// EachEntry calls fn for every entry of a timeline in the timeline's order,
// as an export streams them (ReadEntries): one row at a time in one
// statement, so that memory stays flat however long the timeline is, each
// entry with the relations between it and other entries of the timeline. An
// export's lists do not depend on who reads them, so it reads as the system.
func (s *Store) EachEntry(ctx context.Context, timelineID int64, fn func(*models.StreamedEntry) error) error {
	return s.As(Viewer{System: true}).ReadEntries(ctx, timelineID, EntryRead{Export: true}, fn)
}

// CountEntries counts the entries of a timeline whose claim or event is not deleted.
func (s *Store) CountEntries(ctx context.Context, timelineID int64) (int64, error) {
	var n int64
	err := s.r(ctx).Raw(`SELECT count(*) FROM timeline_entries e
		LEFT JOIN claims c ON e.item_kind = 'claim' AND c.id = e.item_id AND `+Live("c")+`
		LEFT JOIN events v ON e.item_kind = 'event' AND v.id = e.item_id AND `+Live("v")+`
		WHERE e.timeline_id = ? AND COALESCE(c.id, v.id) IS NOT NULL`, timelineID).Scan(&n).Error
	if err != nil {
		return 0, fmt.Errorf("store: count entries of timeline %d: %w", timelineID, err)
	}
	return n, nil
}

// timelineActors is SQL for the ids of the actors a timeline refers to: speakers
// and participants of its entries, and the organisations of their roles.
func timelineActors() string {
	return `WITH RECURSIVE ta (id) AS (
		SELECT c.speaker_id FROM timeline_entries e JOIN claims c ON e.item_kind = 'claim' AND c.id = e.item_id
			WHERE e.timeline_id = @tl AND ` + Live("c") + ` AND c.speaker_id IS NOT NULL
		UNION SELECT p.actor_id FROM timeline_entries e JOIN events v ON e.item_kind = 'event' AND v.id = e.item_id
			JOIN event_participants p ON p.event_id = v.id WHERE e.timeline_id = @tl AND ` + Live("v") + `
		UNION SELECT r.organisation_id FROM roles r JOIN ta ON r.actor_id = ta.id WHERE r.organisation_id IS NOT NULL)`
}

// EachActor calls fn for every actor a timeline refers to (deleted ones too, as
// their claims still name them), with their roles, in id order, one row at a time.
func (s *Store) EachActor(ctx context.Context, timelineID int64, fn func(*models.Actor) error) error {
	rows, err := s.r(ctx).Raw(timelineActors()+` SELECT a.*, (SELECT `+s.dialect.jsonArray(s.dialect.jsonObject(`'id', r.id, 'actor_id', r.actor_id,
			'title', r.title, 'organisation_id', r.organisation_id, 'period', r.period`))+`
			FROM (SELECT * FROM roles r WHERE r.actor_id = a.id ORDER BY r.period_earliest IS NULL, r.period_earliest, r.id) r) AS roles_json
		FROM actors a WHERE a.id IN (SELECT id FROM ta) ORDER BY a.id`, sql.Named("tl", timelineID)).Rows()
	if err != nil {
		return fmt.Errorf("store: stream actors of timeline %d: %w", timelineID, err)
	}
	return eachRow(s.r(ctx), rows, func(row *struct {
		models.Actor `gorm:"embedded"`
		RolesJSON    string
	}) error {
		if err := json.Unmarshal([]byte(emptyJSON(row.RolesJSON)), &row.Roles); err != nil {
			return fmt.Errorf("store: roles of actor %d: %w", row.ID, err)
		}
		return fn(&row.Actor)
	})
}

// EachSource calls fn for every source cited by an entry of a timeline, with its
// text, in id order, one row at a time.
func (s *Store) EachSource(ctx context.Context, timelineID int64, fn func(*models.Source) error) error {
	rows, err := s.r(ctx).Raw(`SELECT * FROM sources WHERE id IN (SELECT c.source_id FROM citations c
			JOIN timeline_entries e ON e.timeline_id = ? AND ((e.item_kind = 'claim' AND e.item_id = c.claim_id)
				OR (e.item_kind = 'event' AND e.item_id = c.event_id))
			LEFT JOIN claims cl ON cl.id = c.claim_id LEFT JOIN events ev ON ev.id = c.event_id
			WHERE `+Live("cl")+` AND `+Live("ev")+`)
		ORDER BY id`, timelineID).Rows()
	if err != nil {
		return fmt.Errorf("store: stream sources of timeline %d: %w", timelineID, err)
	}
	return eachRow(s.r(ctx), rows, func(src *models.Source) error { return fn(src) })
}

// eachRow scans every row into a fresh T and calls fn with it, closing rows.
func eachRow[T any](db *gorm.DB, rows *sql.Rows, fn func(*T) error) error {
	defer rows.Close()
	for rows.Next() {
		var v T
		if err := db.ScanRows(rows, &v); err != nil {
			return fmt.Errorf("store: scan: %w", err)
		}
		if err := fn(&v); err != nil {
			return err
		}
	}
	if err := rows.Err(); err != nil {
		return fmt.Errorf("store: scan: %w", err)
	}
	return nil
}
