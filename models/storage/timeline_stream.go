package storage

import (
	"context"
	"database/sql"
	"encoding/json"
	"fmt"

	"gorm.io/gorm"

	"github.com/factline/factline/models"
)

// EachEntry calls fn for every entry of a timeline in date order, as the page
// orders them, reading one row at a time in one statement so that memory stays
// flat however long the timeline is. Each entry carries its tags, participants,
// citations (with their sources, text left out) and the relations between it
// and other entries of the same timeline that are not deleted, with the labels
// of both ends.
func (s *Store) EachEntry(ctx context.Context, timelineID int64, fn func(*models.StreamedEntry) error) error {
	rows, err := s.r(ctx).Raw(`SELECT x.*,
		(SELECT `+s.dialect.jsonArray(`name`)+` FROM (SELECT name FROM tags t
			WHERE t.item_kind = x.kind AND t.item_id = x.item_id ORDER BY name) t) AS tags_json,
		(SELECT `+s.dialect.jsonArray(s.dialect.jsonObject(`'event_id', p.event_id, 'actor_id', p.actor_id, 'role_word', p.role_word,
				'actor', `+s.dialect.jsonObject(`'id', a.id, 'name', a.name, 'kind', a.kind`)))+`
			FROM (SELECT * FROM event_participants p WHERE x.kind = 'event' AND p.event_id = x.item_id) p
			JOIN actors a ON a.id = p.actor_id) AS participants_json,
		(SELECT `+s.dialect.jsonArray(s.dialect.jsonObject(`'id', c.id, 'claim_id', c.claim_id, 'event_id', c.event_id,
				'source_id', c.source_id, 'quote', c.quote, 'prefix', c.prefix, 'suffix', c.suffix,
				'start_offset', c.start_offset, 'end_offset', c.end_offset, 'locator', c.locator, 'note', c.note,
				'source', `+s.dialect.jsonObject(`'id', s.id, 'kind', s.kind, 'url', s.url, 'title', s.title,
					'publisher', s.publisher, 'author', s.author, 'published', s.published`)))+`
			FROM (SELECT * FROM citations c WHERE (x.kind = 'claim' AND c.claim_id = x.item_id)
				OR (x.kind = 'event' AND c.event_id = x.item_id) ORDER BY c.id) c
			JOIN sources s ON s.id = c.source_id) AS citations_json,
		(SELECT `+s.dialect.jsonArray(s.dialect.jsonObject(`'id', r.id, 'from_kind', r.from_kind, 'from_id', r.from_id,
				'to_kind', r.to_kind, 'to_id', r.to_id, 'kind', r.kind, 'from_label', r.from_label, 'to_label', r.to_label`))+`
			FROM (SELECT r.*, COALESCE(fc.text, fe.title) AS from_label, COALESCE(tc.text, te.title) AS to_label
				FROM relations r
				LEFT JOIN claims fc ON r.from_kind = 'claim' AND fc.id = r.from_id AND fc.deleted_at IS NULL
				LEFT JOIN events fe ON r.from_kind = 'event' AND fe.id = r.from_id AND fe.deleted_at IS NULL
				LEFT JOIN claims tc ON r.to_kind = 'claim' AND tc.id = r.to_id AND tc.deleted_at IS NULL
				LEFT JOIN events te ON r.to_kind = 'event' AND te.id = r.to_id AND te.deleted_at IS NULL
				WHERE ((r.from_kind = x.kind AND r.from_id = x.item_id) OR (r.to_kind = x.kind AND r.to_id = x.item_id))
				AND COALESCE(fc.id, fe.id) IS NOT NULL AND COALESCE(tc.id, te.id) IS NOT NULL
				AND EXISTS (SELECT 1 FROM timeline_entries o WHERE o.timeline_id = ? AND o.item_kind = r.from_kind AND o.item_id = r.from_id)
				AND EXISTS (SELECT 1 FROM timeline_entries o WHERE o.timeline_id = ? AND o.item_kind = r.to_kind AND o.item_id = r.to_id)
				ORDER BY r.id) r) AS relations_json
		FROM (SELECT * FROM (SELECT e.id AS entry_id, e.lane, e.note, e.display_date, e.media_url, e.media_caption,
			e.media_credit, e.media_thumbnail, 'claim' AS kind, c.id AS item_id,
				c.text AS title, '' AS description, c.said_on AS date, c.said_on_earliest AS earliest,
				c.said_on_latest AS latest, c.speaker_id, COALESCE(a.name, '') AS speaker_name,
				COALESCE(a.kind, '') AS speaker_kind, COALESCE(a.wikidata_id, '') AS speaker_wikidata_id,
				c.rating, c.verbatim, '' AS place, c.rationale
			FROM timeline_entries e
			JOIN claims c ON e.item_kind = 'claim' AND c.id = e.item_id AND c.deleted_at IS NULL
			LEFT JOIN actors a ON a.id = c.speaker_id
			WHERE e.timeline_id = ?
			UNION ALL
			SELECT e.id, e.lane, e.note, e.display_date, e.media_url, e.media_caption,
			e.media_credit, e.media_thumbnail, 'event', v.id, v.title, v.description, v.occurred,
				v.occurred_earliest, v.occurred_latest, NULL, '', '', '', 'unrated', FALSE, v.place, ''
			FROM timeline_entries e
			JOIN events v ON e.item_kind = 'event' AND v.id = e.item_id AND v.deleted_at IS NULL
			WHERE e.timeline_id = ?) u
			ORDER BY COALESCE(earliest, 'Z'), latest, entry_id) x`,
		timelineID, timelineID, timelineID, timelineID).Rows()
	if err != nil {
		return fmt.Errorf("store: stream timeline %d: %w", timelineID, err)
	}
	return eachRow(s.r(ctx), rows, func(row *entryRow) error {
		e := &row.StreamedEntry
		for _, part := range []struct {
			raw string
			to  any
		}{{row.TagsJSON, &e.Tags}, {row.ParticipantsJSON, &e.Participants},
			{row.CitationsJSON, &e.Citations}, {row.RelationsJSON, &e.Relations}} {
			if err := json.Unmarshal([]byte(emptyJSON(part.raw)), part.to); err != nil {
				return fmt.Errorf("store: stream timeline %d: entry %d: %w", timelineID, e.EntryID, err)
			}
		}
		return fn(e)
	})
}

