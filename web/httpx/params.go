package httpx

import (
	"net/http"
	"strconv"
	"strings"

	"github.com/labstack/echo/v4"

	"github.com/factline/factline/models"
)

// APIPrefix is where the API for scripts lives (web/api).
const APIPrefix = "/api/v1"

// IsAPI reports whether the request is for the API, which answers errors as JSON.
func IsAPI(c echo.Context) bool {
	p := c.Request().URL.Path
	return p == APIPrefix || strings.HasPrefix(p, APIPrefix+"/")
}

// PathID reads a numeric id from the path; anything else is a 404.
func PathID(c echo.Context, name string) (int64, error) {
	id, err := strconv.ParseInt(c.Param(name), 10, 64)
	if err != nil || id <= 0 {
		return 0, echo.NewHTTPError(http.StatusNotFound)
	}
	return id, nil
}

// ItemRef reads the claim or event of a route like /claims/:id/citations.
func ItemRef(kind models.ItemKind) func(echo.Context) (models.Ref, error) {
	return func(c echo.Context) (models.Ref, error) {
		id, err := PathID(c, "id")
		return models.Ref{Kind: kind, ID: id}, err
	}
}
