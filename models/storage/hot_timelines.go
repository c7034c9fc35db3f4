package storage

import (
	"context"
	"fmt"

	"github.com/factline/factline/models"
)

// timelinesWhere returns the timelines (t) that where and tail (ORDER BY,
// LIMIT) choose, of those not in the trash; scanned by hand, as every signed-in
// page lists them.
func (s *Store) timelinesWhere(ctx context.Context, where, tail string, args ...any) ([]models.Timeline, error) {
	rows, err := s.query(ctx, `SELECT t.id, t.slug, t.title, t.summary, t.visibility, t.owner_id,
			t.created_at, t.updated_at, t.deleted_at, t.version, t.history_public, t.import_pending
		FROM timelines t WHERE (`+where+`) AND `+Live("t")+` `+tail, args...)
	if err != nil {
		return nil, fmt.Errorf("store: timelines: %w", err)
	}
	defer rows.Close()
	var out []models.Timeline
	for rows.Next() {
		var t models.Timeline
		if err := rows.Scan(&t.ID, &t.Slug, &t.Title, &t.Summary, &t.Visibility, &t.OwnerID,
			&t.CreatedAt, &t.UpdatedAt, &t.DeletedAt, &t.Version, &t.HistoryPublic, &t.ImportPending); err != nil {
			return nil, fmt.Errorf("store: timelines: %w", err)
		}
		out = append(out, t)
	}
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("store: timelines: %w", err)
	}
	return out, nil
}
