package web

import (
	"errors"
	"net/http"
	"strings"
	"time"

	"github.com/labstack/echo/v4"

	"github.com/factline/factline/models"
	"github.com/factline/factline/models/accounts"
	"github.com/factline/factline/views"
)

// loginFailures: at most 5 failed sign-ins a minute per account from one
// address, and loginAddressFailures from one address whatever the account.
const (
	loginFailures        = 5
	loginAddressFailures = 20
	loginWindow          = time.Minute
)

// loginForm serves GET /login.
func (s *Server) loginForm(c echo.Context) error {
	f := emptyForm(c, "/login", map[string]string{"next": safeNext(c.QueryParam("next"))})
	return s.render(c, http.StatusOK, s.page(c, "Sign in", "", ""), views.LoginPage(f, ""))
}

// login serves POST /login with the fields email and password.
func (s *Server) login(c echo.Context) error {
	f := readForm(c, "/login", "email", "next")
	email := strings.ToLower(strings.TrimSpace(f.Get("email")))
	// Per account at this address, so that a stranger elsewhere cannot lock
	// the account's owner out, and per address, against guessing many accounts.
	keys := []limitKey{{Key: "account:" + email + " address:" + c.RealIP(), Max: loginFailures}, {Key: "address:" + c.RealIP(), Max: loginAddressFailures}}
	refuse := func(status int, msg string) error {
		page := s.page(c, "Sign in", "", "")
		return s.renderEither(c, status, views.Layout(page), views.LoginPage(f, msg), views.LoginForm(f, msg))
	}
	if f.HasErrors() { // stray bytes in the email (cleanText): no account has it
		return refuse(http.StatusUnprocessableEntity, "Wrong email or password.")
	}
	attempt, ok, err := s.loginLimiter.Attempt(c.Request().Context(), keys...)
	if err != nil {
		return err
	}
	if !ok {
		return refuse(http.StatusTooManyRequests, "Too many failed sign-ins. Wait a minute, then try again.")
	}
	u, err := accounts.Of(s.store).Authenticate(c.Request().Context(), email, c.FormValue("password"))
	if errors.Is(err, models.ErrBadCredentials) {
		return refuse(http.StatusUnprocessableEntity, "Wrong email or password.")
	}
	if err != nil {
		return err
	}
	if err := s.loginLimiter.Forgive(c.Request().Context(), attempt); err != nil {
		return err
	}
	if err := s.signIn(c, u); err != nil {
		return err
	}
	return redirectAfterPost(c, safeNext(f.Get("next")))
}

// logout serves POST /logout: the session is destroyed on the server, so its
// cookie is worth nothing afterwards.
func (s *Server) logout(c echo.Context) error {
	ctx := c.Request().Context()
	if err := accounts.Of(s.store).ForgetSession(ctx, s.sessions.Token(ctx)); err != nil {
		return err
	}
	if err := s.sessions.Destroy(ctx); err != nil {
		return err
	}
	return redirectAfterPost(c, "/")
}
