package extract

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

func wordSet(s string) map[string]bool {
	m := map[string]bool{}
	for _, w := range strings.Fields(s) {
		m[w] = true
	}
	return m
}

// name is a run of tokens naming someone: toks[i:j].
type name struct {
	i, j   int
	gender string // "m", "f" or "" from a title
	titled bool
}

func (q *quoteLanguage) isNameWord(t token) bool {
	if t.kind != tokWord || !t.upper || q.notNames.has(t.low) || q.speechVerbs.has(t.low) ||
		q.capitalisedNouns && q.descNouns.has(t.low) { // "Sprecher Hans Müller": the noun describes the name
		return false
	}
	if _, ok := q.elide(t.low); ok { // "L'avocate" is a noun, "L'Oréal" a name
		i := strings.IndexAny(t.text, "'’")
		if i < 0 {
			return true
		}
		_, n := utf8.DecodeRuneInString(t.text[i:])
		r, _ := utf8.DecodeRuneInString(t.text[i+n:])
		return unicode.IsUpper(r)
	}
	return true
}

// nounAt reports whether toks[i] follows a determiner ("die", "im"), so
// that, where every noun is capitalised, a capital there is a noun (but
// "von Hans Huber" is a name).
func (q *quoteLanguage) nounAt(toks []token, i int) bool {
	return i > 0 && q.determiners.has(toks[i-1].low)
}

// isInitial reports whether toks[k] is a middle initial: "K" followed by ".".
func (q *quoteLanguage) isInitial(toks []token, k int) bool {
	return k+2 < len(toks) && toks[k].kind == tokWord && len(toks[k].text) == 1 && toks[k].upper &&
		toks[k+1].low == "." && q.isNameWord(toks[k+2])
}

// readNameForward reads a name starting at toks[i]: an optional title and
// up to five capitalised words ("Mr. Li Chen", "William K. Reilly", "Maria de Souza").
func (q *quoteLanguage) readNameForward(toks []token, i int) (name, bool) {
	n := name{i: i}
	j := i
	if g, ok := q.titles.lookup(word(toks, j)); ok && j < len(toks) && toks[j].upper {
		n.gender, n.titled = g, true
		j++
		if word(toks, j) == "." {
			j++
		}
	} else if q.capitalisedNouns && q.nounAt(toks, i) {
		return name{}, false // "die Regierung", "im Rathaus": a noun
	}
	words := 0
	for j < len(toks) && words < 5 {
		switch {
		case words > 0 && q.isInitial(toks, j):
			j += 2
		case words > 0 && toks[j].low == "." && q.abbreviations.has(toks[j-1].low) && j+1 < len(toks) && q.isNameWord(toks[j+1]):
			j++ // "Former Arizona Gov. Jan Brewer"
		case q.isNameWord(toks[j]):
			words++
			j++
		case words > 0 && q.nameLinks.has(toks[j].low) && j+1 < len(toks) && q.isNameWord(toks[j+1]):
			j++
		case words > 0 && toks[j].low == "-" && j+1 < len(toks) && toks[j+1].kind == tokWord && toks[j].start == toks[j-1].end && toks[j+1].start == toks[j].end:
			j++
		default:
			words += 10 // stop
		}
	}
	if j == i || !q.isNameWord(toks[j-1]) {
		return name{}, false
	}
	n.j = j
	return n, true
}

// properStart returns where the proper name inside toks[i:j] begins, after
// its titles: "Homeland Security Secretary Jeh Johnson" → "Jeh Johnson".
func (q *quoteLanguage) properStart(toks []token, i, j int) int {
	start := i
	for k := i; k < j-1; k++ {
		if _, ok := q.titles.lookup(toks[k].low); ok && toks[k].upper {
			start = k + 1
		}
	}
	for start < j && (toks[start].kind != tokWord || q.nameLinks.has(toks[start].low)) {
		start++
	}
	if start >= j {
		return i
	}
	return start
}

// joinTokens writes toks[i:j] as in the text, one space between separated tokens.
func joinTokens(toks []token, i, j int) string {
	var b strings.Builder
	for k := i; k < j; k++ {
		if k > i && toks[k].start != toks[k-1].end {
			b.WriteByte(' ')
		}
		b.WriteString(toks[k].text)
	}
	return b.String()
}
