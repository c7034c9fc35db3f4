package httpx

import (
	"github.com/labstack/echo/v4"

	"github.com/factline/factline/models/storage"
)

// Viewer is who the request reads as, as the middleware found them: the
// holder of the share link it came through, the signed-in user, or an
// anonymous visitor. Handlers read single items as their viewer
// (store.As(Viewer(c))), so the Store keeps each read to what they may see.
func Viewer(c echo.Context) storage.Viewer {
	return storage.ViewerOf(c.Request().Context())
}
