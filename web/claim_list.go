package web

import (
	"net/http"

	"github.com/labstack/echo/v4"

	"github.com/factline/factline/views"
	"github.com/factline/factline/web/ui"
)

// claimList serves /claims: the most recently said claims.
func (s *Server) claimList(c echo.Context) error {
	claims, err := s.Store.ListClaims(c.Request().Context(), 200)
	if err != nil {
		return err
	}
	if ui.WantsJSON(c) {
		return c.JSON(http.StatusOK, claims)
	}
	p := ui.WithJSON(s.Page(c, "Claims", "Who claimed what, and when.", "claims"))
	return s.Render(c, http.StatusOK, p, views.ClaimListPage(views.ClaimList{Claims: claims}))
}
