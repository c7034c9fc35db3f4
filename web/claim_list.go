package web

import (
	"net/http"

	"github.com/labstack/echo/v4"

	"github.com/factline/factline/views"
)

// claimList serves /claims: the most recently said claims.
func (s *Server) claimList(c echo.Context) error {
	claims, err := s.store.ListClaims(c.Request().Context(), 200)
	if err != nil {
		return err
	}
	if wantsJSON(c) {
		return c.JSON(http.StatusOK, claims)
	}
	p := withJSON(s.page(c, "Claims", "Who claimed what, and when.", "claims"))
	return s.render(c, http.StatusOK, p, views.ClaimListPage(views.ClaimList{Claims: claims}))
}
