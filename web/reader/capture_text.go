package reader

import (
	"mime"
	"path/filepath"
	"strings"

	"github.com/labstack/echo/v4"
)

// isTextUpload reports an uploaded plain-text file (.txt, or sent as
// text/plain), read as text rather than as an HTML page.
func isTextUpload(c echo.Context) bool {
	fh, err := c.FormFile("file")
	if err != nil {
		return false
	}
	media, _, _ := mime.ParseMediaType(fh.Header.Get("Content-Type"))
	return strings.EqualFold(filepath.Ext(fh.Filename), ".txt") || media == "text/plain"
}
