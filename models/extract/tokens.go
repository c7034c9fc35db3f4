package extract

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// tokKind tells words and numbers from punctuation and paragraph breaks.
type tokKind uint8

const (
	tokWord  tokKind = iota // letters and digits, possibly mixed: "Sept", "1990s", "2k22"
	tokPunct                // one punctuation rune
	tokPara                 // a blank line: no rule matches across it
)

// token is one unit of text; start and end are code-point offsets.
type token struct {
	start, end int    // code points
	b0, b1     int    // bytes
	text       string // as written
	low        string // lower-cased text
	kind       tokKind
	upper      bool // first rune is upper case
	digits     bool // text is all ASCII digits
}

// tokenize splits text into words, single punctuation runes and paragraph
// breaks. Apostrophes stay inside words ("won't") except a possessive "'s";
// an apostrophe before digits starts a word ("'22", "'80s").
func tokenize(text string) []token {
	toks := make([]token, 0, len(text)/5+1)
	pos := 0 // code point offset of byte index i
	newlines := 0
	for i := 0; i < len(text); {
		r, size := utf8.DecodeRuneInString(text[i:])
		if unicode.IsSpace(r) {
			if r == '\n' {
				newlines++
				if newlines == 2 && len(toks) > 0 && toks[len(toks)-1].kind != tokPara {
					toks = append(toks, token{start: pos, end: pos + 1, b0: i, b1: i + 1, text: "\n", low: "\n", kind: tokPara})
				}
			}
			i += size
			pos++
			continue
		}
		newlines = 0
		if isAlnum(r) || (isApostrophe(r) && i+size < len(text) && isDigit(text[i+size])) {
			j, n := i+size, 1
			for j < len(text) {
				r2, s2 := utf8.DecodeRuneInString(text[j:])
				if isAlnum(r2) {
					j += s2
					n++
					continue
				}
				if isApostrophe(r2) && j+s2 < len(text) && isLetter(text[j+s2]) && !isPossessive(text[j+s2:]) {
					j += s2
					n++
					continue
				}
				break
			}
			toks = append(toks, newToken(text, i, j, pos, pos+n))
			i, pos = j, pos+n
			continue
		}
		if isApostrophe(r) && isPossessive(text[i+size:]) {
			toks = append(toks, newToken(text, i, i+size+1, pos, pos+2))
			i, pos = i+size+1, pos+2
			continue
		}
		toks = append(toks, token{start: pos, end: pos + 1, b0: i, b1: i + size, text: text[i : i+size], low: text[i : i+size], kind: tokPunct})
		i += size
		pos++
	}
	return toks
}

func newToken(text string, b0, b1, start, end int) token {
	s := text[b0:b1]
	t := token{start: start, end: end, b0: b0, b1: b1, text: s, low: s, kind: tokWord, digits: true}
	lower := false
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c < '0' || c > '9' {
			t.digits = false
		}
		if c >= 'A' && c <= 'Z' || c >= utf8.RuneSelf {
			lower = true
		}
	}
	if lower {
		t.low = strings.ToLower(s)
	}
	r, _ := utf8.DecodeRuneInString(s)
	t.upper = unicode.IsUpper(r)
	return t
}

// isPossessive reports whether s (just after an apostrophe) is "s" ending a word.
func isPossessive(s string) bool {
	if len(s) == 0 || (s[0] != 's' && s[0] != 'S') {
		return false
	}
	return len(s) == 1 || !isLetter(s[1]) && !isDigit(s[1])
}

// possessiveMark reports whether toks[k] marks a possessive: "'s", or an
// apostrophe written straight after a name that ends in s: "Harris' aide".
func possessiveMark(toks []token, k int) bool {
	if k <= 0 || k >= len(toks) {
		return false
	}
	switch toks[k].low {
	case "'s", "’s":
		return true
	case "'", "’":
		p := toks[k-1]
		return p.kind == tokWord && p.upper && p.end == toks[k].start && strings.HasSuffix(p.low, "s") &&
			k+1 < len(toks) && toks[k+1].kind == tokWord && toks[k+1].start > toks[k].end
	}
	return false
}

func isApostrophe(r rune) bool { return r == '\'' || r == '’' }

func isAlnum(r rune) bool { return unicode.IsLetter(r) || unicode.IsDigit(r) }

func isLetter(c byte) bool { return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' }

func isDigit(c byte) bool { return c >= '0' && c <= '9' }
