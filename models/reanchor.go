package models

import (
	"strings"
	"unicode/utf8"
)

// minSharedContext is how many code points of its old prefix and suffix a quote
// found more than once must share with one occurrence for that one to be taken:
// a shared space or full stop says nothing.
const minSharedContext = 4

// Reanchor finds a citation's quote in its source's edited text: at its old
// offsets when the quote is still there, else at the occurrence whose
// surroundings best match the old prefix and suffix. ok is false when the quote
// is gone, or when it occurs more than once and no occurrence shares enough
// context with the old one, for then any pick would be a guess.
func Reanchor(text string, c Citation) (start, end int, prefix, suffix string, ok bool) {
	if c.Quote == "" {
		return 0, 0, "", "", false
	}
	text, c.Quote = asRunes(text), asRunes(c.Quote)
	runes, q := []rune(text), []rune(c.Quote)
	if s := c.StartOffset; s != nil && *s >= 0 && *s+len(q) <= len(runes) && string(runes[*s:*s+len(q)]) == c.Quote {
		start = *s
	} else {
		occ := occurrences(text, c.Quote)
		if len(occ) == 0 {
			return 0, 0, "", "", false
		}
		best, bestScore := -1, -1
		for _, o := range occ {
			score := commonSuffix([]rune(c.Prefix), runes[:o]) + commonPrefix([]rune(c.Suffix), runes[o+len(q):])
			if score > bestScore || (score == bestScore && closer(o, best, c.StartOffset)) {
				best, bestScore = o, score
			}
		}
		if len(occ) > 1 && bestScore < minSharedContext {
			return 0, 0, "", "", false
		}
		start = best
	}
	end = start + len(q)
	prefix = string(runes[max(0, start-contextRunes):start])
	suffix = string(runes[end:min(len(runes), end+contextRunes)])
	return start, end, prefix, suffix, true
}

// occurrences returns where quote starts in text, in code points.
func occurrences(text, quote string) []int {
	var out []int
	runesBefore, from := 0, 0
	for {
		i := strings.Index(text[from:], quote)
		if i < 0 {
			return out
		}
		runesBefore += len([]rune(text[from : from+i]))
		out = append(out, runesBefore)
		_, size := utf8.DecodeRuneInString(text[from+i:])
		runesBefore++
		from += i + size
	}
}

// commonSuffix counts how many code points a and b share at their ends.
func commonSuffix(a, b []rune) int {
	n := 0
	for n < len(a) && n < len(b) && a[len(a)-1-n] == b[len(b)-1-n] {
		n++
	}
	return n
}

// commonPrefix counts how many code points a and b share at their starts.
func commonPrefix(a, b []rune) int {
	n := 0
	for n < len(a) && n < len(b) && a[n] == b[n] {
		n++
	}
	return n
}

// closer reports whether offset o is nearer the old offset than best.
func closer(o, best int, old *int) bool {
	if old == nil || best < 0 {
		return false
	}
	return abs(o-*old) < abs(best-*old)
}

func abs(n int) int {
	if n < 0 {
		return -n
	}
	return n
}
