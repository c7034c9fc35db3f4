package account

import (
	"crypto/subtle"
	"errors"
	"net/http"
	"sync"

	"github.com/labstack/echo/v4"

	"github.com/factline/factline/models"
	"github.com/factline/factline/models/accounts"
	"github.com/factline/factline/views"
	"github.com/factline/factline/web/httpx"
	"github.com/factline/factline/web/ui"
)

// setupLink is the one-time token that creates the first admin; it is empty
// once an admin exists.
type setupLink struct {
	mu    sync.Mutex
	token string
}

// valid checks a token in constant time.
func (l *setupLink) valid(token string) bool {
	l.mu.Lock()
	defer l.mu.Unlock()
	return l.token != "" && subtle.ConstantTimeCompare([]byte(token), []byte(l.token)) == 1
}

// spend makes the link useless.
func (l *setupLink) spend() {
	l.mu.Lock()
	defer l.mu.Unlock()
	l.token = ""
}

// openSetup checks the path's token, and that no admin was made since the
// server started (by the command line, or another setup): then the link is
// spent and hidden.
func (h *Handler) openSetup(c echo.Context) error {
	if !h.setupLink.valid(c.Param("token")) {
		return httpx.ErrHidden
	}
	has, err := accounts.Of(h.Store).HasAdmin(c.Request().Context())
	if err != nil {
		return err
	}
	if has {
		h.setupLink.spend()
		return httpx.ErrHidden
	}
	return nil
}

// SetupForm serves GET /setup/:token while no admin exists.
func (h *Handler) SetupForm(c echo.Context) error {
	if err := h.openSetup(c); err != nil {
		return err
	}
	f := ui.EmptyForm(c, c.Request().URL.Path, nil)
	return h.Render(c, http.StatusOK, h.Page(c, "Create the first admin", "", ""), views.SetupPage(f))
}

// Setup serves POST /setup/:token: it creates the first admin, signs them in and
// spends the token. The Store makes the admin only while there is none, so two
// submits at once make one admin.
func (h *Handler) Setup(c echo.Context) error {
	if err := h.openSetup(c); err != nil {
		return err
	}
	ctx := c.Request().Context()
	f := ui.ReadForm(c, c.Request().URL.Path, "email", "name")
	u, err := accounts.Of(h.Store).CreateFirstAdmin(ctx, f.Get("email"), f.Get("name"), c.FormValue("password"))
	if errors.Is(err, models.ErrAdminExists) {
		h.setupLink.spend()
		return httpx.ErrHidden
	}
	if err != nil {
		if ui.FieldErrors(f, err) {
			return h.Render(c, http.StatusUnprocessableEntity, h.Page(c, "Create the first admin", "", ""), views.SetupPage(f))
		}
		return err
	}
	h.setupLink.spend()
	if err := h.signIn(c, u); err != nil {
		return err
	}
	return ui.RedirectAfterPost(c, "/")
}
