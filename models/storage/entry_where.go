package storage

import (
	"context"
	"database/sql"
	"strings"

	"github.com/factline/factline/models"
)

// conds is a conjunction of SQL conditions with their ? arguments in order.
type conds struct {
	sql  []string
	args []any
}

// add appends a condition and its arguments.
func (w *conds) add(cond string, args ...any) {
	w.sql = append(w.sql, cond)
	w.args = append(w.args, args...)
}

// String is the conditions joined by AND ("1 = 1" for none).
func (w conds) String() string {
	if len(w.sql) == 0 {
		return "1 = 1"
	}
	return strings.Join(w.sql, " AND ")
}

// entryWhere is the condition on timeline_entries e (with its claim c and
// event v joined, NULL when deleted) keeping a timeline's entries that pass the
// filter from the cursor on.
func entryWhere(timelineID int64, f models.TimelineFilter, from models.EntryCursor) conds {
	var w conds
	w.add("e.timeline_id = ?", timelineID)
	w.add("COALESCE(c.id, v.id) IS NOT NULL")
	if !from.IsZero() {
		op := ">"
		if from.Inclusive {
			op = ">="
		}
		w.add("(e.sort_key, e.sort_end, e.id) "+op+" (?, ?, ?)", from.Key, from.End, from.EntryID)
	}
	filterConds(&w, f)
	return w
}

// filterConds adds the filter as conditions on e, c and v (see entryWhere),
// the SQL twin of TimelineFilter.Match.
func filterConds(w *conds, f models.TimelineFilter) {
	if f.Kind != "" {
		w.add("e.item_kind = ?", string(f.Kind))
	}
	if f.Rating != "" {
		w.add("c.rating = ?", string(f.Rating))
	}
	if f.Lane != "" {
		w.add("e.lane = ?", f.Lane)
	}
	if f.Tag != "" {
		w.add("EXISTS (SELECT 1 FROM tags t WHERE t.item_kind = e.item_kind AND t.item_id = e.item_id AND t.name = ?)", f.Tag)
	}
	if f.ActorID != 0 {
		w.add(`(c.speaker_id = ? OR EXISTS (SELECT 1 FROM event_participants p
			WHERE v.id IS NOT NULL AND p.event_id = v.id AND p.actor_id = ?))`, f.ActorID, f.ActorID)
	}
	if !f.From.IsZero() || !f.To.IsZero() {
		w.add("e.sort_key <> 'Z'")
	}
	if !f.From.IsZero() {
		w.add("e.sort_end >= ?", f.From.SortKey())
	}
	if !f.To.IsZero() {
		w.add("e.sort_key <= ?", f.To.EndKey())
	}
}

// queryRow runs q as query does and scans its one row into dest;
// sql.ErrNoRows when it has none.
func (s *Store) queryRow(ctx context.Context, dest []any, q string, args ...any) error {
	rows, err := s.query(ctx, q, args...)
	if err != nil {
		return err
	}
	defer rows.Close()
	if !rows.Next() {
		if err := rows.Err(); err != nil {
			return err
		}
		return sql.ErrNoRows
	}
	if err := rows.Scan(dest...); err != nil {
		return err
	}
	return rows.Close()
}
