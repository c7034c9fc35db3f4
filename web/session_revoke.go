package web

import (
	"github.com/labstack/echo/v4"

	"github.com/factline/factline/models/accounts"
	"github.com/factline/factline/web/httpx"
)

// sessionRevoke serves POST /account/sessions/:id/revoke: it signs out one of
// the user's other browsers; another user's session id is a 404.
func (s *Server) sessionRevoke(c echo.Context) error {
	id, err := httpx.PathID(c, "id")
	if err != nil {
		return err
	}
	if err := accounts.Of(s.store).EndSession(c.Request().Context(), httpx.CurrentUser(c).ID, id); err != nil {
		return err
	}
	return redirectAfterPost(c, "/account")
}
