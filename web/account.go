package web

import (
	"net/http"

	"github.com/labstack/echo/v4"

	"github.com/factline/factline/models/accounts"
	"github.com/factline/factline/views"
	"github.com/factline/factline/web/httpx"
)

// account serves GET /account: the signed-in user, their sessions and API tokens.
func (s *Server) account(c echo.Context) error {
	return s.renderAccount(c, http.StatusOK, emptyForm(c, "/account/tokens", nil), emptyForm(c, "/account/password", nil), "")
}

// renderAccount answers with the account page, with the forms for a token and
// a password change as they were sent, showing a token just made once.
func (s *Server) renderAccount(c echo.Context, status int, f, password views.Form, newToken string) error {
	u := httpx.CurrentUser(c)
	tokens, err := accounts.Of(s.store).APITokens(c.Request().Context(), u.ID)
	if err != nil {
		return err
	}
	sessions, err := accounts.Of(s.store).UserSessions(c.Request().Context(), u.ID)
	if err != nil {
		return err
	}
	v := views.AccountView{User: *u, Tokens: tokens, Sessions: sessions, ThisSession: s.sessions.Token(c.Request().Context()),
		NewToken: newToken, Form: f, Password: password}
	httpx.KeepPrivate(c) // the page may show a new token
	return s.render(c, status, s.page(c, "Your account", "", ""), views.AccountPage(v))
}
