package storage

import (
	"context"
	"encoding/json"
	"fmt"
	"strings"

	"github.com/factline/factline/models"
)

// trashTables maps each soft-deletable entity to its table and label column.
var trashTables = map[string][2]string{
	"actor": {"actors", "name"}, "source": {"sources", "title"}, "claim": {"claims", "text"},
	"event": {"events", "title"}, "timeline": {"timelines", "title"},
}

// Restore brings a deleted item back whole: its citations, relations, tags and
// timeline entries were kept while it was deleted.
func (s *Store) Restore(ctx context.Context, entity string, id int64) error {
	t, ok := trashTables[entity]
	if !ok {
		return fmt.Errorf("store: restore %s: %w", entity, ErrNotFound)
	}
	visible, args := "1 = 1", []any(nil)
	if entity == "timeline" {
		visible, args = writer(ctx).ReadableTimelines("timelines")
	}
	return s.WithTx(ctx, func(tx *Store) error {
		res := tx.w(ctx).Exec("UPDATE "+t[0]+" SET deleted_at = NULL, version = version + 1 WHERE id = ? AND "+InTrash(t[0])+" AND "+visible,
			append([]any{id}, args...)...)
		if res.Error != nil {
			return fmt.Errorf("store: restore %s %d: %w", entity, id, res.Error)
		}
		if res.RowsAffected == 0 {
			return fmt.Errorf("store: restore %s %d: %w", entity, id, ErrNotFound)
		}
		after, err := tx.snapshot(ctx, entity, id)
		if err != nil {
			return err
		}
		return tx.record(ctx, entity, id, "restore", nil, after)
	})
}

// purgeBlockers count, for an actor and a source, what would lose its
// speaker, participant or cited source if it were purged: deleted items
// included, since they can be restored.
var purgeBlockers = map[string][]struct{ count, what string }{
	"actor": {
		{"SELECT count(*) FROM claims WHERE speaker_id = ?", "claims spoken by it"},
		{"SELECT count(*) FROM event_participants WHERE actor_id = ?", "events it takes part in"},
	},
	"source": {{"SELECT count(*) FROM citations WHERE source_id = ?", "citations of it"}},
}

// Purge removes a deleted item for good; only what is in the trash can be
// purged. A timeline goes with its published versions, a source with its
// captures; an actor that claims
// or events still name, or a source still cited, is refused with an
// InUseError, changing nothing.
func (s *Store) Purge(ctx context.Context, entity string, id int64) error {
	t, ok := trashTables[entity]
	if !ok {
		return fmt.Errorf("store: purge %s: %w", entity, ErrNotFound)
	}
	return s.WithTx(ctx, func(tx *Store) error {
		var uses []string
		for _, b := range purgeBlockers[entity] {
			var n int64
			if err := tx.w(ctx).Raw(b.count, id).Scan(&n).Error; err != nil {
				return fmt.Errorf("store: purge %s %d: %w", entity, id, err)
			}
			if n > 0 {
				uses = append(uses, fmt.Sprintf("%d %s", n, b.what))
			}
		}
		if len(uses) > 0 {
			return &models.InUseError{Message: fmt.Sprintf("This %s cannot be purged: %s still need it (deleted ones included). "+
				"Purge or change those first, or restore it.", entity, strings.Join(uses, " and "))}

		}
		if entity == "timeline" {
			if err := tx.w(ctx).Exec("DELETE FROM versions WHERE timeline_id = ? AND EXISTS "+
				"(SELECT 1 FROM timelines WHERE id = ? AND "+InTrash("timelines")+")", id, id).Error; err != nil {
				return fmt.Errorf("store: purge timeline %d: %w", id, err)
			}
		}
		if entity == "source" {
			if err := tx.purgeCaptures(ctx, id); err != nil {
				return err
			}
		}
		res := tx.w(ctx).Exec("DELETE FROM "+t[0]+" WHERE id = ? AND "+InTrash(t[0]), id)
		if res.Error != nil {
			return fmt.Errorf("store: purge %s %d: %w", entity, id, res.Error)
		}
		if res.RowsAffected == 0 {
			return fmt.Errorf("store: purge %s %d: %w", entity, id, ErrNotFound)
		}
		if entity != "claim" && entity != "event" {
			return nil
		}
		// What pointed at the item by kind and id has no foreign key to cascade.
		for _, q := range []string{
			"DELETE FROM tags WHERE item_kind = ? AND item_id = ?",
			"DELETE FROM timeline_entries WHERE item_kind = ? AND item_id = ?",
			"DELETE FROM relations WHERE (from_kind = ? AND from_id = ?) OR (to_kind = ? AND to_id = ?)",
		} {
			args := []any{entity, id}
			if strings.Count(q, "?") == 4 {
				args = append(args, entity, id)
			}
			if err := tx.w(ctx).Exec(q, args...).Error; err != nil {
				return fmt.Errorf("store: purge %s %d: %w", entity, id, err)
			}
		}
		return nil
	})
}

// RestoreRevision sets an item's fields back to what a revision recorded (its
// state after that change, or before it for a delete), as a new update; a
// removed entry is put back on its timeline.
func (s *Store) RestoreRevision(ctx context.Context, revisionID int64) error {
	var r models.Revision
	if err := s.r(ctx).First(&r, revisionID).Error; err != nil {
		return fmt.Errorf("store: revision %d: %w", revisionID, NotFound(err))
	}
	if _, _, ok := r.EntryChange(); ok {
		_, err := s.RestoreEntry(ctx, revisionID)
		return err
	}
	state := r.After
	if len(state) == 0 {
		state = r.Before
	}
	var v entity
	switch r.Entity {
	case "actor":
		v = &models.Actor{}
	case "source":
		v = &models.Source{}
	case "claim":
		v = &models.Claim{}
	case "event":
		v = &models.Event{}
	case "timeline":
		v = &models.Timeline{}
	default:
		return fmt.Errorf("store: restore a %s revision: %w", r.Entity, ErrNotFound)
	}
	if err := json.Unmarshal(state, v); err != nil {
		return fmt.Errorf("store: revision %d: %w", revisionID, err)
	}
	*v.(versioned).RowVersion() = 0 // the restore is a deliberate overwrite
	switch x := v.(type) {
	case *models.Actor:
		return s.SaveActor(ctx, x)
	case *models.Source:
		return s.SaveSource(ctx, x)
	case *models.Claim:
		x.Speaker = nil
		return s.SaveClaim(ctx, x)
	case *models.Event:
		return s.SaveEvent(ctx, x)
	case *models.Timeline:
		// Only what the timeline's form edits comes back: its owner, and an
		// import's mark, stay as they are now.
		t, err := s.GetTimelineByID(ctx, x.ID)
		if err != nil {
			return err
		}
		t.Title, t.Slug, t.Summary, t.Visibility, t.Version = x.Title, x.Slug, x.Summary, x.Visibility, 0
		return s.SaveTimeline(ctx, t)
	}
	return nil
}
