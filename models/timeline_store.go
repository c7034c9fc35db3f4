package models

import (
	"context"
	"errors"
	"fmt"

	"gorm.io/gorm"
)

// ListTimelines returns the timelines the viewer of ctx may see, most recently
// changed first.
func (s *Store) ListTimelines(ctx context.Context, limit int) ([]Timeline, error) {
	var out []Timeline
	where, args := visibleTimelines(ctx, "timelines")
	if err := s.r(ctx).Where(where, args...).Order("updated_at DESC, id DESC").Limit(limit).Find(&out).Error; err != nil {
		return nil, fmt.Errorf("store: list timelines: %w", err)
	}
	return out, nil
}

// CountTimelines counts the timelines that are not deleted.
func (s *Store) CountTimelines(ctx context.Context) (int64, error) {
	var n int64
	if err := s.r(ctx).Model(&Timeline{}).Count(&n).Error; err != nil {
		return 0, fmt.Errorf("store: count timelines: %w", err)
	}
	return n, nil
}

// GetTimeline returns the timeline with this slug.
func (s *Store) GetTimeline(ctx context.Context, slug string) (*Timeline, error) {
	var t Timeline
	if err := s.r(ctx).Where("slug = ?", slug).First(&t).Error; err != nil {
		return nil, fmt.Errorf("store: get timeline %q: %w", slug, notFound(err))
	}
	return &t, nil
}

// GetTimelineByID returns the timeline with this id.
func (s *Store) GetTimelineByID(ctx context.Context, id int64) (*Timeline, error) {
	var t Timeline
	if err := s.r(ctx).First(&t, id).Error; err != nil {
		return nil, fmt.Errorf("store: get timeline %d: %w", id, notFound(err))
	}
	return &t, nil
}

// SaveTimeline creates the timeline, or updates it when it has an id. A slug
// that another timeline has is refused.
func (s *Store) SaveTimeline(ctx context.Context, t *Timeline) error {
	if fe := t.Validate(); len(fe) > 0 {
		return fe
	}
	err := s.save(ctx, t, nil)
	if errors.Is(err, gorm.ErrDuplicatedKey) {
		return FieldErrors{"slug": "Another timeline already uses this slug; choose another."}
	}
	if err != nil {
		return fmt.Errorf("store: save timeline %d: %w", t.ID, err)
	}
	return nil
}

// DeleteTimeline soft-deletes a timeline; its entries stay for a restore.
func (s *Store) DeleteTimeline(ctx context.Context, id int64) error {
	return s.softDelete(ctx, &Timeline{}, id)
}

// AddEntry puts a claim or event on a timeline; adding it twice updates lane and note.
func (s *Store) AddEntry(ctx context.Context, e *Entry) error {
	fe := FieldErrors{}
	refuseControls(fe, map[string]string{"lane": e.Lane, "note": e.Note})
	if len(fe) > 0 {
		return fe
	}
	if err := s.existsRef(ctx, Ref{e.ItemKind, e.ItemID}); err != nil {
		return FieldErrors{"item": fmt.Sprintf("There is no %s %d to add.", e.ItemKind, e.ItemID)}
	}
	err := s.WithTx(ctx, func(tx *Store) error {
		err := tx.w(ctx).Exec(`INSERT INTO timeline_entries (timeline_id, item_kind, item_id, lane, note,
				display_date, media_url, media_caption, media_credit, media_thumbnail, created_at)
			VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, CURRENT_TIMESTAMP)
			ON CONFLICT (timeline_id, item_kind, item_id) DO UPDATE SET lane = excluded.lane, note = excluded.note`,
			e.TimelineID, e.ItemKind, e.ItemID, e.Lane, e.Note,
			e.DisplayDate, e.MediaURL, e.MediaCaption, e.MediaCredit, e.MediaThumbnail).Error
		if err != nil {
			return err
		}
		entry := fmt.Sprintf("%s %d", e.ItemKind, e.ItemID)
		if err := tx.record(ctx, "timeline", e.TimelineID, "update", nil,
			map[string]string{"entry": entry, "lane": e.Lane, "note": e.Note}); err != nil {
			return err
		}
		return tx.touchTimeline(ctx, e.TimelineID)
	})
	if err != nil {
		return fmt.Errorf("store: add %s %d to timeline %d: %w", e.ItemKind, e.ItemID, e.TimelineID, err)
	}
	return nil
}

// RemoveEntry takes an entry off its timeline.
func (s *Store) RemoveEntry(ctx context.Context, timelineID, entryID int64) error {
	err := s.WithTx(ctx, func(tx *Store) error {
		var e Entry
		if err := tx.r(ctx).Where("timeline_id = ?", timelineID).First(&e, entryID).Error; err != nil {
			return notFound(err)
		}
		if err := tx.w(ctx).Delete(&e).Error; err != nil {
			return err
		}
		if err := tx.record(ctx, "timeline", timelineID, "update",
			map[string]string{"entry": fmt.Sprintf("%s %d", e.ItemKind, e.ItemID), "lane": e.Lane, "note": e.Note}, nil); err != nil {
			return err
		}
		return tx.touchTimeline(ctx, timelineID)
	})
	if err != nil {
		return fmt.Errorf("store: remove entry %d: %w", entryID, err)
	}
	return nil
}

func (s *Store) touchTimeline(ctx context.Context, id int64) error {
	if err := s.w(ctx).Exec("UPDATE timelines SET updated_at = CURRENT_TIMESTAMP WHERE id = ?", id).Error; err != nil {
		return fmt.Errorf("store: touch timeline %d: %w", id, err)
	}
	return nil
}

// TimelinesWith returns the timelines an item is on that the viewer of ctx may see.
func (s *Store) TimelinesWith(ctx context.Context, ref Ref) ([]Timeline, error) {
	var out []Timeline
	where, args := visibleTimelines(ctx, "timelines")
	err := s.r(ctx).Where("id IN (SELECT timeline_id FROM timeline_entries WHERE item_kind = ? AND item_id = ?)", ref.Kind, ref.ID).
		Where(where, args...).Order("title").Find(&out).Error
	if err != nil {
		return nil, fmt.Errorf("store: timelines with %s %d: %w", ref.Kind, ref.ID, err)
	}
	return out, nil
}
