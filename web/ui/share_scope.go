package ui

import (
	"net/http"
	"strconv"

	"github.com/labstack/echo/v4"

	"github.com/factline/factline/models/storage"
)

// ShareScopeOf returns the share scope of the request (the share link it came
// through, web/sharing), or nil.
func ShareScopeOf(c echo.Context) *storage.ShareScope {
	return storage.ShareScopeFrom(c.Request().Context())
}

// VersionNumber is the version a request names: the path's n, which a link to
// one version allows only for that version, or the link's own version.
func VersionNumber(c echo.Context) (int, error) {
	scoped := 0
	if sc := ShareScopeOf(c); sc != nil {
		scoped = sc.Version()
	}
	if c.Param("n") == "" && scoped != 0 {
		return scoped, nil
	}
	n, err := strconv.Atoi(c.Param("n"))
	if err != nil || n < 1 || (scoped != 0 && n != scoped) {
		return 0, echo.NewHTTPError(http.StatusNotFound)
	}
	return n, nil
}
