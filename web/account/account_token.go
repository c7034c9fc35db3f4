package account

import (
	"net/http"

	"github.com/labstack/echo/v4"

	"github.com/factline/factline/models/accounts"
	"github.com/factline/factline/web/httpx"
	"github.com/factline/factline/web/ui"
)

// APITokenCreate serves POST /account/tokens: it makes a token and shows it once.
func (h *Handler) APITokenCreate(c echo.Context) error {
	f := ui.ReadForm(c, "/account/tokens", "name")
	token, err := accounts.Of(h.Store).CreateAPIToken(c.Request().Context(), httpx.CurrentUser(c).ID, f.Get("name"))
	if err != nil {
		if !ui.FieldErrors(f, err) {
			return err
		}
		return h.renderAccount(c, http.StatusUnprocessableEntity, f, ui.EmptyForm(c, "/account/password", nil), "")
	}
	return h.renderAccount(c, http.StatusOK, ui.EmptyForm(c, "/account/tokens", nil), ui.EmptyForm(c, "/account/password", nil), token)
}

// APITokenRevoke serves POST /account/tokens/:id/revoke; only the token's owner
// may revoke it, anyone else's id is a 404.
func (h *Handler) APITokenRevoke(c echo.Context) error {
	id, err := httpx.PathID(c, "id")
	if err != nil {
		return err
	}
	if err := accounts.Of(h.Store).RevokeAPIToken(c.Request().Context(), httpx.CurrentUser(c).ID, id); err != nil {
		return err
	}
	return ui.RedirectAfterPost(c, "/account")
}
