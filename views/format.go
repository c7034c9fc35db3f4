package views

import (
	"fmt"
	"strconv"
	"strings"

	"github.com/factline/factline/models"
	"github.com/factline/factline/models/formats"
	"github.com/factline/factline/models/search"
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
	return strings.NewReplacer(search.HitStart, "", search.HitEnd, "").Replace(s)
}

// browserName names a session's browser and system from its User-Agent well
// enough to recognise it, such as "Firefox on Linux".
func browserName(ua string) string {
	first := func(pairs ...string) string {
		for i := 0; i+1 < len(pairs); i += 2 {
			if strings.Contains(ua, pairs[i]) {
				return pairs[i+1]
			}
		}
		return ""
	}
	browser := first("Edg/", "Edge", "Firefox/", "Firefox", "Chrome/", "Chrome", "Safari/", "Safari", "curl/", "curl")
	system := first("Android", "Android", "iPhone", "iOS", "iPad", "iPadOS", "Windows", "Windows", "Mac OS X", "macOS", "Linux", "Linux")
	switch {
	case browser != "" && system != "":
		return browser + " on " + system
	case browser != "":
		return browser
	case ua != "":
		return Shorten(ua, 40)
	}
	return "An unnamed browser"
}

// yearAnchor is the id of a year's heading: y2022, y-4025 before year 1, undated for the undated.
func yearAnchor(g TimelineGroup) string {
	if !g.Dated {
		return "undated"
	}
	return "y" + itoa(int64(g.Year))
}

// keptWhere says where a kept field was: "(event 1, event 4)" or "(event 1, event 4 and 12 more)".
func keptWhere(k formats.Kept) string {
	s := strings.Join(k.Where, ", ")
	if more := k.Count - len(k.Where); more > 0 {
		s += fmt.Sprintf(" and %d more", more)
	}
	return "(" + s + ")"
}
