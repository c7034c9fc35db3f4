// Package account is the pages of who one is and how one proves it: signing
// in and out, the one-time setup of the first admin, and one's account page
// with its API tokens, sessions and password; and the sessions themselves
// (kept in the database) with the middleware that finds a request's user in
// its session. Its routes are registered in web/routes.go.
package account

import (
	"context"
	"crypto/rand"
	"encoding/hex"
	"fmt"

	"github.com/alexedwards/scs/v2"

	"github.com/factline/factline/models/accounts"
	"github.com/factline/factline/web/ui"
)

// Handler serves the account pages.
type Handler struct {
	*ui.Kit
	// Sessions keeps who is signed in, in the database (newSessions); web's
	// middleware loads and saves a request's session around every handler.
	Sessions      *scs.SessionManager
	secureCookies bool // cookies are marked Secure (served over TLS)
	loginLimiter  *failureLimiter
	setupLink     setupLink
}

// New builds the account pages over the kit, with secure cookies when served
// over TLS. While factline has no admin it makes the one-time setup token
// that SetupPath shows.
func New(ctx context.Context, kit *ui.Kit, secureCookies bool) (*Handler, error) {
	sessions, err := newSessions(kit.Store, secureCookies)
	if err != nil {
		return nil, fmt.Errorf("account: sessions: %w", err)
	}
	h := &Handler{Kit: kit, Sessions: sessions, secureCookies: secureCookies, loginLimiter: newFailureLimiter(kit.Store, loginWindow)}
	hasAdmin, err := accounts.Of(kit.Store).HasAdmin(ctx)
	if err != nil {
		return nil, err
	}
	if !hasAdmin {
		b := make([]byte, 32)
		if _, err := rand.Read(b); err != nil {
			return nil, err
		}
		h.setupLink.token = hex.EncodeToString(b)
	}
	return h, nil
}

// SetupPath is the one-time link that creates the first admin, or "" once one exists.
func (h *Handler) SetupPath() string {
	h.setupLink.mu.Lock()
	defer h.setupLink.mu.Unlock()
	if h.setupLink.token == "" {
		return ""
	}
	return "/setup/" + h.setupLink.token
}
