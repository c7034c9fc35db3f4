package web

import (
	"github.com/labstack/echo/v4"

	"github.com/factline/factline/web/httpx"
)

// uploadsFromEditors refuses an upload (an import file, a page to capture:
// bodies of up to 51 MiB) from anyone but an editor before a byte of it is
// read. It runs before the CSRF check, which would otherwise parse the whole
// multipart body, to memory and temp files, only to find it refused: anyone
// could make the server read and store 51 MiB a request.
func (s *Server) uploadsFromEditors(next echo.HandlerFunc) echo.HandlerFunc {
	return func(c echo.Context) error {
		if httpx.IsUpload(c) {
			return s.requireEditor(next)(c)
		}
		return next(c)
	}
}

// removeUploads removes the temp files of a multipart form once the request
// is answered. net/http removes those of the request it made, but a form is
// parsed on the request of the context, a copy (sessions and the signed-in
// user are put in copies), whose files it never sees.
func removeUploads(next echo.HandlerFunc) echo.HandlerFunc {
	return func(c echo.Context) error {
		defer func() {
			if f := c.Request().MultipartForm; f != nil {
				_ = f.RemoveAll()
			}
		}()
		return next(c)
	}
}
