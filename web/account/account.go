package account

import (
	"net/http"

	"github.com/labstack/echo/v4"

	"github.com/factline/factline/models/accounts"
	"github.com/factline/factline/views"
	"github.com/factline/factline/web/httpx"
	"github.com/factline/factline/web/ui"
)

// Account serves GET /account: the signed-in user, their sessions and API tokens.
func (h *Handler) Account(c echo.Context) error {
	return h.renderAccount(c, http.StatusOK, ui.EmptyForm(c, "/account/tokens", nil), ui.EmptyForm(c, "/account/password", nil), "")
}

// renderAccount answers with the account page, with the forms for a token and
// a password change as they were sent, showing a token just made once.
func (h *Handler) renderAccount(c echo.Context, status int, f, password views.Form, newToken string) error {
	u := httpx.CurrentUser(c)
	tokens, err := accounts.Of(h.Store).APITokens(c.Request().Context(), u.ID)
	if err != nil {
		return err
	}
	sessions, err := accounts.Of(h.Store).UserSessions(c.Request().Context(), u.ID)
	if err != nil {
		return err
	}
	v := views.AccountView{User: *u, Tokens: tokens, Sessions: sessions, ThisSession: h.Sessions.Token(c.Request().Context()),
		NewToken: newToken, Form: f, Password: password}
	httpx.KeepPrivate(c) // the page may show a new token
	return h.Render(c, status, h.Page(c, "Your account", "", ""), views.AccountPage(v))
}
