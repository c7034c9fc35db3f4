package models

import (
	"strings"
	"unicode/utf8"
)

// livePrefixMin is the shortest last word that live search also matches as a
// prefix: shorter ones match too much of a large index to rank in time.
const livePrefixMin = 3

// QuoteFTS turns what a user typed into an FTS5 query in which every term must
// match: text in double quotes is a phrase, a word ending in * matches as a
// prefix, every other word matches whole. Each term is written as an FTS5
// string (inner quotes cannot occur), so no input is read as FTS5 syntax. When
// typing is set, the last word of at least livePrefixMin characters also
// matches as a prefix, so that results come while the user types.
func QuoteFTS(q string, typing bool) string {
	q = strings.Map(func(r rune) rune {
		if r < ' ' || r == 0x7f { // a NUL would end FTS5's string early
			return ' '
		}
		return r
	}, q)
	var terms []string
	lastWord := -1 // the index in terms of the last word outside quotes
	for i, part := range strings.Split(q, `"`) {
		if i%2 == 1 { // inside quotes: a phrase
			if strings.IndexFunc(part, isWordRune) >= 0 {
				terms = append(terms, `"`+part+`"`)
				lastWord = -1
			}
			continue
		}
		for _, w := range strings.Fields(part) {
			prefix := strings.HasSuffix(w, "*")
			w = strings.TrimRight(w, "*")
			if strings.IndexFunc(w, isWordRune) < 0 {
				continue
			}
			term := `"` + w + `"`
			if prefix {
				term += "*"
			}
			terms = append(terms, term)
			lastWord = len(terms) - 1
			if prefix {
				lastWord = -1
			}
		}
	}
	if typing && lastWord >= 0 && lastWord == len(terms)-1 && utf8.RuneCountInString(terms[lastWord]) >= livePrefixMin+2 {
		terms[lastWord] += "*"
	}
	return strings.Join(terms, " ")
}

func isWordRune(r rune) bool {
	return r >= '0' && r <= '9' || r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z' || r > 0x7f
}
