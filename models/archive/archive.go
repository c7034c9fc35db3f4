// Package archive keeps what factline captured, as it was received: each
// capture's bytes (a fetched page's HTTP exchanges as a WARC file, an
// uploaded file as uploaded), its record (where from, when, who, digests) and
// the RFC 3161 time-stamp tokens over it. It reads and writes through a
// storage.Store, in its transactions; captures are never rewritten
// (ARCHITECTURE.md §3). Who may read a capture is who may read its source:
// callers read the source as their viewer first.
package archive

import (
	"context"
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"fmt"
	"time"

	"gorm.io/gorm"

	"github.com/factline/factline/models"
	"github.com/factline/factline/models/storage"
)

// Archive is the captures of the database a Store opens.
type Archive struct{ *storage.Store }

// Of is the captures of the database s reads and writes.
func Of(s *storage.Store) Archive { return Archive{s} }

// Keep stores a capture's kept bytes (once for any number of captures of the
// same bytes) and its record, with StoredSHA256 and CapturedAt set here; the
// record's ID is set on return.
func (a Archive) Keep(ctx context.Context, c *models.Capture, stored []byte) error {
	sum := sha256.Sum256(stored)
	c.StoredSHA256, c.StoredSize = hex.EncodeToString(sum[:]), int64(len(stored))
	if c.CapturedAt.IsZero() {
		c.CapturedAt = time.Now().UTC()
	}
	return a.WithTx(ctx, func(tx *storage.Store) error {
		var n int64
		if err := tx.Writer(ctx).Table("capture_blobs").Where("sha256 = ?", c.StoredSHA256).Count(&n).Error; err != nil {
			return fmt.Errorf("archive: keep capture: %w", err)
		}
		if n == 0 {
			blob := map[string]any{"sha256": c.StoredSHA256, "size": len(stored), "bytes": stored}
			if err := tx.Writer(ctx).Table("capture_blobs").Create(blob).Error; err != nil {
				return fmt.Errorf("archive: keep capture bytes: %w", err)
			}
		}
		if err := tx.Writer(ctx).Omit("stored_size", "captured_by_name").Create(c).Error; err != nil {
			return fmt.Errorf("archive: keep capture: %w", err)
		}
		return nil
	})
}

// Attach ties a capture made for a source not yet saved (the capture form's
// review) to that source: only a capture of the user's, not yet tied to any.
func (a Archive) Attach(ctx context.Context, captureID, sourceID, userID int64) error {
	res := a.Writer(ctx).Table("captures").Where("id = ? AND source_id IS NULL AND captured_by = ?", captureID, userID).
		Update("source_id", sourceID)
	if res.Error != nil {
		return fmt.Errorf("archive: attach capture %d to source %d: %w", captureID, sourceID, res.Error)
	}
	if res.RowsAffected == 0 {
		return fmt.Errorf("archive: attach capture %d to source %d: %w", captureID, sourceID, storage.ErrNotFound)
	}
	return nil
}

// capturesQuery reads captures with the size of their kept bytes and the
// name of who captured them.
func (a Archive) capturesQuery(ctx context.Context) *gorm.DB {
	return a.Reader(ctx).Table("captures").
		Select("captures.*, capture_blobs.size AS stored_size, COALESCE(users.name, '') AS captured_by_name").
		Joins("JOIN capture_blobs ON capture_blobs.sha256 = captures.stored_sha256").
		Joins("LEFT JOIN users ON users.id = captures.captured_by")
}

// Captures returns a source's captures, newest first, with their timestamps.
// The caller has read the source as its viewer.
func (a Archive) Captures(ctx context.Context, sourceID int64) ([]models.Capture, error) {
	var out []models.Capture
	if err := a.capturesQuery(ctx).Where("captures.source_id = ?", sourceID).Order("captures.id DESC").Find(&out).Error; err != nil {
		return nil, fmt.Errorf("archive: captures of source %d: %w", sourceID, err)
	}
	if len(out) == 0 {
		return out, nil
	}
	ids := make([]int64, len(out))
	at := make(map[int64]int, len(out))
	for i, c := range out {
		ids[i], at[c.ID] = c.ID, i
	}
	var stamps []models.CaptureTimestamp
	if err := a.Reader(ctx).Where("capture_id IN ?", ids).Order("id").Find(&stamps).Error; err != nil {
		return nil, fmt.Errorf("archive: timestamps of source %d: %w", sourceID, err)
	}
	for _, ts := range stamps {
		out[at[ts.CaptureID]].Timestamps = append(out[at[ts.CaptureID]].Timestamps, ts)
	}
	return out, nil
}

// Capture returns one capture of a source, with its timestamps; a capture of
// another source, or none, is storage.ErrNotFound. The caller has read the
// source as its viewer.
func (a Archive) Capture(ctx context.Context, sourceID, captureID int64) (*models.Capture, error) {
	var c models.Capture
	err := a.capturesQuery(ctx).Where("captures.id = ? AND captures.source_id = ?", captureID, sourceID).Take(&c).Error
	if errors.Is(err, gorm.ErrRecordNotFound) {
		return nil, fmt.Errorf("archive: capture %d of source %d: %w", captureID, sourceID, storage.ErrNotFound)
	}
	if err != nil {
		return nil, fmt.Errorf("archive: capture %d: %w", captureID, err)
	}
	if err := a.Reader(ctx).Where("capture_id = ?", c.ID).Order("id").Find(&c.Timestamps).Error; err != nil {
		return nil, fmt.Errorf("archive: timestamps of capture %d: %w", captureID, err)
	}
	return &c, nil
}

// Bytes returns the bytes a capture kept.
func (a Archive) Bytes(ctx context.Context, c *models.Capture) ([]byte, error) {
	var b []byte
	if err := a.Reader(ctx).Table("capture_blobs").Select("bytes").Where("sha256 = ?", c.StoredSHA256).Row().Scan(&b); err != nil {
		return nil, fmt.Errorf("archive: bytes of capture %d: %w", c.ID, err)
	}
	return b, nil
}

// AddTimestamp stores an authority's token over a capture.
func (a Archive) AddTimestamp(ctx context.Context, ts *models.CaptureTimestamp) error {
	if err := a.Writer(ctx).Create(ts).Error; err != nil {
		return fmt.Errorf("archive: timestamp of capture %d: %w", ts.CaptureID, err)
	}
	return nil
}
