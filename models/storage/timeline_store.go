package storage

import (
	"context"
	"errors"
	"fmt"

	"gorm.io/gorm"

	"github.com/factline/factline/models"
)

// ListTimelines returns the timelines the viewer may see, most recently
// changed first.
func (r Reader) ListTimelines(ctx context.Context, limit int) ([]models.Timeline, error) {
	where, args := r.v.ReadableTimelines("t")
	out, err := r.s.timelinesWhere(ctx, where, "ORDER BY t.updated_at DESC, t.id DESC LIMIT ?", append(args, limit)...)
	if err != nil {
		return nil, fmt.Errorf("store: list timelines: %w", err)
	}
	return out, nil
}

// CountTimelines counts the timelines that are not deleted.
func (s *Store) CountTimelines(ctx context.Context) (int64, error) {
	var n int64
	if err := s.r(ctx).Model(&models.Timeline{}).Count(&n).Error; err != nil {
		return 0, fmt.Errorf("store: count timelines: %w", err)
	}
	return n, nil
}

// GetTimeline returns the timeline with this slug.
func (s *Store) GetTimeline(ctx context.Context, slug string) (*models.Timeline, error) {
	var t models.Timeline
	if err := s.r(ctx).Where("slug = ?", slug).First(&t).Error; err != nil {
		return nil, fmt.Errorf("store: get timeline %q: %w", slug, NotFound(err))
	}
	return &t, nil
}

// GetTimelineByID returns the timeline with this id.
func (s *Store) GetTimelineByID(ctx context.Context, id int64) (*models.Timeline, error) {
	var t models.Timeline
	if err := s.r(ctx).First(&t, id).Error; err != nil {
		return nil, fmt.Errorf("store: get timeline %d: %w", id, NotFound(err))
	}
	return &t, nil
}

// SaveTimeline creates the timeline, or updates it when it has an id. A slug
// that another timeline has is refused; a private timeline's new slug gets a
// random ending (see timeline_slug.go).
func (s *Store) SaveTimeline(ctx context.Context, t *models.Timeline) error {
	if fe := t.Validate(); len(fe) > 0 {
		return fe
	}
	if err := s.checkTimelineChange(ctx, t); err != nil {
		return err
	}
	typed := t.Slug
	if err := s.privateSlug(ctx, t); err != nil {
		return err
	}
	err := s.save(ctx, t, nil)
	if err != nil {
		t.Slug = typed // the form shows what was typed
	}
	if errors.Is(err, gorm.ErrDuplicatedKey) {
		return models.FieldErrors{"slug": "Another timeline already uses this slug; choose another."}
	}
	if err != nil {
		return fmt.Errorf("store: save timeline %d: %w", t.ID, err)
	}
	return nil
}

// checkTimelineChange holds a signed-in user's change of a stored timeline to
// TimelineAccess, whichever way the change comes (the form, a restored
// revision): they must be allowed to edit the timeline, and only its owner or
// an admin changes who sees it. The system (the command line) is not held.
func (s *Store) checkTimelineChange(ctx context.Context, t *models.Timeline) error {
	u := models.UserFrom(ctx)
	if t.ID == 0 || u == nil || models.IsSystem(ctx) {
		return nil
	}
	var stored struct {
		models.Timeline `gorm:"embedded"`
		Permission      string
	}
	err := s.r(ctx).Raw(`SELECT t.*, COALESCE(c.permission, '') AS permission FROM timelines t
		LEFT JOIN timeline_collaborators c ON c.timeline_id = t.id AND c.user_id = ?
		WHERE t.id = ? AND `+Live("t"), u.ID, t.ID).Scan(&stored).Error
	if err != nil {
		return fmt.Errorf("store: access to timeline %d: %w", t.ID, err)
	}
	if stored.ID == 0 {
		return fmt.Errorf("store: timeline %d: %w", t.ID, ErrNotFound)
	}
	a := models.TimelineAccess(u, &stored.Timeline, stored.Permission)
	if !a.Edit {
		return fmt.Errorf("store: change timeline %d: %w", t.ID, models.ErrNotAllowed)
	}
	if t.Visibility != stored.Visibility && !a.Visibility {
		return models.FieldErrors{"visibility": models.VisibilityRefusal}
	}
	if t.HistoryPublic != stored.HistoryPublic && !a.Visibility {
		return models.FieldErrors{"history_public": "Only the timeline's owner or an admin can change who reads its history."}
	}
	return nil
}

// DeleteTimeline soft-deletes a timeline; its entries stay for a restore.
func (s *Store) DeleteTimeline(ctx context.Context, id int64) error {
	return s.softDelete(ctx, &models.Timeline{}, id)
}

func (s *Store) touchTimeline(ctx context.Context, id int64) error {
	if err := s.w(ctx).Exec("UPDATE timelines SET updated_at = CURRENT_TIMESTAMP WHERE id = ?", id).Error; err != nil {
		return fmt.Errorf("store: touch timeline %d: %w", id, err)
	}
	return nil
}

// TimelinesWith returns the timelines an item is on that the viewer may see.
func (r Reader) TimelinesWith(ctx context.Context, ref models.Ref) ([]models.Timeline, error) {
	var out []models.Timeline
	where, args := r.v.ReadableTimelines("timelines")
	err := r.s.r(ctx).Where("id IN (SELECT timeline_id FROM timeline_entries WHERE item_kind = ? AND item_id = ?)", ref.Kind, ref.ID).
		Where(where, args...).Order("title").Find(&out).Error
	if err != nil {
		return nil, fmt.Errorf("store: timelines with %s %d: %w", ref.Kind, ref.ID, err)
	}
	return out, nil
}
