package web

import (
	"net/http"
	"net/url"

	"github.com/labstack/echo/v4"

	"github.com/factline/factline/web/httpx"
	"github.com/factline/factline/web/ui"
)

// Refusals of signed-in users who may not do what they asked: each says what
// is true, and by whom it could be done (an expired form says so itself, see
// csrfRefusal; a timeline one may read but not change, httpx.ErrForbidden).
var (
	errEditorsOnly = echo.NewHTTPError(http.StatusForbidden,
		"Only editors and admins can do this; your account may read but not change. An admin can change your role.")
	errAdminsOnly = echo.NewHTTPError(http.StatusForbidden, "Only an admin can do this.")
)

// requireUser lets only signed-in users through; an anonymous page view is sent
// to sign in, anything else refused.
func (s *Server) requireUser(next echo.HandlerFunc) echo.HandlerFunc {
	return func(c echo.Context) error {
		if httpx.CurrentUser(c) != nil {
			return next(c)
		}
		if c.Request().Method == http.MethodGet && !ui.WantsJSON(c) && !ui.IsHTMX(c) {
			return c.Redirect(http.StatusSeeOther, "/login?next="+url.QueryEscape(c.Request().URL.RequestURI()))
		}
		return echo.NewHTTPError(http.StatusUnauthorized, "sign in first")
	}
}

// requireEditor lets only editors and admins through: they create and edit team
// material (actors, sources, claims, events).
func (s *Server) requireEditor(next echo.HandlerFunc) echo.HandlerFunc {
	return s.requireUser(func(c echo.Context) error {
		if !httpx.CurrentUser(c).CanEdit() {
			return errEditorsOnly
		}
		return next(c)
	})
}

// requireAdmin lets only admins through.
func (s *Server) requireAdmin(next echo.HandlerFunc) echo.HandlerFunc {
	return s.requireUser(func(c echo.Context) error {
		if !httpx.CurrentUser(c).IsAdmin() {
			return errAdminsOnly
		}
		return next(c)
	})
}
