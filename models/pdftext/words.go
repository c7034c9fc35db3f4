package pdftext

import (
	"regexp"
	"strings"
	"unicode"
)

// ligatures are the letter pairs and triples fonts draw as one glyph, folded
// back to their letters so that a quote typed as read is found.
var ligatures = strings.NewReplacer("ﬀ", "ff", "ﬁ", "fi", "ﬂ", "fl", "ﬃ", "ffi", "ﬄ", "ffl", "ﬅ", "st", "ﬆ", "st")

// clean folds ligatures, reads symbol-font characters PDFium leaves in the
// private use area as the ASCII they stand for, turns tabs and other spaces
// into plain ones and collapses them, and drops control characters but the
// soft break.
func clean(text []rune) []rune {
	s := ligatures.Replace(string(text))
	out := make([]rune, 0, len(s))
	space := false
	for _, r := range s {
		if r >= 0xF020 && r <= 0xF07E {
			r -= 0xF000
		}
		switch {
		case unicode.IsSpace(r):
			space = len(out) > 0
			continue
		case r != softBreak && (unicode.IsControl(r) || r == '\u00ad' || r == '\ufffe'):
			continue
		}
		if space {
			out = append(out, ' ')
			space = false
		}
		out = append(out, r)
	}
	return out
}

// wordRe is a word as joinHyphens counts them.
var wordRe = regexp.MustCompile(`[\pL\x02-]+`)

// vocabulary counts the document's words, lower-cased, so that a word
// hyphenated at a line end is joined as the document spells it elsewhere.
func vocabulary(texts [][]rune) map[string]int {
	v := map[string]int{}
	for _, t := range texts {
		for _, w := range wordRe.FindAllString(string(t), -1) {
			if !strings.ContainsRune(w, softBreak) {
				v[strings.ToLower(w)]++
			}
		}
	}
	return v
}

// joinHyphens resolves each soft break: a syllable break is joined
// ("ingre-dient" is "ingredient"); a compound keeps its hyphen when a capital
// or digit follows ("CoE-Commissioner", "Vice-President") or when the document
// spells the word with a hyphen more often than without ("self-defence").
func joinHyphens(text []rune, vocab map[string]int) []rune {
	out := make([]rune, 0, len(text))
	for i, r := range text {
		if r != softBreak {
			out = append(out, r)
			continue
		}
		before, after := wordAround(text, i)
		keep := after == "" || before == ""
		if !keep {
			next := []rune(after)[0]
			keep = unicode.IsUpper(next) || unicode.IsDigit(next)
		}
		if !keep {
			joined := strings.ToLower(before + after)
			hyphened := strings.ToLower(before + "-" + after)
			keep = vocab[hyphened] > vocab[joined]
		}
		if keep {
			out = append(out, '-')
		}
	}
	return out
}

// wordAround is the word's part before and after position i.
func wordAround(text []rune, i int) (before, after string) {
	s := i
	for s > 0 && (unicode.IsLetter(text[s-1]) || text[s-1] == '-') {
		s--
	}
	e := i + 1
	for e < len(text) && (unicode.IsLetter(text[e]) || unicode.IsDigit(text[e])) {
		e++
	}
	return string(text[s:i]), string(text[i+1 : e])
}

// lostLigatures are words as a text layer spells them when its font maps the
// fi, ff, fl and Th glyphs to no text at all.
var lostLigatures = regexp.MustCompile(`\b(?:irst|diferen\pL*|speciic\pL*|signiican\pL*|conidence|relect\pL*|efect\pL*|ofice\pL*|oficial\pL*|dificult\pL*|classiied|identiied|beneit\pL*|inal|ind|ive|igure\pL*)\b|(?:[.!?] |^)he `)

// ligaturesLost reports whether the text reads like one whose ligatures have
// no text: "irst", "diferent", "speciic", and "he" opening a sentence.
func ligaturesLost(text string) bool {
	return len(lostLigatures.FindAllStringIndex(text, 4)) >= 4
}
