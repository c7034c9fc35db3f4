package models

import "strings"

// SourceLanguage is a language factline reads dates and quotations in, by its
// ISO 639-1 code, with the name the source form offers it under (the
// language's own name, as a reader of it looks for it).
type SourceLanguage struct {
	Code, Name string
}

// SourceLanguages lists the languages a source may be in, in the order forms
// offer them: the ones models/extract has resources for (a test keeps the two
// lists the same). A source's empty Language means "detect it from the text".
var SourceLanguages = []SourceLanguage{
	{"en", "English"}, {"de", "Deutsch"}, {"fr", "Français"}, {"pt", "Português"},
}

// checkLanguage refuses a code that is not one of SourceLanguages; "" passes
// (the language is then detected from the text when the source is saved).
func checkLanguage(fe FieldErrors, code string) {
	if code == "" {
		return
	}
	names := make([]string, len(SourceLanguages))
	for i, l := range SourceLanguages {
		if l.Code == code {
			return
		}
		names[i] = l.Code + " (" + l.Name + ")"
	}
	fe.Add("language", "Choose one of: "+strings.Join(names, ", ")+", or leave it empty for factline to tell from the text.")
}
