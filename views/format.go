package views

import (
	"strconv"
	"strings"

	"github.com/factline/factline/models"
)

func itoa(n int64) string { return strconv.FormatInt(n, 10) }

// citationTail is what follows a cited source's title: publisher, date, locator.
func citationTail(c models.Citation) string {
	var b strings.Builder
	if c.Source != nil && c.Source.Publisher != "" {
		b.WriteString(", " + c.Source.Publisher)
	}
	if c.Source != nil && !c.Source.Published.IsZero() {
		b.WriteString(", " + c.Source.Published.Display())
	}
	if c.Locator != "" {
		b.WriteString(", " + c.Locator)
	}
	return b.String()
}

// participantTail is what follows a participant's name: the role word, and a
// comma unless it is the last.
func participantTail(p models.Participant, last bool) string {
	s := ""
	if p.RoleWord != "" {
		s = " (" + p.RoleWord + ")"
	}
	if !last {
		s += ","
	}
	return s
}

// Shorten cuts s to at most n runes, ending with "…" when cut.
func Shorten(s string, n int) string {
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
