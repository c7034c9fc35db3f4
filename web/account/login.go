package account

import (
	"errors"
	"net/http"
	"strings"
	"time"

	"github.com/labstack/echo/v4"

	"github.com/factline/factline/models"
	"github.com/factline/factline/models/accounts"
	"github.com/factline/factline/views"
	"github.com/factline/factline/web/ui"
)

// LoginFailures: at most 5 failed sign-ins a minute per account from one
// address, and LoginAddressFailures from one address whatever the account.
const (
	LoginFailures        = 5
	LoginAddressFailures = 20
	loginWindow          = time.Minute
)

// LoginForm serves GET /login.
func (h *Handler) LoginForm(c echo.Context) error {
	f := ui.EmptyForm(c, "/login", map[string]string{"next": safeNext(c.QueryParam("next"))})
	return h.Render(c, http.StatusOK, h.Page(c, "Sign in", "", ""), views.LoginPage(f, ""))
}

// Login serves POST /login with the fields email and password.
func (h *Handler) Login(c echo.Context) error {
	f := ui.ReadForm(c, "/login", "email", "next")
	email := strings.ToLower(strings.TrimSpace(f.Get("email")))
	// Per account at this address, so that a stranger elsewhere cannot lock
	// the account's owner out, and per address, against guessing many accounts.
	keys := []limitKey{{Key: "account:" + email + " address:" + c.RealIP(), Max: LoginFailures}, {Key: "address:" + c.RealIP(), Max: LoginAddressFailures}}
	refuse := func(status int, msg string) error {
		page := h.Page(c, "Sign in", "", "")
		return h.RenderEither(c, status, views.Layout(page), views.LoginPage(f, msg), views.LoginForm(f, msg))
	}
	if f.HasErrors() { // stray bytes in the email (cleanText): no account has it
		return refuse(http.StatusUnprocessableEntity, "Wrong email or password.")
	}
	attempt, ok, err := h.loginLimiter.Attempt(c.Request().Context(), keys...)
	if err != nil {
		return err
	}
	if !ok {
		return refuse(http.StatusTooManyRequests, "Too many failed sign-ins. Wait a minute, then try again.")
	}
	u, err := accounts.Of(h.Store).Authenticate(c.Request().Context(), email, c.FormValue("password"))
	if errors.Is(err, models.ErrBadCredentials) {
		return refuse(http.StatusUnprocessableEntity, "Wrong email or password.")
	}
	if err != nil {
		return err
	}
	if err := h.loginLimiter.Forgive(c.Request().Context(), attempt); err != nil {
		return err
	}
	if err := h.signIn(c, u); err != nil {
		return err
	}
	return ui.RedirectAfterPost(c, safeNext(f.Get("next")))
}

// Logout serves POST /logout: the session is destroyed on the server, so its
// cookie is worth nothing afterwards.
func (h *Handler) Logout(c echo.Context) error {
	ctx := c.Request().Context()
	if err := accounts.Of(h.Store).ForgetSession(ctx, h.Sessions.Token(ctx)); err != nil {
		return err
	}
	if err := h.Sessions.Destroy(ctx); err != nil {
		return err
	}
	return ui.RedirectAfterPost(c, "/")
}
