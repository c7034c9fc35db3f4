package web

import (
	"regexp"
	"strconv"

	"github.com/labstack/echo/v4"

	"github.com/factline/factline/models"
)

var refPattern = regexp.MustCompile(`^\s*(claim|event)[- ](\d+)\b`)

// parseRef reads "claim-12", or "claim 12 · text" as picked from a suggestion list.
func parseRef(s string) (models.Ref, bool) {
	m := refPattern.FindStringSubmatch(s)
	if m == nil {
		return models.Ref{}, false
	}
	id, err := strconv.ParseInt(m[2], 10, 64)
	if err != nil {
		return models.Ref{}, false
	}
	return models.Ref{Kind: models.ItemKind(m[1]), ID: id}, true
}

// itemRef reads the claim or event of a route like /claims/:id/citations.
func itemRef(kind models.ItemKind) func(echo.Context) (models.Ref, error) {
	return func(c echo.Context) (models.Ref, error) {
		id, err := pathID(c, "id")
		return models.Ref{Kind: kind, ID: id}, err
	}
}
