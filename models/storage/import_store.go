package storage

import (
	"context"
	"fmt"
	"strings"

	"github.com/factline/factline/models"
)

// undoBatch is how many rows of a kind one transaction of UndoImport deletes.
const undoBatch = 500

// FinishImport marks a timeline's import as finished.
func (s *Store) FinishImport(ctx context.Context, timelineID int64) error {
	if err := s.w(ctx).Exec("UPDATE timelines SET import_pending = ? WHERE id = ?", false, timelineID).Error; err != nil {
		return fmt.Errorf("store: finish import of timeline %d: %w", timelineID, err)
	}
	return nil
}

// UndoImport deletes what a failed or stopped import created — its claims and
// events with their citations, tags, participants and relations, the actors
// and sources it added, the timeline — and their revisions, in short
// transactions, so that the write connection stays free between them.
func (s *Store) UndoImport(ctx context.Context, m models.ImportMade) error {
	steps := []struct {
		ids   []int64
		kind  string
		stmts []string
	}{
		{m.Claims, "claim", []string{
			`DELETE FROM revisions WHERE entity = 'citation' AND entity_id IN (SELECT id FROM citations WHERE claim_id IN ?)`,
			`DELETE FROM tags WHERE item_kind = 'claim' AND item_id IN ?`,
			`DELETE FROM revisions WHERE entity = 'relation' AND entity_id IN (SELECT id FROM relations WHERE (from_kind = 'claim' AND from_id IN @ids) OR (to_kind = 'claim' AND to_id IN @ids))`,
			`DELETE FROM relations WHERE (from_kind = 'claim' AND from_id IN @ids) OR (to_kind = 'claim' AND to_id IN @ids)`,
			`DELETE FROM claims WHERE id IN ?`,
			`DELETE FROM revisions WHERE entity = 'claim' AND entity_id IN ?`}},
		{m.Events, "event", []string{
			`DELETE FROM revisions WHERE entity = 'citation' AND entity_id IN (SELECT id FROM citations WHERE event_id IN ?)`,
			`DELETE FROM tags WHERE item_kind = 'event' AND item_id IN ?`,
			`DELETE FROM revisions WHERE entity = 'relation' AND entity_id IN (SELECT id FROM relations WHERE (from_kind = 'event' AND from_id IN @ids) OR (to_kind = 'event' AND to_id IN @ids))`,
			`DELETE FROM relations WHERE (from_kind = 'event' AND from_id IN @ids) OR (to_kind = 'event' AND to_id IN @ids)`,
			`DELETE FROM events WHERE id IN ?`,
			`DELETE FROM revisions WHERE entity = 'event' AND entity_id IN ?`}},
		{m.Sources, "source", []string{
			`DELETE FROM sources WHERE id IN ?`,
			`DELETE FROM revisions WHERE entity = 'source' AND entity_id IN ?`}},
		{m.Actors, "actor", []string{
			`DELETE FROM revisions WHERE entity = 'role' AND entity_id IN (SELECT id FROM roles WHERE actor_id IN ?)`,
			`DELETE FROM roles WHERE actor_id IN ?`,
			`DELETE FROM actors WHERE id IN ?`,
			`DELETE FROM revisions WHERE entity = 'actor' AND entity_id IN ?`}},
	}
	if m.TimelineID != 0 {
		steps = append(steps, struct {
			ids   []int64
			kind  string
			stmts []string
		}{[]int64{m.TimelineID}, "timeline", []string{
			`DELETE FROM timelines WHERE id IN ?`,
			`DELETE FROM revisions WHERE entity = 'timeline' AND entity_id IN ?`}})
	}
	for _, step := range steps {
		for start := 0; start < len(step.ids); start += undoBatch {
			ids := step.ids[start:min(start+undoBatch, len(step.ids))]
			err := s.WithTx(ctx, func(tx *Store) error {
				for _, stmt := range step.stmts {
					var args []any
					if strings.Contains(stmt, "@ids") {
						args = []any{map[string]any{"ids": ids}}
					} else {
						args = []any{ids}
					}
					if err := tx.w(ctx).Exec(stmt, args...).Error; err != nil {
						return err
					}
				}
				return nil
			})
			if err != nil {
				return fmt.Errorf("store: undo import: delete %ss: %w", step.kind, err)
			}
		}
	}
	return nil
}
