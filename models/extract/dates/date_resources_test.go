package dates

import (
	"strings"
	"testing"

	"github.com/factline/factline/models/extract/lexicon"
	"github.com/factline/factline/models/extract/tokens"
)

// TestResourcesLoad reads every language's files: a broken line would stop
// factline at start, so it must fail here first.
func TestResourcesLoad(t *testing.T) {
	langs, err := loadLanguages()
	if err != nil {
		t.Fatal(err)
	}
	for _, code := range []string{"en", "de"} {
		if langs[code] == nil {
			t.Errorf("no language %s in %v", code, Languages())
		}
	}
	if !monthAbbreviations["sept"] || !monthAbbreviations["dec"] || monthAbbreviations["december"] || monthAbbreviations["may"] {
		t.Errorf("English month abbreviations: %v", monthAbbreviations)
	}
}

func TestResourceLinesAreChecked(t *testing.T) {
	for _, spec := range []string{"13-45", "02-30", "nth:11:4", "easter+x", "whenever"} {
		if _, err := lexicon.ParseHolidayDate(spec); err == nil {
			t.Errorf("holiday date rule %q accepted", spec)
		}
	}
	for _, spec := range []string{"nth:11:4:4", "last:5:1", "easter-2", "12-25", "nth:11:1:1+1"} {
		if _, err := lexicon.ParseHolidayDate(spec); err != nil {
			t.Errorf("holiday date rule %q: %v", spec, err)
		}
	}
	for _, spec := range []string{"nonesuch", "day:yesterday", "date:1", "fixed"} {
		if _, err := namedNormaliser(spec); err == nil {
			t.Errorf("normaliser %q accepted", spec)
		}
	}
	if _, err := expandSets([]string{"@nonesuch", "{unit}"}, lexicon.NewLexicon()); err == nil || !strings.Contains(err.Error(), "@nonesuch") {
		t.Errorf("unknown word set: %v", err)
	}
}

// TestWordListEntries checks what a line of a word list asks of the text:
// a capital, an abbreviation's full stop, several words.
func TestWordListEntries(t *testing.T) {
	l := lexicon.PhraseList{}
	for _, e := range [][2]string{{"5", "May"}, {"1", "Jan."}, {"2", "segunda - feira"}, {"3", "mardi"}} {
		if err := l.Add(e[0], e[1]); err != nil {
			t.Fatal(err)
		}
	}
	for text, want := range map[string]int{"May": 1, "may": 0, "Jan. 5": 2, "Jan 5": 1, "Jan Kavan": 0,
		"segunda-feira": 3, "segunda": 0, "Mardi": 1, "mardi": 1} {
		if _, n := l.Read(tokens.Tokenize(text), 0); n != want {
			t.Errorf("%q: read %d tokens, want %d", text, n, want)
		}
	}
}
