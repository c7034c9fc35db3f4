package storage

import (
	"context"
	"crypto/rand"
	"crypto/sha256"
	"encoding/base64"
	"encoding/hex"
	"fmt"
	"time"

	"github.com/factline/factline/models"
)

// HashToken is what is kept of a share link's or an API token's secret: its
// SHA-256, so that the database alone opens nothing.
func HashToken(token string) string {
	sum := sha256.Sum256([]byte(token))
	return hex.EncodeToString(sum[:])
}

// CreateShareLink makes a random 128-bit share link for an unlisted or public
// timeline, or for one of its published versions (version > 0), and returns its
// token, which is shown once and never stored.
func (s *Store) CreateShareLink(ctx context.Context, t *models.Timeline, version int, showHistory bool) (string, error) {
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
	l.TokenHash = HashToken(token)
	if u := models.UserFrom(ctx); u != nil {
		l.CreatedBy = &u.ID
	}
	if err := s.w(ctx).Create(&l).Error; err != nil {
		return "", fmt.Errorf("store: share timeline %d: %w", t.ID, err)
	}
	return token, nil
}

// ShareTimeline makes a share link as CreateShareLink does; with makeUnlisted,
// a private or team timeline first becomes unlisted, in the same transaction,
// so that the link opens it.
func (s *Store) ShareTimeline(ctx context.Context, t *models.Timeline, version int, showHistory, makeUnlisted bool) (string, error) {
	var token string
	err := s.WithTx(ctx, func(tx *Store) error {
		if makeUnlisted && t.Visibility != "unlisted" && t.Visibility != "public" {
			t.Visibility = "unlisted"
			if err := tx.SaveTimeline(ctx, t); err != nil {
				return err
			}
		}
		var err error
		token, err = tx.CreateShareLink(ctx, t, version, showHistory)
		return err
	})
	return token, err
}

// ShareLinks returns a timeline's links, newest first.
func (s *Store) ShareLinks(ctx context.Context, timelineID int64) ([]models.ShareLink, error) {
	var out []models.ShareLink
	if err := s.r(ctx).Where("timeline_id = ?", timelineID).Order("id DESC").Find(&out).Error; err != nil {
		return nil, fmt.Errorf("store: share links of %d: %w", timelineID, err)
	}
	return out, nil
}

// RevokeShareLink makes a link useless for good.
func (s *Store) RevokeShareLink(ctx context.Context, timelineID, linkID int64) error {
	res := s.w(ctx).Model(&models.ShareLink{}).Where("id = ? AND timeline_id = ? AND revoked_at IS NULL", linkID, timelineID).
		Update("revoked_at", time.Now().UTC())
	if res.Error != nil {
		return fmt.Errorf("store: revoke share link %d: %w", linkID, res.Error)
	}
	if res.RowsAffected == 0 {
		return fmt.Errorf("store: revoke share link %d: %w", linkID, ErrNotFound)
	}
	return nil
}

// Collaborators returns the users named on a timeline.
func (s *Store) Collaborators(ctx context.Context, timelineID int64) ([]models.Collaborator, error) {
	var out []models.Collaborator
	err := s.r(ctx).Raw(`SELECT c.user_id, u.name, u.email, c.permission FROM timeline_collaborators c
		JOIN users u ON u.id = c.user_id WHERE c.timeline_id = ? ORDER BY u.name`, timelineID).Scan(&out).Error
	if err != nil {
		return nil, fmt.Errorf("store: collaborators of %d: %w", timelineID, err)
	}
	return out, nil
}

// FindUserByEmail returns the user with this email.
func (s *Store) FindUserByEmail(ctx context.Context, email string) (*models.User, error) {
	var u models.User
	if err := s.r(ctx).Where(s.dialect.nocase("email")+" = "+s.dialect.nocase("?"), email).First(&u).Error; err != nil {
		return nil, fmt.Errorf("store: user %q: %w", email, NotFound(err))
	}
	return &u, nil
}
