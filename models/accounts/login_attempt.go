package accounts

import (
	"context"
	"crypto/rand"
	"encoding/hex"
	"fmt"
	"strings"
	"time"

	"github.com/factline/factline/models"
	"github.com/factline/factline/models/storage"
)

// CountAttempt counts one attempt on every key and returns its id, unless a
// key has reached its limit within window before now: then nothing is counted
// and it returns "". The attempts live in the database, so instances sharing
// it count together; the check and the count are one step (one write
// transaction at a time on SQLite, an advisory lock on PostgreSQL), so
// parallel attempts cannot all slip under the limit. Attempts older than the
// window are swept.
func (s Accounts) CountAttempt(ctx context.Context, window time.Duration, now time.Time, keys ...models.LimitKey) (string, error) {
	var b [16]byte
	_, _ = rand.Read(b[:])
	id := hex.EncodeToString(b[:])
	now = now.UTC()
	cutoff := now.Add(-window)
	clean := make([]models.LimitKey, len(keys)) // as PostgreSQL's text takes them: a form may send NULs and invalid UTF-8
	for i, k := range keys {
		clean[i] = models.LimitKey{Key: strings.ToValidUTF8(strings.ReplaceAll(k.Key, "\x00", ""), "\uFFFD"), Max: k.Max}
	}
	keys = clean
	err := s.WithTx(ctx, func(tx *storage.Store) error {
		if err := tx.Serialize(ctx, "login attempts"); err != nil {
			return err
		}
		if err := tx.Writer(ctx).Exec("DELETE FROM login_attempts WHERE at <= ?", cutoff).Error; err != nil {
			return err
		}
		for _, k := range keys {
			var n int
			if err := tx.Writer(ctx).Raw("SELECT count(*) FROM login_attempts WHERE key = ? AND at > ?", k.Key, cutoff).
				Scan(&n).Error; err != nil {
				return err
			}
			if n >= k.Max {
				id = ""
				return nil
			}
		}
		for _, k := range keys {
			if err := tx.Writer(ctx).Exec("INSERT INTO login_attempts (attempt, key, at) VALUES (?, ?, ?)", id, k.Key, now).
				Error; err != nil {
				return err
			}
		}
		return nil
	})
	if err != nil {
		return "", fmt.Errorf("store: count sign-in attempt: %w", err)
	}
	return id, nil
}

// ForgiveAttempt takes back a counted attempt: it succeeded.
func (s Accounts) ForgiveAttempt(ctx context.Context, id string) error {
	if err := s.Writer(ctx).Exec("DELETE FROM login_attempts WHERE attempt = ?", id).Error; err != nil {
		return fmt.Errorf("store: forgive sign-in attempt: %w", err)
	}
	return nil
}
