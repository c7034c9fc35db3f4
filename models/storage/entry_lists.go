package storage

import (
	"encoding/json"
	"fmt"
	"strings"
	"time"

	"github.com/mattn/go-sqlite3"

	"github.com/factline/factline/models"
)

// entryLists is SQL for the four lists of an entry row x of ReadEntries (its
// kind and item_id), each a JSON array in one column: tags by name,
// participants in the order of participants (on p and its actor a),
// citations with their sources in id order, and relations in id order with
// both ends' labels, those whose ends are not deleted and that pass
// relations (a condition on r).
func (s *Store) entryLists(participants, relations string) string {
	d := s.dialect
	return `(SELECT ` + d.jsonArray(`name`) + ` FROM (SELECT name FROM tags t
			WHERE t.item_kind = x.kind AND t.item_id = x.item_id ORDER BY name) t) AS tags_json,
		(SELECT ` + d.jsonArray(d.jsonObject(`'event_id', p.event_id, 'actor_id', p.actor_id, 'role_word', p.role_word,
				'actor', `+d.jsonObject(`'id', p.actor_id, 'name', p.name, 'kind', p.kind`))) + `
			FROM (SELECT p.*, a.name, a.kind FROM event_participants p JOIN actors a ON a.id = p.actor_id
				WHERE x.kind = 'event' AND p.event_id = x.item_id ORDER BY ` + participants + `) p) AS participants_json,
		(SELECT ` + d.jsonArray(d.jsonObject(`'id', c.id, 'claim_id', c.claim_id, 'event_id', c.event_id,
				'source_id', c.source_id, 'quote', c.quote, 'prefix', c.prefix, 'suffix', c.suffix,
				'start_offset', c.start_offset, 'end_offset', c.end_offset, 'locator', c.locator, 'note', c.note,
				'orphaned', `+d.jsonBool("c.orphaned")+`, 'created_at', c.created_at, 'updated_at', c.updated_at,
				'source_deleted', `+d.jsonBool(InTrash("s"))+`,
				'source', `+d.jsonObject(`'id', s.id, 'kind', s.kind, 'url', s.url, 'title', s.title,
					'publisher', s.publisher, 'author', s.author, 'published', s.published`))) + `
			FROM (SELECT * FROM citations c WHERE (x.kind = 'claim' AND c.claim_id = x.item_id)
				OR (x.kind = 'event' AND c.event_id = x.item_id) ORDER BY c.id) c
			JOIN sources s ON s.id = c.source_id) AS citations_json,
		(SELECT ` + d.jsonArray(d.jsonObject(`'id', r.id, 'from_kind', r.from_kind, 'from_id', r.from_id,
				'to_kind', r.to_kind, 'to_id', r.to_id, 'kind', r.kind, 'created_at', r.created_at,
				'from_label', r.from_label, 'to_label', r.to_label`)) + `
			FROM (SELECT r.*, COALESCE(fc.text, fe.title, '') AS from_label, COALESCE(tc.text, te.title, '') AS to_label
				FROM relations r
				LEFT JOIN claims fc ON r.from_kind = 'claim' AND fc.id = r.from_id
				LEFT JOIN events fe ON r.from_kind = 'event' AND fe.id = r.from_id
				LEFT JOIN claims tc ON r.to_kind = 'claim' AND tc.id = r.to_id
				LEFT JOIN events te ON r.to_kind = 'event' AND te.id = r.to_id
				WHERE ((r.from_kind = x.kind AND r.from_id = x.item_id) OR (r.to_kind = x.kind AND r.to_id = x.item_id))
				AND ` + Live("fc") + ` AND ` + Live("fe") + ` AND ` + Live("tc") + ` AND ` + Live("te") + `
				AND ` + relations + `
				ORDER BY r.id) r) AS relations_json`
}

// entryListsJSON holds the four list columns of an entry row as read.
type entryListsJSON struct{ tags, participants, citations, relations []byte }

func (l *entryListsJSON) targets() []any {
	return []any{&l.tags, &l.participants, &l.citations, &l.relations}
}

// decode fills the entry's lists from their JSON.
func (l *entryListsJSON) decode(it *models.TimelineItem) error {
	var citations []struct {
		models.Citation
		CreatedAt     jsonTime `json:"created_at"`
		UpdatedAt     jsonTime `json:"updated_at"`
		SourceDeleted bool     `json:"source_deleted"`
	}
	var relations []struct {
		models.RelationView
		CreatedAt jsonTime `json:"created_at"`
	}
	for _, part := range []struct {
		raw []byte
		to  any
	}{{l.tags, &it.Tags}, {l.participants, &it.Participants}, {l.citations, &citations}, {l.relations, &relations}} {
		if len(part.raw) == 0 { // PostgreSQL's aggregate of no rows
			continue
		}
		if err := json.Unmarshal(part.raw, part.to); err != nil {
			return err
		}
	}
	for _, c := range citations {
		c.Citation.CreatedAt, c.Citation.UpdatedAt = time.Time(c.CreatedAt), time.Time(c.UpdatedAt)
		c.Source.DeletedAt.Valid = c.SourceDeleted
		it.Citations = append(it.Citations, c.Citation)
	}
	for _, r := range relations {
		r.RelationView.CreatedAt = time.Time(r.CreatedAt)
		it.Relations = append(it.Relations, r.RelationView)
	}
	return nil
}

// jsonTime is a time as an engine writes it into JSON: PostgreSQL in ISO
// 8601, SQLite as the text it keeps, in one of the layouts its driver reads.
type jsonTime time.Time

func (t *jsonTime) UnmarshalJSON(b []byte) error {
	var s string
	if err := json.Unmarshal(b, &s); err != nil {
		return err
	}
	if v, err := time.Parse(time.RFC3339Nano, s); err == nil {
		*t = jsonTime(v.UTC())
		return nil
	}
	for _, layout := range sqlite3.SQLiteTimestampFormats {
		if v, err := time.ParseInLocation(layout, strings.TrimSuffix(s, "Z"), time.UTC); err == nil {
			*t = jsonTime(v.UTC())
			return nil
		}
	}
	return fmt.Errorf("not a time: %q", s)
}
