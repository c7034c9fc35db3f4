package account

import (
	"errors"
	"net/http"

	"github.com/labstack/echo/v4"

	"github.com/factline/factline/models"
	"github.com/factline/factline/models/accounts"
	"github.com/factline/factline/web/httpx"
	"github.com/factline/factline/web/ui"
)

// PasswordChange serves POST /account/password with current_password and
// new_password. The change ends every session and API token of the user; this
// browser is signed in again, so only the others are signed out. The current
// password is checked under the sign-in limits.
func (h *Handler) PasswordChange(c echo.Context) error {
	ctx := c.Request().Context()
	u := httpx.CurrentUser(c)
	f := ui.ReadForm(c, "/account/password")
	refuse := func(status int, field, msg string) error {
		f.Errors.Add(field, msg)
		return h.renderAccount(c, status, ui.EmptyForm(c, "/account/tokens", nil), f, "")
	}
	keys := []limitKey{{Key: "account:" + u.Email + " address:" + c.RealIP(), Max: LoginFailures}, {Key: "address:" + c.RealIP(), Max: LoginAddressFailures}}
	attempt, ok, err := h.loginLimiter.Attempt(c.Request().Context(), keys...)
	if err != nil {
		return err
	}
	if !ok {
		return refuse(http.StatusTooManyRequests, "current_password", "Too many wrong passwords. Wait a minute, then try again.")
	}
	if _, err := accounts.Of(h.Store).Authenticate(ctx, u.Email, c.FormValue("current_password")); errors.Is(err, models.ErrBadCredentials) {
		return refuse(http.StatusUnprocessableEntity, "current_password", "This is not your current password.")
	} else if err != nil {
		return err
	}
	if err := h.loginLimiter.Forgive(c.Request().Context(), attempt); err != nil {
		return err
	}
	if err := accounts.Of(h.Store).SetPassword(ctx, u.Email, c.FormValue("new_password")); err != nil {
		var fe models.FieldErrors
		if errors.As(err, &fe) {
			return refuse(http.StatusUnprocessableEntity, "new_password", fe["password"])
		}
		return err
	}
	if err := h.signIn(c, u); err != nil {
		return err
	}
	return ui.RedirectAfterPost(c, "/account")
}
