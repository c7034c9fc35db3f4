package httpx

import (
	"github.com/labstack/echo/v4"

	"github.com/factline/factline/models"
	"github.com/factline/factline/models/storage"
)

// Viewer is who the request reads as, as the middleware found them: the
// holder of the share link it came through, the signed-in user, or an
// anonymous visitor. Handlers read single items as their viewer
// (store.As(Viewer(c))), so the Store keeps each read to what they may see.
// The middleware marks the request's context with the user or the share link;
// only here is a viewer made of them, never the system (the command line's).
func Viewer(c echo.Context) storage.Viewer {
	ctx := c.Request().Context()
	return storage.Viewer{User: models.UserFrom(ctx), Share: storage.ShareScopeFrom(ctx)}
}
