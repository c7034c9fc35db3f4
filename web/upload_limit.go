package web

import (
	"net/http"

	"github.com/labstack/echo/v4"
	"github.com/labstack/echo/v4/middleware"
)

// maxUpload is the largest body POST /import takes: a file of
// formats.MaxImportSize and the form around it.
const maxUpload = "51M"

// bodyLimit refuses a body larger than maxBody with 413, or than maxUpload for
// an import upload. It runs before the CSRF check, which reads the form, so that
// a body too large is refused by its Content-Length before any of it is read
// (a body without one is cut off at the limit).
func (s *Server) bodyLimit() echo.MiddlewareFunc {
	small, large := middleware.BodyLimit(maxBody), middleware.BodyLimit(maxUpload)
	return func(next echo.HandlerFunc) echo.HandlerFunc {
		smallNext, largeNext := small(next), large(next)
		return func(c echo.Context) error {
			if isUpload(c) {
				return largeNext(c)
			}
			return smallNext(c)
		}
	}
}

// isUpload reports whether the request is an import upload, or a page uploaded
// or pasted for capture (which limits the page itself to 10 MiB).
func isUpload(c echo.Context) bool {
	return c.Request().Method == http.MethodPost && (c.Path() == "/import" || c.Path() == "/capture")
}
