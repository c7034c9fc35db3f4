package items

import (
	"net/http"

	"github.com/labstack/echo/v4"

	"github.com/factline/factline/views"
	"github.com/factline/factline/web/ui"
)

// ClaimList serves /claims: the most recently said claims.
func (h *Handler) ClaimList(c echo.Context) error {
	claims, err := h.Store.ListClaims(c.Request().Context(), 200)
	if err != nil {
		return err
	}
	if ui.WantsJSON(c) {
		return c.JSON(http.StatusOK, claims)
	}
	p := ui.WithJSON(h.Page(c, "Claims", "Who claimed what, and when.", "claims"))
	return h.Render(c, http.StatusOK, p, views.ClaimListPage(views.ClaimList{Claims: claims}))
}
