package accounts

import (
	"context"
	"fmt"
	"time"

	"github.com/factline/factline/models"
	"github.com/factline/factline/models/storage"
)

// RecordSession notes that the session with this token is the user's, and
// forgets the user's sessions that have expired since.
func (s Accounts) RecordSession(ctx context.Context, userID int64, token, userAgent, address string) error {
	if len(userAgent) > 200 {
		userAgent = userAgent[:200]
	}
	us := models.UserSession{Token: token, UserID: userID, UserAgent: models.DropControls(userAgent), Address: address}
	err := s.WithTx(ctx, func(tx *storage.Store) error {
		if err := tx.Writer(ctx).Exec(`DELETE FROM user_sessions WHERE user_id = ? AND created_at < ?
			AND token NOT IN (SELECT token FROM sessions)`, userID, time.Now().UTC().Add(-time.Minute)).Error; err != nil {
			return err
		}
		return tx.Writer(ctx).Create(&us).Error
	})
	if err != nil {
		return fmt.Errorf("store: record session of user %d: %w", userID, err)
	}
	return nil
}

// SessionUser returns the user of a session token, or storage.ErrNotFound when the
// session was ended (or the account disabled) since. Every signed-in request
// asks: the statement is prepared (Store.Query).
func (s Accounts) SessionUser(ctx context.Context, token string) (*models.User, error) {
	rows, err := s.Query(ctx, `SELECT u.id, u.email, u.name, u.password_hash, u.role, u.created_at, u.updated_at, u.deleted_at
		FROM users u JOIN user_sessions us ON us.user_id = u.id
		WHERE us.token = ? AND `+storage.Live("u")+` ORDER BY u.id LIMIT 1`, token)
	if err != nil {
		return nil, fmt.Errorf("store: user of session: %w", err)
	}
	defer rows.Close()
	if !rows.Next() {
		if err := rows.Err(); err != nil {
			return nil, fmt.Errorf("store: user of session: %w", err)
		}
		return nil, fmt.Errorf("store: user of session: %w", storage.ErrNotFound)
	}
	var u models.User
	if err := rows.Scan(&u.ID, &u.Email, &u.Name, &u.PasswordHash, &u.Role, &u.CreatedAt, &u.UpdatedAt, &u.DeletedAt); err != nil {
		return nil, fmt.Errorf("store: user of session: %w", err)
	}
	return &u, rows.Close()
}

// SessionData returns the data of a live session (scs's Store.Find, through
// a prepared statement): found is false when there is no such session or it
// has expired.
func (s Accounts) SessionData(ctx context.Context, token string) (data []byte, found bool, err error) {
	rows, err := s.Query(ctx, "SELECT data FROM sessions WHERE token = ? AND "+s.SessionLive(), token)
	if err != nil {
		return nil, false, fmt.Errorf("store: session: %w", err)
	}
	defer rows.Close()
	if !rows.Next() {
		return nil, false, rows.Err()
	}
	if err := rows.Scan(&data); err != nil {
		return nil, false, fmt.Errorf("store: session: %w", err)
	}
	return data, true, rows.Close()
}

// UserSessions lists a user's live sessions, newest first.
func (s Accounts) UserSessions(ctx context.Context, userID int64) ([]models.UserSession, error) {
	var out []models.UserSession
	err := s.Reader(ctx).Where("user_id = ? AND token IN (SELECT token FROM sessions WHERE "+s.SessionLive()+")", userID).
		Order("id DESC").Find(&out).Error
	if err != nil {
		return nil, fmt.Errorf("store: sessions of user %d: %w", userID, err)
	}
	return out, nil
}

// EndSession ends one of the user's sessions; another user's is storage.ErrNotFound.
func (s Accounts) EndSession(ctx context.Context, userID, id int64) error {
	err := s.WithTx(ctx, func(tx *storage.Store) error {
		var us models.UserSession
		if err := tx.Writer(ctx).Where("id = ? AND user_id = ?", id, userID).First(&us).Error; err != nil {
			return storage.NotFound(err)
		}
		return Of(tx).endSessions(ctx, "token = ?", us.Token)
	})
	if err != nil {
		return fmt.Errorf("store: end session %d: %w", id, err)
	}
	return nil
}

// ForgetSession drops the record of a session that was signed out.
func (s Accounts) ForgetSession(ctx context.Context, token string) error {
	if err := s.Writer(ctx).Exec("DELETE FROM user_sessions WHERE token = ?", token).Error; err != nil {
		return fmt.Errorf("store: forget session: %w", err)
	}
	return nil
}

// endUserAccess ends every session of the user and revokes their API tokens:
// after a password change or when the account is disabled, nothing signed in
// before keeps working. Run it inside a transaction.
func (s Accounts) endUserAccess(ctx context.Context, userID int64) error {
	if err := s.endSessions(ctx, "user_id = ?", userID); err != nil {
		return err
	}
	return s.Writer(ctx).Model(&models.APIToken{}).Where("user_id = ? AND revoked_at IS NULL", userID).
		Update("revoked_at", time.Now().UTC()).Error
}

// endSessions deletes the sessions whose user_sessions rows match where, and
// those rows.
func (s Accounts) endSessions(ctx context.Context, where string, args ...any) error {
	if err := s.Writer(ctx).Exec("DELETE FROM sessions WHERE token IN (SELECT token FROM user_sessions WHERE "+where+")", args...).Error; err != nil {
		return err
	}
	return s.Writer(ctx).Exec("DELETE FROM user_sessions WHERE "+where, args...).Error
}
