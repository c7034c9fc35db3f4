package storage

import (
	"cmp"
	"context"
	"fmt"
	"slices"

	"github.com/factline/factline/models"
)

// eachKeptScaleCount is EachScaleCount for a whole timeline, unfiltered, read
// from the counts its writes keep (timeline_scale_counts, migration 00029):
// no entry, claim or event is read, however long the timeline. Rows come in
// the table's order (days, kind, lane, speaker id); the speakers of one day,
// kind and lane are put in name order and those of one name counted together,
// as EachScaleCount counts them.
func (s *Store) eachKeptScaleCount(ctx context.Context, timelineID int64, fn func(*models.ScaleCount) error) error {
	rows, err := s.r(ctx).Raw(`SELECT sc.item_kind, sc.lane, COALESCE(a.name, ''), sc.sort_key, sc.sort_end, sc.entries
		FROM timeline_scale_counts sc LEFT JOIN actors a ON sc.speaker_id <> 0 AND a.id = sc.speaker_id
		WHERE sc.timeline_id = ? AND sc.entries > 0
		ORDER BY sc.sort_key, sc.sort_end, sc.item_kind, sc.lane, sc.speaker_id`, timelineID).Rows()
	if err != nil {
		return fmt.Errorf("store: kept scale counts of timeline %d: %w", timelineID, err)
	}
	defer rows.Close()
	var block []models.ScaleCount // one day, kind and lane
	flush := func() error {
		slices.SortStableFunc(block, func(a, b models.ScaleCount) int { return cmp.Compare(a.SpeakerName, b.SpeakerName) })
		for i := 0; i < len(block); i++ {
			c := block[i]
			for i+1 < len(block) && block[i+1].SpeakerName == c.SpeakerName {
				i++
				c.Entries += block[i].Entries
			}
			if err := fn(&c); err != nil {
				return err
			}
		}
		block = block[:0]
		return nil
	}
	var kind string
	for rows.Next() {
		var c models.ScaleCount
		if err := rows.Scan(&kind, &c.Lane, &c.SpeakerName, &c.SortKey, &c.SortEnd, &c.Entries); err != nil {
			return fmt.Errorf("store: kept scale counts of timeline %d: %w", timelineID, err)
		}
		c.Kind = models.ItemKind(kind)
		if len(block) > 0 {
			if b := &block[0]; b.SortKey != c.SortKey || b.SortEnd != c.SortEnd || b.Kind != c.Kind || b.Lane != c.Lane {
				if err := flush(); err != nil {
					return err
				}
			}
		}
		block = append(block, c)
	}
	if err := rows.Err(); err != nil {
		return fmt.Errorf("store: kept scale counts of timeline %d: %w", timelineID, err)
	}
	return flush()
}
