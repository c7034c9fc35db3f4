package sharing

import (
	"context"
	"crypto/rand"
	"encoding/base64"
	"fmt"
	"time"

	"github.com/factline/factline/models"
	"github.com/factline/factline/models/storage"
)

// CreateShareLink makes a random 128-bit share link for an unlisted or public
// timeline, or for one of its published versions (version > 0), and returns its
// token, which is shown once and never stored.
func (s Sharing) CreateShareLink(ctx context.Context, t *models.Timeline, version int, showHistory bool) (string, error) {
	if t.Visibility != "unlisted" && t.Visibility != "public" {
		return "", models.FieldErrors{"visibility": "A share link opens only an unlisted or public timeline: make it unlisted first."}
	}
	l := models.ShareLink{TimelineID: t.ID, ShowHistory: showHistory}
	if version != 0 {
		if version < 0 || version > t.Published {
			return "", models.FieldErrors{"version": fmt.Sprintf("There is no published version %d.", version)}
		}
		l.Version = &version
	}
	b := make([]byte, 16)
	if _, err := rand.Read(b); err != nil {
		return "", err
	}
	token := base64.RawURLEncoding.EncodeToString(b)
	l.TokenHash = storage.HashToken(token)
	if u := models.UserFrom(ctx); u != nil {
		l.CreatedBy = &u.ID
	}
	if err := s.Writer(ctx).Create(&l).Error; err != nil {
		return "", fmt.Errorf("store: share timeline %d: %w", t.ID, err)
	}
	return token, nil
}

// ShareTimeline makes a share link as CreateShareLink does; with makeUnlisted,
// a private or team timeline first becomes unlisted, in the same transaction,
// so that the link opens it.
func (s Sharing) ShareTimeline(ctx context.Context, t *models.Timeline, version int, showHistory, makeUnlisted bool) (string, error) {
	var token string
	err := s.WithTx(ctx, func(tx *storage.Store) error {
		if makeUnlisted && t.Visibility != "unlisted" && t.Visibility != "public" {
			t.Visibility = "unlisted"
			if err := tx.SaveTimeline(ctx, t); err != nil {
				return err
			}
		}
		var err error
		token, err = Of(tx).CreateShareLink(ctx, t, version, showHistory)
		return err
	})
	return token, err
}

// ShareLinks returns a timeline's links, newest first.
func (s Sharing) ShareLinks(ctx context.Context, timelineID int64) ([]models.ShareLink, error) {
	var out []models.ShareLink
	if err := s.Reader(ctx).Where("timeline_id = ?", timelineID).Order("id DESC").Find(&out).Error; err != nil {
		return nil, fmt.Errorf("store: share links of %d: %w", timelineID, err)
	}
	return out, nil
}

// RevokeShareLink makes a link useless for good.
func (s Sharing) RevokeShareLink(ctx context.Context, timelineID, linkID int64) error {
	res := s.Writer(ctx).Model(&models.ShareLink{}).Where("id = ? AND timeline_id = ? AND revoked_at IS NULL", linkID, timelineID).
		Update("revoked_at", time.Now().UTC())
	if res.Error != nil {
		return fmt.Errorf("store: revoke share link %d: %w", linkID, res.Error)
	}
	if res.RowsAffected == 0 {
		return fmt.Errorf("store: revoke share link %d: %w", linkID, storage.ErrNotFound)
	}
	return nil
}
