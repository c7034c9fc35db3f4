package storage

import (
	"context"
	"fmt"
)

// purgeCaptures removes a source's captures, their timestamps and the bytes
// no other capture keeps, when the source is in the trash: purging is the
// one way a capture goes (models/archive never rewrites one).
func (s *Store) purgeCaptures(ctx context.Context, sourceID int64) error {
	ofTrashed := "(SELECT id FROM captures WHERE source_id = ? AND EXISTS (SELECT 1 FROM sources WHERE id = ? AND " + InTrash("sources") + "))"
	for _, q := range []string{
		"DELETE FROM capture_timestamps WHERE capture_id IN " + ofTrashed,
		"DELETE FROM captures WHERE id IN " + ofTrashed,
	} {
		if err := s.w(ctx).Exec(q, sourceID, sourceID).Error; err != nil {
			return fmt.Errorf("store: purge the captures of source %d: %w", sourceID, err)
		}
	}
	if err := s.w(ctx).Exec("DELETE FROM capture_blobs WHERE NOT EXISTS (SELECT 1 FROM captures WHERE captures.stored_sha256 = capture_blobs.sha256)").Error; err != nil {
		return fmt.Errorf("store: purge the captures of source %d: %w", sourceID, err)
	}
	return nil
}
