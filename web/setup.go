package web

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
func (s *Server) openSetup(c echo.Context) error {
	if !s.setupLink.valid(c.Param("token")) {
		return httpx.ErrHidden
	}
	has, err := accounts.Of(s.store).HasAdmin(c.Request().Context())
	if err != nil {
		return err
	}
	if has {
		s.setupLink.spend()
		return httpx.ErrHidden
	}
	return nil
}

// setupForm serves GET /setup/:token while no admin exists.
func (s *Server) setupForm(c echo.Context) error {
	if err := s.openSetup(c); err != nil {
		return err
	}
	f := emptyForm(c, c.Request().URL.Path, nil)
	return s.render(c, http.StatusOK, s.page(c, "Create the first admin", "", ""), views.SetupPage(f))
}

// setup serves POST /setup/:token: it creates the first admin, signs them in and
// spends the token. The Store makes the admin only while there is none, so two
// submits at once make one admin.
func (s *Server) setup(c echo.Context) error {
	if err := s.openSetup(c); err != nil {
		return err
	}
	ctx := c.Request().Context()
	f := readForm(c, c.Request().URL.Path, "email", "name")
	u, err := accounts.Of(s.store).CreateFirstAdmin(ctx, f.Get("email"), f.Get("name"), c.FormValue("password"))
	if errors.Is(err, models.ErrAdminExists) {
		s.setupLink.spend()
		return httpx.ErrHidden
	}
	if err != nil {
		if fieldErrors(f, err) {
			return s.render(c, http.StatusUnprocessableEntity, s.page(c, "Create the first admin", "", ""), views.SetupPage(f))
		}
		return err
	}
	s.setupLink.spend()
	if err := s.signIn(c, u); err != nil {
		return err
	}
	return redirectAfterPost(c, "/")
}
