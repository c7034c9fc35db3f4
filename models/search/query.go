package search

import (
	"strings"
	"unicode/utf8"
)

// livePrefixMin is the shortest last word that live search also matches as a
// prefix: shorter ones match too much of a large index to rank in time.
const livePrefixMin = 3

// searchTerm is one term of what a user typed: a word or a "phrase" (text),
// matched whole or, for a word ending in *, as a prefix.
type searchTerm struct {
	text   string
	prefix bool
}

// parseQuery reads what a user typed as terms that must all match: text in
// double quotes is a phrase, a word ending in * matches as a prefix, every
// other word matches whole; terms with no letter or digit are left out. When
// typing is set, the last word of at least livePrefixMin characters also
// matches as a prefix, so that results come while the user types. Nothing the
// user types is an operator: each engine writes the terms as literals.
func parseQuery(q string, typing bool) []searchTerm {
	q = strings.Map(func(r rune) rune {
		if r < ' ' || r == 0x7f { // a NUL would end FTS5's string early
			return ' '
		}
		return r
	}, q)
	var terms []searchTerm
	lastWord := -1 // the index in terms of the last word outside quotes
	for i, part := range strings.Split(q, `"`) {
		if i%2 == 1 { // inside quotes: a phrase
			if strings.IndexFunc(part, isWordRune) >= 0 {
				terms = append(terms, searchTerm{text: part})
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
			terms = append(terms, searchTerm{text: w, prefix: prefix})
			lastWord = len(terms) - 1
			if prefix {
				lastWord = -1
			}
		}
	}
	if typing && lastWord >= 0 && lastWord == len(terms)-1 && utf8.RuneCountInString(terms[lastWord].text) >= livePrefixMin {
		terms[lastWord].prefix = true
	}
	return terms
}

// QuoteFTS turns what a user typed (parseQuery) into an FTS5 query in which
// every term must match. Each term is written as an FTS5 string (inner quotes
// cannot occur), so no input is read as FTS5 syntax.
func QuoteFTS(q string, typing bool) string {
	terms := parseQuery(q, typing)
	out := make([]string, len(terms))
	for i, t := range terms {
		out[i] = `"` + t.text + `"`
		if t.prefix {
			out[i] += "*"
		}
	}
	return strings.Join(out, " ")
}

func isWordRune(r rune) bool {
	return r >= '0' && r <= '9' || r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z' || r > 0x7f
}
