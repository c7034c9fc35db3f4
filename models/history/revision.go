package history

import (
	"context"
	"fmt"

	"github.com/factline/factline/models"
	"github.com/factline/factline/models/storage"
)

// GetRevision returns one revision.
func (s History) GetRevision(ctx context.Context, id int64) (*models.Revision, error) {
	var r models.Revision
	if err := s.Reader(ctx).Omit("user_name").First(&r, id).Error; err != nil {
		return nil, fmt.Errorf("store: revision %d: %w", id, storage.NotFound(err))
	}
	return &r, nil
}

// History returns an entity's revisions, newest first, with who made them.
func (s History) History(ctx context.Context, entity string, id int64) ([]models.Revision, error) {
	return s.HistoryFrom(ctx, entity, id, 0)
}

// HistoryFrom is History from the revision with id from on (see
// TimelineHistoryStart).
func (s History) HistoryFrom(ctx context.Context, entity string, id, from int64) ([]models.Revision, error) {
	var out []models.Revision
	err := s.Reader(ctx).Table("revisions r").
		Select("r.*, COALESCE(u.name, '') AS user_name").
		Joins("LEFT JOIN users u ON u.id = r.user_id").
		Where("r.entity = ? AND r.entity_id = ? AND r.id >= ?", entity, id, from).
		Order("r.id DESC").Scan(&out).Error
	if err != nil {
		return nil, fmt.Errorf("store: history of %s %d: %w", entity, id, err)
	}
	return out, nil
}
