package history

import (
	"context"
	"fmt"

	"github.com/factline/factline/models"
	"github.com/factline/factline/models/storage"
)

// ListTrash returns deleted items, most recently deleted first: of the
// timelines, those v may see.
func (s History) ListTrash(ctx context.Context, v storage.Viewer) ([]models.TrashItem, error) {
	var out []models.TrashItem
	visible, args := v.ReadableTimelines("timelines")
	err := s.Reader(ctx).Raw(`SELECT * FROM (
		SELECT 'actor' AS entity, id, name AS label, deleted_at FROM actors WHERE `+storage.InTrash("actors")+`
		UNION ALL SELECT 'source', id, title, deleted_at FROM sources WHERE `+storage.InTrash("sources")+`
		UNION ALL SELECT 'claim', id, text, deleted_at FROM claims WHERE `+storage.InTrash("claims")+`
		UNION ALL SELECT 'event', id, title, deleted_at FROM events WHERE `+storage.InTrash("events")+`
		UNION ALL SELECT 'timeline', id, title, deleted_at FROM timelines WHERE `+storage.InTrash("timelines")+` AND `+visible+`) d
		ORDER BY deleted_at DESC`, args...).Scan(&out).Error
	if err != nil {
		return nil, fmt.Errorf("store: list trash: %w", err)
	}
	return out, nil
}
