package storage

import (
	"context"
	"database/sql"
	"fmt"

	"github.com/factline/factline/models"
	"github.com/factline/factline/models/edtf"
)

// yearCount is the rail's stop for a year key of the entries' sort keys.
func yearCount(key string, entries int) models.YearCount {
	y := models.YearCount{Key: key, Entries: entries}
	if key != "Z" {
		y.Year, _, y.Dated = edtf.KeyYearMonth(key + "-01")
	}
	return y
}

// SummarizeTimeline is a timeline's length, rated claims and entries by year,
// read from its counts (timeline_counts) when the filter keeps everything;
// with a filter it counts the whole timeline in one pass, as the entries that
// pass it are not counted ahead.
func (s *Store) SummarizeTimeline(ctx context.Context, timelineID int64, f models.TimelineFilter) (models.TimelineSummary, error) {
	if !f.Active() {
		sum, _, err := s.TimelineCounts(ctx, timelineID)
		return sum, err
	}
	return s.countTimeline(ctx, timelineID, f)
}

// countTimeline counts a timeline's entries, all and those passing the filter
// by year, in one statement (one pass over the timeline's index).
func (s *Store) countTimeline(ctx context.Context, timelineID int64, f models.TimelineFilter) (models.TimelineSummary, error) {
	var match conds
	filterConds(&match, f)
	rows, err := s.query(ctx, `SELECT CASE WHEN e.sort_key = 'Z' THEN 'Z'
			WHEN substr(e.sort_key, 1, 1) IN ('-', 'Y') THEN substr(e.sort_key, 1, 13)
			ELSE substr(e.sort_key, 1, 4) END AS year_key,
			count(*), SUM(CASE WHEN `+match.String()+` THEN 1 ELSE 0 END), SUM(CASE WHEN COALESCE(c.rating, 'unrated') <> 'unrated' THEN 1 ELSE 0 END)
		FROM timeline_entries e
		LEFT JOIN claims c ON e.item_kind = 'claim' AND c.id = e.item_id AND `+Live("c")+`
		LEFT JOIN events v ON e.item_kind = 'event' AND v.id = e.item_id AND `+Live("v")+`
		WHERE e.timeline_id = ? AND COALESCE(c.id, v.id) IS NOT NULL
		GROUP BY year_key ORDER BY year_key`, append(match.args, timelineID)...)
	if err != nil {
		return models.TimelineSummary{}, fmt.Errorf("store: summarize timeline %d: %w", timelineID, err)
	}
	defer rows.Close()
	var sum models.TimelineSummary
	for rows.Next() {
		var key string
		var total, shown, rated int
		if err := rows.Scan(&key, &total, &shown, &rated); err != nil {
			return models.TimelineSummary{}, fmt.Errorf("store: summarize timeline %d: %w", timelineID, err)
		}
		sum.Total, sum.Shown, sum.RatedClaims = sum.Total+total, sum.Shown+shown, sum.RatedClaims+rated
		if y := yearCount(key, shown); y.Entries > 0 {
			sum.Years = append(sum.Years, y)
		}
	}
	if err := rows.Err(); err != nil {
		return models.TimelineSummary{}, fmt.Errorf("store: summarize timeline %d: %w", timelineID, err)
	}
	return sum, nil
}

// EntryPlace is the cursor of a timeline's entry for an item (inclusive), to
// open the window that shows it; ErrNotFound when the item is not on it.
func (s *Store) EntryPlace(ctx context.Context, timelineID int64, item models.Ref) (models.EntryCursor, error) {
	var c models.EntryCursor
	err := s.queryRow(ctx, []any{&c.Key, &c.End, &c.EntryID}, `SELECT sort_key, sort_end, id FROM timeline_entries
		WHERE timeline_id = ? AND item_kind = ? AND item_id = ?`, timelineID, string(item.Kind), item.ID)
	if err == sql.ErrNoRows {
		return models.EntryCursor{}, ErrNotFound
	}
	if err != nil {
		return models.EntryCursor{}, fmt.Errorf("store: place of %s-%d on timeline %d: %w", item.Kind, item.ID, timelineID, err)
	}
	c.Inclusive = true
	return c, nil
}

// WindowBefore is the cursor (inclusive) where the window of up to limit
// entries passing the filter that ends just before cur starts (the zero cursor
// when that window reaches the timeline's start); any is false when no entry
// comes before cur.
func (s *Store) WindowBefore(ctx context.Context, timelineID int64, f models.TimelineFilter, cur models.EntryCursor, limit int) (start models.EntryCursor, any bool, err error) {
	w := beforeWhere(timelineID, f, cur)
	rows, err := s.query(ctx, `SELECT e.sort_key, e.sort_end, e.id FROM timeline_entries e
		LEFT JOIN claims c ON e.item_kind = 'claim' AND c.id = e.item_id AND `+Live("c")+`
		LEFT JOIN events v ON e.item_kind = 'event' AND v.id = e.item_id AND `+Live("v")+`
		WHERE `+w.String()+`
		ORDER BY e.sort_key DESC, e.sort_end DESC, e.id DESC LIMIT ?`, append(w.args, limit+1)...)
	if err != nil {
		return models.EntryCursor{}, false, fmt.Errorf("store: window before in timeline %d: %w", timelineID, err)
	}
	defer rows.Close()
	n := 0
	for rows.Next() {
		if n++; n > limit {
			break // there are earlier entries still: start at the window's first
		}
		if err := rows.Scan(&start.Key, &start.End, &start.EntryID); err != nil {
			return models.EntryCursor{}, false, fmt.Errorf("store: window before in timeline %d: %w", timelineID, err)
		}
		start.Inclusive = true
	}
	if err := rows.Err(); err != nil {
		return models.EntryCursor{}, false, fmt.Errorf("store: window before in timeline %d: %w", timelineID, err)
	}
	if n <= limit {
		start = models.EntryCursor{}
	}
	return start, n > 0, nil
}

// CountNotesBefore counts the citations of the entries passing the filter
// that come before the cursor: the number of the notes a page starting there
// follows, so that a note keeps its number in every window.
func (s *Store) CountNotesBefore(ctx context.Context, timelineID int64, f models.TimelineFilter, cur models.EntryCursor) (int, error) {
	w := beforeWhere(timelineID, f, cur)
	var n int
	err := s.queryRow(ctx, []any{&n}, `SELECT count(*) FROM timeline_entries e
		LEFT JOIN claims c ON e.item_kind = 'claim' AND c.id = e.item_id AND `+Live("c")+`
		LEFT JOIN events v ON e.item_kind = 'event' AND v.id = e.item_id AND `+Live("v")+`
		JOIN citations n ON (c.id IS NOT NULL AND n.claim_id = c.id) OR (v.id IS NOT NULL AND n.event_id = v.id)
		WHERE `+w.String(), w.args...)
	if err != nil {
		return 0, fmt.Errorf("store: notes before a window of timeline %d: %w", timelineID, err)
	}
	return n, nil
}

// beforeWhere keeps the entries of a timeline that pass the filter and come
// before the cursor.
func beforeWhere(timelineID int64, f models.TimelineFilter, cur models.EntryCursor) conds {
	w := entryWhere(timelineID, f, models.EntryCursor{})
	w.add("(e.sort_key, e.sort_end, e.id) < (?, ?, ?)", cur.Key, cur.End, cur.EntryID)
	return w
}
