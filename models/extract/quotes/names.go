package quotes

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/factline/factline/models/extract/tokens"
)

// name is a run of tokens naming someone: toks[i:j].
type name struct {
	i, j   int
	gender string // "m", "f" or "" from a title
	titled bool
}

func (q *quoteLanguage) isNameWord(t tokens.Token) bool {
	if t.Kind != tokens.TokWord || !t.Upper || q.notNames.Has(t.Low) || q.speechVerbs.Has(t.Low) ||
		q.capitalisedNouns && q.descNouns.Has(t.Low) { // "Sprecher Hans Müller": the noun describes the name
		return false
	}
	if _, ok := q.elide(t.Low); ok { // "L'avocate" is a noun, "L'Oréal" a name
		i := strings.IndexAny(t.Text, "'’")
		if i < 0 {
			return true
		}
		_, n := utf8.DecodeRuneInString(t.Text[i:])
		r, _ := utf8.DecodeRuneInString(t.Text[i+n:])
		return unicode.IsUpper(r)
	}
	return true
}

// nounAt reports whether toks[i] follows a determiner ("die", "im"), so
// that, where every noun is capitalised, a capital there is a noun (but
// "von Hans Huber" is a name).
func (q *quoteLanguage) nounAt(toks []tokens.Token, i int) bool {
	return i > 0 && q.determiners.Has(toks[i-1].Low)
}

// isInitial reports whether toks[k] is a middle initial: "K" followed by ".".
func (q *quoteLanguage) isInitial(toks []tokens.Token, k int) bool {
	return k+2 < len(toks) && toks[k].Kind == tokens.TokWord && len(toks[k].Text) == 1 && toks[k].Upper &&
		toks[k+1].Low == "." && q.isNameWord(toks[k+2])
}

// readNameForward reads a name starting at toks[i]: an optional title and
// up to five capitalised words ("Mr. Li Chen", "William K. Reilly", "Maria de Souza").
func (q *quoteLanguage) readNameForward(toks []tokens.Token, i int) (name, bool) {
	n := name{i: i}
	j := i
	if g, ok := q.titles.Lookup(tokens.Word(toks, j)); ok && j < len(toks) && toks[j].Upper {
		n.gender, n.titled = g, true
		j++
		if tokens.Word(toks, j) == "." {
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
		case words > 0 && toks[j].Low == "." && q.abbreviations.Has(toks[j-1].Low) && j+1 < len(toks) && q.isNameWord(toks[j+1]):
			j++ // "Former Arizona Gov. Jan Brewer"
		case q.isNameWord(toks[j]):
			words++
			j++
		case words > 0 && q.nameLinks.Has(toks[j].Low) && j+1 < len(toks) && q.isNameWord(toks[j+1]):
			j++
		case words > 0 && toks[j].Low == "-" && j+1 < len(toks) && toks[j+1].Kind == tokens.TokWord && toks[j].Start == toks[j-1].End && toks[j+1].Start == toks[j].End:
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
func (q *quoteLanguage) properStart(toks []tokens.Token, i, j int) int {
	start := i
	for k := i; k < j-1; k++ {
		if _, ok := q.titles.Lookup(toks[k].Low); ok && toks[k].Upper {
			start = k + 1
		}
	}
	for start < j && (toks[start].Kind != tokens.TokWord || q.nameLinks.Has(toks[start].Low)) {
		start++
	}
	if start >= j {
		return i
	}
	return start
}

// joinTokens writes toks[i:j] as in the text, one space between separated tokens.
func joinTokens(toks []tokens.Token, i, j int) string {
	var b strings.Builder
	for k := i; k < j; k++ {
		if k > i && toks[k].Start != toks[k-1].End {
			b.WriteByte(' ')
		}
		b.WriteString(toks[k].Text)
	}
	return b.String()
}
