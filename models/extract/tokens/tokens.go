// Package tokens splits a text into the tokens that date and quotation
// extraction both read, with the offsets an answer reports.
package tokens

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// tokKind tells words and numbers from punctuation and paragraph breaks.
type tokKind uint8

const (
	TokWord  tokKind = iota // letters and digits, possibly mixed: "Sept", "1990s", "2k22"
	TokPunct                // one punctuation rune
	TokPara                 // a blank line: no rule matches across it
)

// Token is one unit of text; start and end are code-point offsets.
type Token struct {
	Start, End int    // code points
	B0, B1     int    // bytes
	Text       string // as written
	Low        string // lower-cased text
	Kind       tokKind
	Upper      bool // first rune is upper case
	Digits     bool // text is all ASCII digits
}

// Tokenize splits text into words, single punctuation runes and paragraph
// breaks. Apostrophes stay inside words ("won't") except a possessive "'s";
// an apostrophe before digits starts a word ("'22", "'80s").
func Tokenize(text string) []Token {
	toks := make([]Token, 0, len(text)/5+1)
	pos := 0 // code point offset of byte index i
	newlines := 0
	for i := 0; i < len(text); {
		r, size := utf8.DecodeRuneInString(text[i:])
		if unicode.IsSpace(r) {
			if r == '\n' {
				newlines++
				if newlines == 2 && len(toks) > 0 && toks[len(toks)-1].Kind != TokPara {
					toks = append(toks, Token{Start: pos, End: pos + 1, B0: i, B1: i + 1, Text: "\n", Low: "\n", Kind: TokPara})
				}
			}
			i += size
			pos++
			continue
		}
		newlines = 0
		if isAlnum(r) || (IsApostrophe(r) && i+size < len(text) && IsDigit(text[i+size])) {
			j, n := i+size, 1
			for j < len(text) {
				r2, s2 := utf8.DecodeRuneInString(text[j:])
				if isAlnum(r2) {
					j += s2
					n++
					continue
				}
				if IsApostrophe(r2) && j+s2 < len(text) && IsLetter(text[j+s2]) && !isPossessive(text[j+s2:]) {
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
		if IsApostrophe(r) && isPossessive(text[i+size:]) {
			toks = append(toks, newToken(text, i, i+size+1, pos, pos+2))
			i, pos = i+size+1, pos+2
			continue
		}
		toks = append(toks, Token{Start: pos, End: pos + 1, B0: i, B1: i + size, Text: text[i : i+size], Low: text[i : i+size], Kind: TokPunct})
		i += size
		pos++
	}
	return toks
}

func newToken(text string, b0, b1, start, end int) Token {
	s := text[b0:b1]
	t := Token{Start: start, End: end, B0: b0, B1: b1, Text: s, Low: s, Kind: TokWord, Digits: true}
	lower := false
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c < '0' || c > '9' {
			t.Digits = false
		}
		if c >= 'A' && c <= 'Z' || c >= utf8.RuneSelf {
			lower = true
		}
	}
	if lower {
		t.Low = strings.ToLower(s)
	}
	r, _ := utf8.DecodeRuneInString(s)
	t.Upper = unicode.IsUpper(r)
	return t
}

// isPossessive reports whether s (just after an apostrophe) is "s" ending a word.
func isPossessive(s string) bool {
	if len(s) == 0 || (s[0] != 's' && s[0] != 'S') {
		return false
	}
	return len(s) == 1 || !IsLetter(s[1]) && !IsDigit(s[1])
}

// PossessiveMark reports whether toks[k] marks a possessive: "'s", or an
// apostrophe written straight after a name that ends in s: "Harris' aide".
func PossessiveMark(toks []Token, k int) bool {
	if k <= 0 || k >= len(toks) {
		return false
	}
	switch toks[k].Low {
	case "'s", "’s":
		return true
	case "'", "’":
		p := toks[k-1]
		return p.Kind == TokWord && p.Upper && p.End == toks[k].Start && strings.HasSuffix(p.Low, "s") &&
			k+1 < len(toks) && toks[k+1].Kind == TokWord && toks[k+1].Start > toks[k].End
	}
	return false
}

func IsApostrophe(r rune) bool { return r == '\'' || r == '’' }

func isAlnum(r rune) bool { return unicode.IsLetter(r) || unicode.IsDigit(r) }

func IsLetter(c byte) bool { return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' }

func IsDigit(c byte) bool { return c >= '0' && c <= '9' }

func WordSet(s string) map[string]bool {
	m := map[string]bool{}
	for _, w := range strings.Fields(s) {
		m[w] = true
	}
	return m
}

func Word(toks []Token, i int) string {
	if i >= 0 && i < len(toks) {
		return toks[i].Low
	}
	return ""
}
