package quotes

import (
	"strings"
	"testing"
	"testing/fstest"

	"github.com/factline/factline/models/extract/lexicon"
)

// TestResourcesParse checks the embedded English word files load and fill
// every table the attribution rules read.
func TestResourcesParse(t *testing.T) {
	if _, err := lexicon.LoadQuoteLexicon(lexicon.ResourceFiles, "resources/en"); err != nil {
		t.Fatal(err)
	}
	en := englishQuotes
	for _, c := range []struct {
		table string
		list  lexicon.WordList
		word  string
	}{
		{"speechVerbs", en.speechVerbs, "said"}, {"invertible", en.invertible, "said"}, {"participles", en.participles, "saying"},
		{"partialCues", en.partialCues, "called"}, {"descNouns", en.descNouns, "billionaire"}, {"surnameTitles", en.surnameTitles, "king"},
		{"organisationWords", en.organisationWords, "ministry"}, {"placeStarts", en.placeStarts, "los"}, {"placeEnds", en.placeEnds, "county"},
		{"nameLinks", en.nameLinks, "de"}, {"determiners", en.determiners, "the"}, {"auxiliaries", en.auxiliaries, "was"},
		{"prepositions", en.prepositions, "of"}, {"phraseStops", en.phraseStops, "who"}, {"openers", en.openers, "when"},
		{"timeOpeners", en.timeOpeners, "yesterday"}, {"describers", en.describers, "former"}, {"verbFillers", en.verbFillers, "also"},
		{"bareSources", en.bareSources, "officials"}, {"closesSubject", en.closesSubject, ","}, {"notNames", en.notNames, "however"},
	} {
		if !c.list.Has(c.word) {
			t.Errorf("%s lacks %q", c.table, c.word)
		}
	}
	if g, ok := en.titles.Lookup("mrs"); !ok || g != "f" {
		t.Errorf("titles: mrs is %q, %v; want a title telling f", g, ok)
	}
	if g, ok := en.titles.Lookup("senator"); !ok || g != "" {
		t.Errorf("titles: senator is %q, %v; want a title telling no gender", g, ok)
	}
	if en.pronounGender.Get("she") != "f" || en.firstNameGender.Get("james") != "m" {
		t.Errorf("pronouns or first names lost their gender")
	}
	if en.partialCues.Has("said") || !en.speechVerbs.Has("called") {
		t.Errorf("a tag must add to the speech verbs, not replace them")
	}
}

// TestQuoteLanguagesParse checks that every language's quotation resources
// load and fill the tables its constructions read.
func TestQuoteLanguagesParse(t *testing.T) {
	for _, c := range []struct {
		lang, verb, inverts, title, pronoun, determiner, mark, closer, cue string
	}{
		{"en", "said", "said", "mrs", "she", "the", "“", "”", "according to"},
		{"de", "sagte", "erklärte", "frau", "sie", "der", "„", "“", "laut"},
		{"fr", "déclaré", "dit", "mme", "elle", "le", "«", "»", "selon"},
		{"pt", "disse", "afirmou", "sra", "ela", "o", "“", "”", "segundo"},
	} {
		q, ok := quoteLanguages[c.lang]
		if !ok {
			t.Errorf("%s: no quotation resources", c.lang)
			continue
		}
		if !q.speechVerbs.Has(c.verb) || !q.invertible.Has(c.inverts) {
			t.Errorf("%s: %q or %q is not a speech verb that inverts", c.lang, c.verb, c.inverts)
		}
		if _, ok := q.titles.Lookup(c.title); !ok || q.pronounGender.Get(c.pronoun) != "f" || !q.definites.Has(c.determiner) {
			t.Errorf("%s: title %q, pronoun %q or determiner %q lost", c.lang, c.title, c.pronoun, c.determiner)
		}
		if !strings.Contains(q.closers[c.mark], c.closer) {
			t.Errorf("%s: %s is not closed by %s: %q", c.lang, c.mark, c.closer, q.closers)
		}
		if !q.isSourceCue(c.cue) {
			t.Errorf("%s: %q is no source cue", c.lang, c.cue)
		}
		if len(q.months) < 12 {
			t.Errorf("%s: %d month words", c.lang, len(q.months))
		}
	}
	if de := quoteLanguages["de"]; !de.verbSecond || !de.capitalisedNouns || englishQuotes.verbSecond || englishQuotes.capitalisedNouns {
		t.Errorf("German puts its verb second and capitalises nouns, English neither")
	}
	if _, ok := quoteLanguages["fr"].elide("l'avocat"); !ok || !quoteLanguages["fr"].perfects.Has("a") {
		t.Errorf("French: l' is no elision or a is no perfect auxiliary")
	}
}

