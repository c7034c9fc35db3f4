package web

import (
	"net/http"

	"github.com/labstack/echo/v4"

	"github.com/factline/factline/models/accounts"
	"github.com/factline/factline/web/httpx"
)

// apiTokenCreate serves POST /account/tokens: it makes a token and shows it once.
func (s *Server) apiTokenCreate(c echo.Context) error {
	f := readForm(c, "/account/tokens", "name")
	token, err := accounts.Of(s.store).CreateAPIToken(c.Request().Context(), httpx.CurrentUser(c).ID, f.Get("name"))
	if err != nil {
		if !fieldErrors(f, err) {
			return err
		}
		return s.renderAccount(c, http.StatusUnprocessableEntity, f, emptyForm(c, "/account/password", nil), "")
	}
	return s.renderAccount(c, http.StatusOK, emptyForm(c, "/account/tokens", nil), emptyForm(c, "/account/password", nil), token)
}

// apiTokenRevoke serves POST /account/tokens/:id/revoke; only the token's owner
// may revoke it, anyone else's id is a 404.
func (s *Server) apiTokenRevoke(c echo.Context) error {
	id, err := httpx.PathID(c, "id")
	if err != nil {
		return err
	}
	if err := accounts.Of(s.store).RevokeAPIToken(c.Request().Context(), httpx.CurrentUser(c).ID, id); err != nil {
		return err
	}
	return redirectAfterPost(c, "/account")
}
