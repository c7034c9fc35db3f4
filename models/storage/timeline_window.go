package storage

import (
	"context"
	"database/sql"
	"encoding/json"
	"fmt"
	"strings"

	"github.com/factline/factline/models"
)

// EachWindowEntry calls fn for at most limit entries of a timeline that pass
// the filter, in the page's order from the cursor on, reading one row at a time
// in one statement: a walk of the index on (timeline, sort key, end, entry), so
// that the time and memory of a window do not grow with the timeline. Each
// entry carries what its row on the page shows: tags, participants, citations
// (with their sources) and the relations the viewer may read, with both ends'
// labels.
func (s *Store) EachWindowEntry(ctx context.Context, timelineID int64, f models.TimelineFilter, from models.EntryCursor, limit int,
	fn func(*models.TimelineItem) error) error {
	where, args := windowWhere(timelineID, f, from)
	return s.eachEntryWhere(ctx, timelineID, where, args, limit, fn)
}

// EachEntryBetween calls fn, as EachWindowEntry does, for at most limit
// entries of a timeline that pass the filter and whose days overlap the days
// from and to (day keys, as edtf.DayKey writes them), in the page's order: the
// entries a window of the time-scaled view draws.
func (s *Store) EachEntryBetween(ctx context.Context, timelineID int64, f models.TimelineFilter, from, to string, limit int,
	fn func(*models.TimelineItem) error) error {
	where, args := windowWhere(timelineID, f, models.EntryCursor{})
	where += " AND e.sort_key <> 'Z' AND e.sort_key <= @between_to AND e.sort_end >= @between_from"
	args = append(args, sql.Named("between_from", from), sql.Named("between_to", to))
	return s.eachEntryWhere(ctx, timelineID, where, args, limit, fn)
}

// eachEntryWhere reads the entries of timeline_entries e that pass where, with
// what their rows show, in the page's order, at most limit of them.
func (s *Store) eachEntryWhere(ctx context.Context, timelineID int64, where string, args []any, limit int,
	fn func(*models.TimelineItem) error) error {
	args = append(args, sql.Named("limit", limit))
	rows, err := s.r(ctx).Raw(`SELECT x.*,
		(SELECT `+s.dialect.jsonArray(`name`)+` FROM (SELECT name FROM tags t
			WHERE t.item_kind = x.kind AND t.item_id = x.item_id ORDER BY name) t) AS tags_json,
		(SELECT `+s.dialect.jsonArray(s.dialect.jsonObject(`'event_id', p.event_id, 'actor_id', p.actor_id, 'role_word', p.role_word,
				'actor', `+s.dialect.jsonObject(`'id', p.actor_id, 'name', p.name, 'kind', p.kind`)))+`
			FROM (SELECT p.*, a.name, a.kind FROM event_participants p JOIN actors a ON a.id = p.actor_id
				WHERE x.kind = 'event' AND p.event_id = x.item_id ORDER BY a.name) p) AS participants_json,
		(SELECT `+s.dialect.jsonArray(s.dialect.jsonObject(`'id', c.id, 'claim_id', c.claim_id, 'event_id', c.event_id,
				'source_id', c.source_id, 'quote', c.quote, 'prefix', c.prefix, 'suffix', c.suffix,
				'start_offset', c.start_offset, 'end_offset', c.end_offset, 'locator', c.locator, 'note', c.note,
				'orphaned', `+s.dialect.jsonBool("c.orphaned")+`, 'source_deleted', `+s.dialect.jsonBool("s.deleted_at IS NOT NULL")+`,
				'source', `+s.dialect.jsonObject(`'id', s.id, 'kind', s.kind, 'url', s.url, 'title', s.title,
					'publisher', s.publisher, 'author', s.author, 'published', s.published`)))+`
			FROM (SELECT * FROM citations c WHERE (x.kind = 'claim' AND c.claim_id = x.item_id)
				OR (x.kind = 'event' AND c.event_id = x.item_id) ORDER BY c.id) c
			JOIN sources s ON s.id = c.source_id) AS citations_json,
		(SELECT `+s.dialect.jsonArray(s.dialect.jsonObject(`'id', r.id, 'from_kind', r.from_kind, 'from_id', r.from_id,
				'to_kind', r.to_kind, 'to_id', r.to_id, 'kind', r.kind, 'from_label', r.from_label, 'to_label', r.to_label`))+`
			FROM (SELECT r.*, COALESCE(fc.text, fe.title, '') AS from_label, COALESCE(tc.text, te.title, '') AS to_label
				FROM relations r
				LEFT JOIN claims fc ON r.from_kind = 'claim' AND fc.id = r.from_id
				LEFT JOIN events fe ON r.from_kind = 'event' AND fe.id = r.from_id
				LEFT JOIN claims tc ON r.to_kind = 'claim' AND tc.id = r.to_id
				LEFT JOIN events te ON r.to_kind = 'event' AND te.id = r.to_id
				WHERE ((r.from_kind = x.kind AND r.from_id = x.item_id) OR (r.to_kind = x.kind AND r.to_id = x.item_id))
				AND COALESCE(fc.deleted_at, fe.deleted_at, tc.deleted_at, te.deleted_at) IS NULL
				AND `+readable(ctx, "r.from_kind", "r.from_id")+` AND `+readable(ctx, "r.to_kind", "r.to_id")+`
				ORDER BY r.id) r) AS relations_json
		FROM (SELECT e.id AS entry_id, e.sort_key, e.sort_end, e.lane, e.note, e.display_date, e.media_url,
				e.media_caption, e.media_credit, e.media_thumbnail, e.item_kind AS kind, e.item_id,
				COALESCE(c.text, v.title) AS title, COALESCE(v.description, '') AS description,
				COALESCE(c.said_on, v.occurred) AS date, c.speaker_id, COALESCE(a.name, '') AS speaker_name,
				COALESCE(c.rating, 'unrated') AS rating, COALESCE(c.verbatim, FALSE) AS verbatim, COALESCE(v.place, '') AS place
			FROM timeline_entries e
			LEFT JOIN claims c ON e.item_kind = 'claim' AND c.id = e.item_id AND c.deleted_at IS NULL
			LEFT JOIN events v ON e.item_kind = 'event' AND v.id = e.item_id AND v.deleted_at IS NULL
			LEFT JOIN actors a ON a.id = c.speaker_id
			WHERE `+where+`
			ORDER BY e.sort_key, e.sort_end, e.id LIMIT @limit) x`, args...).Rows()
	if err != nil {
		return fmt.Errorf("store: window of timeline %d: %w", timelineID, err)
	}
	return eachRow(s.r(ctx), rows, func(row *windowRow) error {
		it := &row.TimelineItem
		var citations []struct {
			models.Citation
			SourceDeleted bool `json:"source_deleted"`
		}
		for _, part := range []struct {
			raw string
			to  any
		}{{emptyJSON(row.TagsJSON), &it.Tags}, {emptyJSON(row.ParticipantsJSON), &it.Participants},
			{emptyJSON(row.CitationsJSON), &citations}, {emptyJSON(row.RelationsJSON), &it.Relations}} {
			if err := json.Unmarshal([]byte(part.raw), part.to); err != nil {
				return fmt.Errorf("store: window of timeline %d: entry %d: %w", timelineID, it.EntryID, err)
			}
		}
		for _, c := range citations {
			c.Source.DeletedAt.Valid = c.SourceDeleted
			it.Citations = append(it.Citations, c.Citation)
		}
		return fn(it)
	})
}

