package views

import (
	"strconv"
	"strings"

	"github.com/factline/factline/models"
)

func itoa(n int64) string { return strconv.FormatInt(n, 10) }

// shorten cuts s to at most n runes, ending with "…" when cut.
func shorten(s string, n int) string {
	r := []rune(s)
	if len(r) <= n {
		return s
	}
	return string(r[:n-1]) + "…"
}

// plainHit removes the search hit marks from s.
func plainHit(s string) string {
	return strings.NewReplacer(models.HitStart, "", models.HitEnd, "").Replace(s)
}
