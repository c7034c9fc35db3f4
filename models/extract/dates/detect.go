package dates

import (
	"github.com/factline/factline/models/extract/tokens"
)

// Language detection is factline's own, from the vocabularies the date
// resources already hold (month and weekday names, units, tense cues, the
// words of the rules), rather than a general language identifier: it needs
// no model or dependency, it can only name a language the extractor reads,
// and a text's dates are what it reads the language for. A word counts for
// a language only when no other language's vocabulary has it, so "mai" or
// "a" decide nothing.

// DetectLanguage names the language of text among Languages(), or "" when
// the text has too few telling words or they do not agree (callers then
// read it as English).
func DetectLanguage(text string) string {
	hits := map[string]int{}
	for _, t := range tokens.Tokenize(text) {
		if t.Kind != tokens.TokWord || t.Digits {
			continue
		}
		if lang := distinctiveWords[t.Low]; lang != "" {
			hits[lang]++
		}
	}
	best, second := "", 0
	for _, code := range Languages() {
		switch n := hits[code]; {
		case best == "" || n > hits[best]:
			second = hits[best]
			best = code
		case n > second:
			second = n
		}
	}
	if hits[best] < 3 || hits[best] < 2*second {
		return ""
	}
	return best
}

// distinctiveWords maps each word of one language's vocabulary, and of no
// other's, to that language.
var distinctiveWords = vocabularies()

func vocabularies() map[string]string {
	owner := map[string]string{}
	add := func(w, code string) {
		if prev, ok := owner[w]; ok && prev != code {
			owner[w] = "" // shared: tells nothing
			return
		}
		owner[w] = code
	}
	for _, code := range Languages() {
		l := languages[code]
		for w := range l.engine.triggers {
			add(w, code)
		}
		for w := range l.lex.Tenses {
			add(w, code)
		}
		for w := range l.engine.byWord {
			add(w, code)
		}
	}
	for _, cues := range []map[string]bool{futureCues, pastCues, presentCues} { // English tense is code, not a list
		for w := range cues {
			add(w, "en")
		}
	}
	out := map[string]string{}
	for w, code := range owner {
		if code != "" && len(w) > 1 {
			out[w] = code
		}
	}
	return out
}
