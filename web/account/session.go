package account

import (
	"context"
	"crypto/rand"
	"encoding/base64"
	"errors"
	"fmt"
	"net/http"
	"time"

	"github.com/alexedwards/scs/postgresstore"
	"github.com/alexedwards/scs/sqlite3store"
	"github.com/alexedwards/scs/v2"
	"github.com/labstack/echo/v4"
	"github.com/labstack/echo/v4/middleware"

	"github.com/factline/factline/models"
	"github.com/factline/factline/models/accounts"
	"github.com/factline/factline/models/storage"
	"github.com/factline/factline/web/httpx"
)

// Session lifetimes: a session ends after a day unused, and after a week whatever.
const (
	sessionIdle     = 24 * time.Hour
	sessionAbsolute = 7 * 24 * time.Hour
	sessionUserKey  = "user_id"
	CSRFCookie      = "factline_csrf" // the CSRF middleware's cookie, which signIn renews
)

// newSessions keeps sessions in factline's own database, so that every
// instance on one PostgreSQL database shares them. Sessions are read by the
// Store, through a statement prepared on its read pool (on SQLite, reading
// one never queues behind a long write such as an import's), and written by
// scs's store for the engine.
func newSessions(store *storage.Store, secure bool) (*scs.SessionManager, error) {
	db, err := store.DB()
	if err != nil {
		return nil, err
	}
	sm := scs.New()
	writes := scs.Store(sqlite3store.NewWithCleanupInterval(db, 30*time.Minute))
	if store.Engine() == storage.Postgres {
		writes = postgresstore.NewWithCleanupInterval(db, 30*time.Minute)
	}
	sm.Store = newTouchLimiter(sessionStore{reads: accounts.Of(store), writes: writes})
	sm.IdleTimeout = sessionIdle
	sm.Lifetime = sessionAbsolute
	sm.Cookie.Name = "factline_session"
	sm.Cookie.HttpOnly = true
	sm.Cookie.SameSite = http.SameSiteLaxMode
	sm.Cookie.Secure = secure
	sm.Cookie.Path = "/"
	return sm, nil
}

// sessionStore finds sessions through the Store and commits and deletes them
// through scs's store.
type sessionStore struct {
	reads  accounts.Accounts
	writes scs.Store
}

// Find reads a live session (scs asks without a context).
func (s sessionStore) Find(token string) ([]byte, bool, error) {
	return s.reads.SessionData(context.Background(), token)
}

// Commit writes a session through the write connection.
func (s sessionStore) Commit(token string, b []byte, expiry time.Time) error {
	return s.writes.Commit(token, b, expiry)
}

// Delete removes a session through the write connection.
func (s sessionStore) Delete(token string) error { return s.writes.Delete(token) }

// LoadUser finds the signed-in user of the session, if any, and puts it in the
// echo context and in the request's context, where the Store records it as
// the author of every change. A session that was ended since (a password
// change, a disabled account, revoked on /account) is worth nothing.
func (h *Handler) LoadUser(next echo.HandlerFunc) echo.HandlerFunc {
	return func(c echo.Context) error {
		ctx := c.Request().Context()
		if id := h.Sessions.GetInt64(ctx, sessionUserKey); id != 0 {
			u, err := accounts.Of(h.Store).SessionUser(ctx, h.Sessions.Token(ctx))
			switch {
			case err == nil && u.ID == id:
				httpx.SetUser(c, u)
				httpx.KeepPrivate(c)
			case err == nil || errors.Is(err, storage.ErrNotFound):
				if err := h.Sessions.Destroy(ctx); err != nil {
					return err
				}
			default:
				return err
			}
		}
		return next(c)
	}
}

// signIn starts a fresh session for u: the token is renewed so that a token
// planted before sign-in is worth nothing after it, and recorded as u's, with
// the browser and address the user will recognise it by on /account.
// The CSRF token is renewed too (renewCSRF), so that a token read or planted
// before sign-in forges nothing after it.
func (h *Handler) signIn(c echo.Context, u *models.User) error {
	ctx := c.Request().Context()
	if err := h.Sessions.RenewToken(ctx); err != nil {
		return err
	}
	h.Sessions.Put(ctx, sessionUserKey, u.ID)
	if err := h.renewCSRF(c); err != nil {
		return err
	}
	httpx.KeepPrivate(c)
	return accounts.Of(h.Store).RecordSession(ctx, u.ID, h.Sessions.Token(ctx), c.Request().UserAgent(), c.RealIP())
}

// renewCSRF replaces the CSRF cookie's token with a fresh one, as the CSRF
// middleware would make it, for this answer and the requests after it.
func (h *Handler) renewCSRF(c echo.Context) error {
	b := make([]byte, 32)
	if _, err := rand.Read(b); err != nil {
		return fmt.Errorf("web: renew the CSRF token: %w", err)
	}
	token := base64.RawURLEncoding.EncodeToString(b)
	c.SetCookie(&http.Cookie{Name: CSRFCookie, Value: token, Path: "/", MaxAge: middleware.DefaultCSRFConfig.CookieMaxAge,
		Expires:  time.Now().Add(time.Duration(middleware.DefaultCSRFConfig.CookieMaxAge) * time.Second),
		HttpOnly: true, Secure: h.secureCookies, SameSite: http.SameSiteLaxMode})
	c.Set(middleware.DefaultCSRFConfig.ContextKey, token)
	return nil
}
