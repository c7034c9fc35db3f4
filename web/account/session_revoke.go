package account

import (
	"github.com/labstack/echo/v4"

	"github.com/factline/factline/models/accounts"
	"github.com/factline/factline/web/httpx"
	"github.com/factline/factline/web/ui"
)

// SessionRevoke serves POST /account/sessions/:id/revoke: it signs out one of
// the user's other browsers; another user's session id is a 404.
func (h *Handler) SessionRevoke(c echo.Context) error {
	id, err := httpx.PathID(c, "id")
	if err != nil {
		return err
	}
	if err := accounts.Of(h.Store).EndSession(c.Request().Context(), httpx.CurrentUser(c).ID, id); err != nil {
		return err
	}
	return ui.RedirectAfterPost(c, "/account")
}
