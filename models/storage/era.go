package storage

import (
	"context"
	"fmt"

	"github.com/factline/factline/models"
)

// AddEra adds a named period to a timeline, recording the change on the timeline.
func (s *Store) AddEra(ctx context.Context, e *models.Era) error {
	if fe := e.Validate(); len(fe) > 0 {
		return fe
	}
	err := s.WithTx(ctx, func(tx *Store) error {
		if err := tx.w(ctx).Create(e).Error; err != nil {
			return err
		}
		return tx.record(ctx, "timeline", e.TimelineID, "update", nil,
			map[string]string{"era": e.Title, "period": e.Period.String()})
	})
	if err != nil {
		return fmt.Errorf("store: add era %q to timeline %d: %w", e.Title, e.TimelineID, err)
	}
	return nil
}

// ErasOf lists a timeline's eras in date order.
func (s *Store) ErasOf(ctx context.Context, timelineID int64) ([]models.Era, error) {
	var out []models.Era
	if err := s.r(ctx).Where("timeline_id = ?", timelineID).Order("period_earliest, period_latest, id").
		Find(&out).Error; err != nil {
		return nil, fmt.Errorf("store: eras of timeline %d: %w", timelineID, err)
	}
	return out, nil
}