// entryRow is a row of EachEntry's statement: the entry and its lists as JSON.
type entryRow struct {
	models.StreamedEntry `gorm:"embedded"`
	TagsJSON             string
	ParticipantsJSON     string
	CitationsJSON        string
	RelationsJSON        string
}

// CountEntries counts the entries of a timeline whose claim or event is not deleted.
func (s *Store) CountEntries(ctx context.Context, timelineID int64) (int64, error) {
	var n int64
	err := s.r(ctx).Raw(`SELECT count(*) FROM timeline_entries e
		LEFT JOIN claims c ON e.item_kind = 'claim' AND c.id = e.item_id AND c.deleted_at IS NULL
		LEFT JOIN events v ON e.item_kind = 'event' AND v.id = e.item_id AND v.deleted_at IS NULL
		WHERE e.timeline_id = ? AND COALESCE(c.id, v.id) IS NOT NULL`, timelineID).Scan(&n).Error
	if err != nil {
		return 0, fmt.Errorf("store: count entries of timeline %d: %w", timelineID, err)
	}
	return n, nil
}

// timelineActors is SQL for the ids of the actors a timeline refers to: speakers
// and participants of its entries, and the organisations of their roles.
const timelineActors = `WITH RECURSIVE ta (id) AS (
		SELECT c.speaker_id FROM timeline_entries e JOIN claims c ON e.item_kind = 'claim' AND c.id = e.item_id
			WHERE e.timeline_id = @tl AND c.deleted_at IS NULL AND c.speaker_id IS NOT NULL
		UNION SELECT p.actor_id FROM timeline_entries e JOIN events v ON e.item_kind = 'event' AND v.id = e.item_id
			JOIN event_participants p ON p.event_id = v.id WHERE e.timeline_id = @tl AND v.deleted_at IS NULL
		UNION SELECT r.organisation_id FROM roles r JOIN ta ON r.actor_id = ta.id WHERE r.organisation_id IS NOT NULL)`

// EachActor calls fn for every actor a timeline refers to (deleted ones too, as
// their claims still name them), with their roles, in id order, one row at a time.
func (s *Store) EachActor(ctx context.Context, timelineID int64, fn func(*models.Actor) error) error {
	rows, err := s.r(ctx).Raw(timelineActors+` SELECT a.*, (SELECT `+s.dialect.jsonArray(s.dialect.jsonObject(`'id', r.id, 'actor_id', r.actor_id,
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
			WHERE COALESCE(cl.deleted_at, ev.deleted_at) IS NULL)
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
