package dates

import "strings"

// FormWord reports whether w may stand around a date typed in a form in
// language lang ("on" of "on Thursday", "le" of "le mardi", "am" of "am
// Dienstag"): the @form-lead words of its date-words.txt. An unknown
// language is English, as in DatesIn. An elided word keeps its apostrophe
// ("l'", "jusqu'").
func FormWord(lang, w string) bool {
	l, ok := languages[lang]
	if !ok {
		l = english
	}
	return l.lex.FormLead[strings.ToLower(strings.ReplaceAll(w, "’", "'"))]
}
