package models

import (
	"context"
	"fmt"
)

// ScaleCount is how many of a timeline's entries that pass a filter share a
// kind, a lane, a speaker and their days: what the time-scaled view draws its
// extent, lanes and density from without reading the entries themselves.
type ScaleCount struct {
	Kind        ItemKind
	Lane        string
	SpeakerName string
	// SortKey and SortEnd are the entries' first and last possible days
	// (timeline_entries.sort_key and sort_end); SortKey is "Z" when undated.
	SortKey, SortEnd string
	Entries          int
}

// EachScaleCount calls fn for a timeline's entries that pass the filter,
// counted by kind, lane, speaker and days, in the timeline's order (days,
// then kind, lane and speaker's name), in one statement: one row a distinct
// day and lane, however many entries share them, and none of the entries'
// text. Unfiltered, the counts are those the timeline's writes keep
// (eachKeptScaleCount); filtered, they are counted from its entries.
func (s *Store) EachScaleCount(ctx context.Context, timelineID int64, f TimelineFilter, fn func(*ScaleCount) error) error {
	if !f.Active() {
		return s.eachKeptScaleCount(ctx, timelineID, fn)
	}
	return s.countScale(ctx, timelineID, f, fn)
}

// countScale is EachScaleCount counted from the timeline's entries.
func (s *Store) countScale(ctx context.Context, timelineID int64, f TimelineFilter, fn func(*ScaleCount) error) error {
	where, args := windowWhere(timelineID, f, EntryCursor{})
	rows, err := s.r(ctx).Raw(`SELECT e.item_kind AS kind, e.lane, COALESCE(a.name, '') AS speaker_name,
			e.sort_key, e.sort_end, count(*) AS entries
		FROM timeline_entries e
		LEFT JOIN claims c ON e.item_kind = 'claim' AND c.id = e.item_id AND c.deleted_at IS NULL
		LEFT JOIN events v ON e.item_kind = 'event' AND v.id = e.item_id AND v.deleted_at IS NULL
		LEFT JOIN actors a ON a.id = c.speaker_id
		WHERE `+where+`
		GROUP BY e.sort_key, e.sort_end, e.item_kind, e.lane, a.name
		ORDER BY e.sort_key, e.sort_end, e.item_kind, e.lane, speaker_name`, args...).Rows()
	if err != nil {
		return fmt.Errorf("store: scale counts of timeline %d: %w", timelineID, err)
	}
	return eachRow(s.r(ctx), rows, fn)
}

// CountedFilter is the part of f that EachScaleCount must count in the
// database: the actor, the tag and the rating, which its rows do not show.
// The rest (kind, lane, dates) a row passes or not by itself (Passes), so
// that one reading serves every window, lanes and date range.
func (f TimelineFilter) CountedFilter() TimelineFilter {
	return TimelineFilter{ActorID: f.ActorID, Tag: f.Tag, Rating: f.Rating}
}

// Passes reports whether the entries counted in c pass the kind, lane and
// dates of f, as filterConds keeps them (f's other parts are counted in the
// database: CountedFilter).
func (c *ScaleCount) Passes(f TimelineFilter) bool {
	switch {
	case f.Kind != "" && c.Kind != f.Kind, f.Lane != "" && c.Lane != f.Lane:
		return false
	case f.From.IsZero() && f.To.IsZero():
		return true
	case c.SortKey == "Z":
		return false
	case !f.From.IsZero() && c.SortEnd < f.From.SortKey():
		return false
	}
	return f.To.IsZero() || c.SortKey <= f.To.EndKey()
}
