package web

import (
	"errors"
	"net/http"
	"strings"

	"github.com/labstack/echo/v4"

	"github.com/factline/factline/models"
)

// errNoToken answers an API request that names no user.
var errNoToken = &apiError{Status: http.StatusUnauthorized, Code: "unauthorized",
	Message: "Send a personal API token as \"Authorization: Bearer fl_…\"; make one on your account page."}

// errBadToken answers a token that is unknown, revoked, or not a bearer token.
var errBadToken = &apiError{Status: http.StatusUnauthorized, Code: "unauthorized",
	Message: "This API token is unknown or revoked. Make a new one on your account page."}

// apiAuth authenticates API requests: a request with an Authorization header
// acts as the user of its bearer token, as loadUser sets the user of a session;
// one without acts as the session's user, whose unsafe requests the CSRF check
// has already passed. Anyone else gets 401.
func (s *Server) apiAuth(next echo.HandlerFunc) echo.HandlerFunc {
	return func(c echo.Context) error {
		h := c.Request().Header.Get(echo.HeaderAuthorization)
		if h == "" {
			if currentUser(c) == nil {
				c.Response().Header().Set(echo.HeaderWWWAuthenticate, `Bearer realm="factline"`)
				return errNoToken
			}
			return next(c)
		}
		scheme, token, ok := strings.Cut(h, " ")
		if !ok || !strings.EqualFold(scheme, "Bearer") {
			return errBadToken
		}
		ctx := c.Request().Context()
		u, err := s.store.UserByAPIToken(ctx, strings.TrimSpace(token))
		if errors.Is(err, models.ErrNotFound) {
			c.Response().Header().Set(echo.HeaderWWWAuthenticate, `Bearer realm="factline", error="invalid_token"`)
			return errBadToken
		}
		if err != nil {
			return err
		}
		c.Set(contextUserKey, u)
		c.SetRequest(c.Request().WithContext(models.WithUser(ctx, u)))
		keepPrivate(c)
		return next(c)
	}
}

// apiEditor lets only editors and admins write through the API.
func (s *Server) apiEditor(next echo.HandlerFunc) echo.HandlerFunc {
	return func(c echo.Context) error {
		if !currentUser(c).CanEdit() {
			return &apiError{Status: http.StatusForbidden, Code: "forbidden",
				Message: "Your account is a viewer's: it reads but does not write. Ask an admin for the editor role."}
		}
		return next(c)
	}
}

// skipCSRF exempts API requests that carry an Authorization header and no
// session cookie: a browser cannot be made to send a bearer token, so such a
// request carries no cookie's authority to forge. Every other unsafe request,
// API ones with a session included, keeps the CSRF check.
func (s *Server) skipCSRF(c echo.Context) bool {
	if !isAPI(c) || c.Request().Header.Get(echo.HeaderAuthorization) == "" {
		return false
	}
	_, err := c.Request().Cookie(s.sessions.Cookie.Name)
	return errors.Is(err, http.ErrNoCookie)
}