// TestQuoteLanguageMistakesAreRefused checks that a mistake in a language's
// marks, source cues or grammar is reported with the file, not loaded.
func TestQuoteLanguageMistakesAreRefused(t *testing.T) {
	base := map[string]string{
		"speech_verbs.txt": "dit inverts\n", "person_titles.txt": "mme title f\n", "name_words.txt": "de name-link\n",
		"function_words.txt": "le determiner definite\n", "pronouns.txt": "elle f\n", "first_names.txt": "marie f\n",
		"quote_marks.txt": "« »\n", "source_cues.txt": "before selon\n", "quote_grammar.txt": "# none\n",
	}
	load := func(change map[string]string) error {
		files := fstest.MapFS{}
		for name, text := range base {
			if c, ok := change[name]; ok {
				text = c
			}
			files["fr/"+name] = &fstest.MapFile{Data: []byte(text)}
		}
		_, err := loadQuoteLanguage(files, "fr")
		return err
	}
	if err := load(nil); err != nil {
		t.Fatalf("well-formed resources: %v", err)
	}
	for _, c := range []struct {
		change map[string]string
		want   string
	}{
		{map[string]string{"quote_marks.txt": "«\n"}, "quote_marks.txt: \"«\": want an opening mark"},
		{map[string]string{"source_cues.txt": "selon\n"}, "source_cues.txt: \"selon\": want before or after"},
		{map[string]string{"source_cues.txt": "around selon\n"}, "source_cues.txt: \"around selon\": want before or after"},
		{map[string]string{"quote_grammar.txt": "verb-last\n"}, `quote_grammar.txt: unknown setting "verb-last"`},
		{map[string]string{"function_words.txt": "le determiner definite\ndit not-name\n"}, `"dit" is already in speech_verbs.txt`},
	} {
		err := load(c.change)
		if err == nil || !strings.Contains(err.Error(), c.want) {
			t.Errorf("%v: error %v, want one saying %s", c.change, err, c.want)
		}
	}
}

// TestResourceMistakesAreRefused checks that a mistake in an edited word
// file is reported with the file and the word, not loaded.
func TestResourceMistakesAreRefused(t *testing.T) {
	base := map[string]string{
		"speech_verbs.txt":   "# cues\nsaid inverts\n",
		"person_titles.txt":  "mayor title role\n",
		"name_words.txt":     "county place-end\n",
		"function_words.txt": "the determiner not-name # a comment\n\n",
	}
	load := func(change map[string]string) error {
		files := fstest.MapFS{}
		for name, text := range base {
			if c, ok := change[name]; ok {
				text = c
			}
			files["en/"+name] = &fstest.MapFile{Data: []byte(text)}
		}
		_, err := lexicon.LoadQuoteLexicon(files, "en")
		return err
	}
	if err := load(nil); err != nil {
		t.Fatalf("a well-formed lexicon: %v", err)
	}
	for _, c := range []struct {
		change map[string]string
		want   string
	}{
		{map[string]string{"function_words.txt": "the determiner\nsaid not-name\n"}, `"said" is already in speech_verbs.txt`},
		{map[string]string{"name_words.txt": "county place-ending\n"}, `unknown tag "place-ending"`},
		{map[string]string{"name_words.txt": "county\n"}, `"county" has no tag`},
		{map[string]string{"person_titles.txt": "Mayor title\n"}, `"Mayor" is not lower case`},
		{map[string]string{"speech_verbs.txt": "said\nsaid inverts\n"}, `"said" is already in speech_verbs.txt`},
	} {
		err := load(c.change)
		if err == nil || !strings.Contains(err.Error(), c.want) {
			t.Errorf("%v: error %v, want one saying %s", c.change, err, c.want)
		}
	}
	for text, want := range map[string]string{"he\n": "want a word and m or f", "he x\n": "want a word and m or f", "he m\nhe f\n": `"he" is listed twice`} {
		_, err := lexicon.LoadGenders(fstest.MapFS{"p.txt": &fstest.MapFile{Data: []byte(text)}}, "p.txt")
		if err == nil || !strings.Contains(err.Error(), want) {
			t.Errorf("%q: error %v, want one saying %s", text, err, want)
		}
	}
}
