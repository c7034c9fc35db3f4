package ui

import (
	"regexp"
	"strconv"

	"github.com/factline/factline/models"
)

var refPattern = regexp.MustCompile(`^\s*(claim|event)[- ](\d+)\b`)

// ParseRef reads "claim-12", or "claim 12 · text" as picked from a suggestion list.
func ParseRef(s string) (models.Ref, bool) {
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
