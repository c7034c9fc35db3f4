package duplicates

import (
	"strings"
	"unicode"

	"golang.org/x/text/unicode/norm"
)

// foldText is s as compared for likeness: lower case, accents dropped ("Türk"
// is "turk"), every run of punctuation and space one space.
func foldText(s string) string {
	var b strings.Builder
	space := true
	for _, r := range norm.NFD.String(s) {
		switch {
		case unicode.Is(unicode.Mn, r):
			continue
		case unicode.IsLetter(r) || unicode.IsDigit(r):
			if f, ok := unfoldable[r]; ok {
				b.WriteString(f)
			} else {
				b.WriteRune(unicode.ToLower(r))
			}
			space = false
		case r == '\'' || r == '’':
			// "Bachelet's" is one word, "bachelets".
		case !space:
			b.WriteByte(' ')
			space = true
		}
	}
	return strings.TrimSpace(b.String())
}

// unfoldable are the letters that NFD does not split into a base letter and
// an accent.
var unfoldable = map[rune]string{'ß': "ss", 'ø': "o", 'Ø': "o", 'ł': "l", 'Ł': "l", 'đ': "d", 'Đ': "d",
	'æ': "ae", 'Æ': "ae", 'œ': "oe", 'Œ': "oe", 'ı': "i", 'þ': "th", 'Þ': "th"}

// stopWords are left out when titles and claims are compared: they say
// nothing of what a text is about.
var stopWords = map[string]bool{"a": true, "an": true, "the": true, "of": true, "in": true, "on": true,
	"at": true, "to": true, "for": true, "and": true, "or": true, "as": true, "by": true, "with": true,
	"from": true, "is": true, "are": true, "was": true, "were": true, "be": true, "its": true, "it": true,
	"that": true, "this": true, "has": true, "have": true, "had": true, "not": true, "but": true}

// contentWords are the distinct words of s, folded, without stop words and
// one-letter words.
func contentWords(s string) map[string]bool {
	out := map[string]bool{}
	for _, w := range strings.Fields(foldText(s)) {
		if len(w) > 1 && !stopWords[w] {
			out[w] = true
		}
	}
	return out
}

// similarWords reports whether two sets of content words are close enough for
// their texts to be offered as the same: most of the shorter one's words are in
// the longer one, a good part of the longer one's in the shorter one, and at
// least two words are shared unless a text has only one.
func similarWords(a, b map[string]bool) bool {
	shared := 0
	for w := range a {
		if b[w] {
			shared++
		}
	}
	least, most := min(len(a), len(b)), max(len(a), len(b))
	if shared == 0 || (shared < 2 && least > 1) {
		return false
	}
	return float64(shared) >= 0.6*float64(least) && float64(shared) >= 0.35*float64(most)
}