// windowRow is a row of EachWindowEntry's statement: the entry and its lists as JSON.
type windowRow struct {
	models.TimelineItem `gorm:"embedded"`
	TagsJSON            string
	ParticipantsJSON    string
	CitationsJSON       string
	RelationsJSON       string
}

// windowWhere is the condition on timeline_entries e (with its claim c and
// event v joined, NULL when deleted) keeping a timeline's entries that pass the
// filter from the cursor on.
func windowWhere(timelineID int64, f models.TimelineFilter, from models.EntryCursor) (string, []any) {
	conds, args := filterConds(f)
	conds = append([]string{"e.timeline_id = @tl", "COALESCE(c.id, v.id) IS NOT NULL"}, conds...)
	args = append(args, sql.Named("tl", timelineID))
	if !from.IsZero() {
		op := ">"
		if from.Inclusive {
			op = ">="
		}
		conds = append(conds, "(e.sort_key, e.sort_end, e.id) "+op+" (@ck, @ce, @cid)")
		args = append(args, sql.Named("ck", from.Key), sql.Named("ce", from.End), sql.Named("cid", from.EntryID))
	}
	return strings.Join(conds, " AND "), args
}

// filterConds is the filter as conditions on e, c and v (see windowWhere),
// the SQL twin of TimelineFilter.Match.
func filterConds(f models.TimelineFilter) (conds []string, args []any) {
	if f.Kind != "" {
		conds = append(conds, "e.item_kind = @kind")
		args = append(args, sql.Named("kind", string(f.Kind)))
	}
	if f.Rating != "" {
		conds = append(conds, "c.rating = @rating")
		args = append(args, sql.Named("rating", string(f.Rating)))
	}
	if f.Lane != "" {
		conds = append(conds, "e.lane = @lane")
		args = append(args, sql.Named("lane", f.Lane))
	}
	if f.Tag != "" {
		conds = append(conds, "EXISTS (SELECT 1 FROM tags t WHERE t.item_kind = e.item_kind AND t.item_id = e.item_id AND t.name = @tag)")
		args = append(args, sql.Named("tag", f.Tag))
	}
	if f.ActorID != 0 {
		conds = append(conds, `(c.speaker_id = @actor OR EXISTS (SELECT 1 FROM event_participants p
			WHERE v.id IS NOT NULL AND p.event_id = v.id AND p.actor_id = @actor))`)
		args = append(args, sql.Named("actor", f.ActorID))
	}
	if !f.From.IsZero() || !f.To.IsZero() {
		conds = append(conds, "e.sort_key <> 'Z'")
	}
	if !f.From.IsZero() {
		conds = append(conds, "e.sort_end >= @from")
		args = append(args, sql.Named("from", f.From.SortKey()))
	}
	if !f.To.IsZero() {
		conds = append(conds, "e.sort_key <= @to")
		args = append(args, sql.Named("to", f.To.EndKey()))
	}
	return conds, args
}
