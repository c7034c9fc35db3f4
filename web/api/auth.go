package api

import (
	"errors"
	"net/http"
	"strings"

	"github.com/labstack/echo/v4"

	"github.com/factline/factline/models/accounts"
	"github.com/factline/factline/models/storage"
	"github.com/factline/factline/web/httpx"
)

// errNoToken answers an API request that names no user.
var errNoToken = &statusError{Status: http.StatusUnauthorized, Code: "unauthorized",
	Message: "Send a personal API token as \"Authorization: Bearer fl_…\"; make one on your account page."}

// errBadToken answers a token that is unknown, revoked, or not a bearer token.
var errBadToken = &statusError{Status: http.StatusUnauthorized, Code: "unauthorized",
	Message: "This API token is unknown or revoked. Make a new one on your account page."}

// Auth authenticates API requests: a request with an Authorization header
// acts as the user of its bearer token, as web's loadUser sets the user of a session;
// one without acts as the session's user, whose unsafe requests the CSRF check
// has already passed. Anyone else gets 401.
func (h *Handler) Auth(next echo.HandlerFunc) echo.HandlerFunc {
	return func(c echo.Context) error {
		header := c.Request().Header.Get(echo.HeaderAuthorization)
		if header == "" {
			if httpx.CurrentUser(c) == nil {
				c.Response().Header().Set(echo.HeaderWWWAuthenticate, `Bearer realm="factline"`)
				return errNoToken
			}
			return next(c)
		}
		scheme, token, ok := strings.Cut(header, " ")
		if !ok || !strings.EqualFold(scheme, "Bearer") {
			return errBadToken
		}
		ctx := c.Request().Context()
		u, err := accounts.Of(h.store).UserByAPIToken(ctx, strings.TrimSpace(token))
		if errors.Is(err, storage.ErrNotFound) {
			c.Response().Header().Set(echo.HeaderWWWAuthenticate, `Bearer realm="factline", error="invalid_token"`)
			return errBadToken
		}
		if err != nil {
			return err
		}
		httpx.SetUser(c, u)
		httpx.KeepPrivate(c)
		return next(c)
	}
}

// Editor lets only editors and admins write through the API.
func (h *Handler) Editor(next echo.HandlerFunc) echo.HandlerFunc {
	return func(c echo.Context) error {
		if !httpx.CurrentUser(c).CanEdit() {
			return &statusError{Status: http.StatusForbidden, Code: "forbidden",
				Message: "Your account is a viewer's: it reads but does not write. Ask an admin for the editor role."}
		}
		return next(c)
	}
}
