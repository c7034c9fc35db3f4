package web

import (
	"crypto/subtle"
	"net/http"
	"sync"

	"github.com/labstack/echo/v4"

	"github.com/factline/factline/models"
	"github.com/factline/factline/views"
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

// setupForm serves GET /setup/:token while no admin exists.
func (s *Server) setupForm(c echo.Context) error {
	if !s.setupLink.valid(c.Param("token")) {
		return errHidden
	}
	f := emptyForm(c, c.Request().URL.Path, nil)
	return s.render(c, http.StatusOK, s.page(c, "Create the first admin", "", ""), views.SetupPage(f))
}

// setup serves POST /setup/:token: it creates the first admin, signs them in and
// spends the token.
func (s *Server) setup(c echo.Context) error {
	if !s.setupLink.valid(c.Param("token")) {
		return errHidden
	}
	ctx := c.Request().Context()
	f := readForm(c, c.Request().URL.Path, "email", "name")
	u, err := s.store.CreateUser(ctx, f.Get("email"), f.Get("name"), models.RoleAdmin, c.FormValue("password"))
	if err != nil {
		if fieldErrors(f, err) {
			return s.render(c, http.StatusUnprocessableEntity, s.page(c, "Create the first admin", "", ""), views.SetupPage(f))
		}
		return err
	}
	s.setupLink.spend()
	if err := s.signIn(ctx, u); err != nil {
		return err
	}
	return redirectAfterPost(c, "/")
}
