package accounts

import (
	"context"
	"crypto/rand"
	"encoding/base64"
	"fmt"
	"strings"
	"time"
	"unicode/utf8"

	"github.com/factline/factline/models"
	"github.com/factline/factline/models/storage"
)

// apiTokenUseInterval is how stale a token's last-used time may get before a
// request writes it again: reads then rarely wait for the one write connection.
const apiTokenUseInterval = time.Minute

// CreateAPIToken makes a random 256-bit token named name for a user and returns
// it, prefixed with APITokenPrefix; it is shown once and never stored.
func (s Accounts) CreateAPIToken(ctx context.Context, userID int64, name string) (string, error) {
	name = strings.TrimSpace(name)
	fe := models.FieldErrors{}
	models.Required(fe, "name", name, "A name")
	if utf8.RuneCountInString(name) > 100 {
		fe.Add("name", "Keep the name to 100 characters, such as \"laptop scripts\".")
	}
	models.RefuseInNames(fe, map[string]string{"name": name})
	if len(fe) > 0 {
		return "", fe
	}
	b := make([]byte, 32)
	if _, err := rand.Read(b); err != nil {
		return "", fmt.Errorf("store: create API token: %w", err)
	}
	token := models.APITokenPrefix + base64.RawURLEncoding.EncodeToString(b)
	t := models.APIToken{UserID: userID, Name: name, TokenHash: storage.HashToken(token)}
	if err := s.Writer(ctx).Create(&t).Error; err != nil {
		return "", fmt.Errorf("store: create API token for user %d: %w", userID, err)
	}
	return token, nil
}

// APITokens returns a user's tokens, newest first.
func (s Accounts) APITokens(ctx context.Context, userID int64) ([]models.APIToken, error) {
	var out []models.APIToken
	if err := s.Reader(ctx).Where("user_id = ?", userID).Order("id DESC").Find(&out).Error; err != nil {
		return nil, fmt.Errorf("store: API tokens of user %d: %w", userID, err)
	}
	return out, nil
}

// RevokeAPIToken makes one of a user's tokens useless for good.
func (s Accounts) RevokeAPIToken(ctx context.Context, userID, tokenID int64) error {
	res := s.Writer(ctx).Model(&models.APIToken{}).Where("id = ? AND user_id = ? AND revoked_at IS NULL", tokenID, userID).
		Update("revoked_at", time.Now().UTC())
	if res.Error != nil {
		return fmt.Errorf("store: revoke API token %d: %w", tokenID, res.Error)
	}
	if res.RowsAffected == 0 {
		return fmt.Errorf("store: revoke API token %d: %w", tokenID, storage.ErrNotFound)
	}
	return nil
}

// UserByAPIToken returns the user a live token belongs to, and notes that the
// token was used; storage.ErrNotFound for an unknown or revoked token or a deleted user.
func (s Accounts) UserByAPIToken(ctx context.Context, token string) (*models.User, error) {
	if !strings.HasPrefix(token, models.APITokenPrefix) {
		return nil, fmt.Errorf("store: API token: %w", storage.ErrNotFound)
	}
	var t models.APIToken
	if err := s.Reader(ctx).Where("token_hash = ? AND revoked_at IS NULL", storage.HashToken(token)).First(&t).Error; err != nil {
		return nil, fmt.Errorf("store: API token: %w", storage.NotFound(err))
	}
	u, err := s.GetUser(ctx, t.UserID)
	if err != nil {
		return nil, err
	}
	now := time.Now().UTC()
	if t.LastUsedAt == nil || now.Sub(*t.LastUsedAt) > apiTokenUseInterval {
		if err := s.Writer(ctx).Model(&t).Update("last_used_at", now).Error; err != nil {
			return nil, fmt.Errorf("store: note use of API token %d: %w", t.ID, err)
		}
	}
	return u, nil
}
