package models

import (
	"strings"
	"unicode/utf8"
)

// contextRunes is how much text a citation keeps before and after its quote.
const contextRunes = 32

// Anchor finds quote in text and returns its offsets in code points (end
// exclusive) with the text just before and after it. A hint (the offsets the
// quote was selected at) wins when the quote is still there; else the first
// occurrence is taken. ok is false when the quote is not in the text.
func Anchor(text, quote string, hint *int) (start, end int, prefix, suffix string, ok bool) {
	if quote == "" {
		return 0, 0, "", "", false
	}
	text, quote = asRunes(text), asRunes(quote)
	runes := []rune(text)
	q := []rune(quote)
	if hint != nil && *hint >= 0 && *hint+len(q) <= len(runes) && string(runes[*hint:*hint+len(q)]) == quote {
		start = *hint
	} else {
		i := strings.Index(text, quote)
		if i < 0 {
			return 0, 0, "", "", false
		}
		start = len([]rune(text[:i]))
	}
	end = start + len(q)
	prefix = string(runes[max(0, start-contextRunes):start])
	suffix = string(runes[end:min(len(runes), end+contextRunes)])
	return start, end, prefix, suffix, true
}

// asRunes is s as its code points are counted: each byte of invalid UTF-8 one
// U+FFFD. Byte search in valid UTF-8 only finds whole code points; in invalid
// UTF-8 it could find a quote inside a code point.
func asRunes(s string) string {
	if utf8.ValidString(s) {
		return s
	}
	return string([]rune(s))
}
