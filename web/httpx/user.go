package httpx

import (
	"github.com/labstack/echo/v4"

	"github.com/factline/factline/models"
)

// userKey is where SetUser keeps the request's user in the echo context.
const userKey = "factline.user"

// SetUser makes u (nil for nobody) the request's user: in the echo context,
// for CurrentUser, and in the request's context, where the Store records it
// as the author of every change and keeps reads to what it may see.
func SetUser(c echo.Context, u *models.User) {
	c.Set(userKey, u)
	c.SetRequest(c.Request().WithContext(models.WithUser(c.Request().Context(), u)))
}

// CurrentUser is the signed-in user (of a session or an API token), or nil.
func CurrentUser(c echo.Context) *models.User {
	u, _ := c.Get(userKey).(*models.User)
	return u
}

// KeepPrivate marks the answer to a signed-in user as theirs alone, never to
// be kept by the browser or anything on the way: a shared computer's back
// button or a proxy must not show it to the next person. Static files, which
// are the same for everyone, set their own Cache-Control.
func KeepPrivate(c echo.Context) {
	c.Response().Header().Set(echo.HeaderCacheControl, "private, no-store")
}
