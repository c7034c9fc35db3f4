package storage

import (
	"context"
	"fmt"

	"github.com/factline/factline/models"
)

// EachScaleCount calls fn for a timeline's entries that pass the filter,
// counted by kind, lane, speaker and days, in the timeline's order (days,
// then kind, lane and speaker's name), in one statement: one row a distinct
// day and lane, however many entries share them, and none of the entries'
// text. Unfiltered, the counts are those the timeline's writes keep
// (eachKeptScaleCount); filtered, they are counted from its entries.
func (s *Store) EachScaleCount(ctx context.Context, timelineID int64, f models.TimelineFilter, fn func(*models.ScaleCount) error) error {
	if !f.Active() {
		return s.eachKeptScaleCount(ctx, timelineID, fn)
	}
	return s.countScale(ctx, timelineID, f, fn)
}

// countScale is EachScaleCount counted from the timeline's entries.
func (s *Store) countScale(ctx context.Context, timelineID int64, f models.TimelineFilter, fn func(*models.ScaleCount) error) error {
	where := entryWhere(timelineID, f, models.EntryCursor{})
	rows, err := s.r(ctx).Raw(`SELECT e.item_kind AS kind, e.lane, COALESCE(a.name, '') AS speaker_name,
			e.sort_key, e.sort_end, count(*) AS entries
		FROM timeline_entries e
		LEFT JOIN claims c ON e.item_kind = 'claim' AND c.id = e.item_id AND `+Live("c")+`
		LEFT JOIN events v ON e.item_kind = 'event' AND v.id = e.item_id AND `+Live("v")+`
		LEFT JOIN actors a ON a.id = c.speaker_id
		WHERE `+where.String()+`
		GROUP BY e.sort_key, e.sort_end, e.item_kind, e.lane, a.name
		ORDER BY e.sort_key, e.sort_end, e.item_kind, e.lane, speaker_name`, where.args...).Rows()
	if err != nil {
		return fmt.Errorf("store: scale counts of timeline %d: %w", timelineID, err)
	}
	return eachRow(s.r(ctx), rows, fn)
}
