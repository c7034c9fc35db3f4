package extract

import (
	"strings"
	"testing"
	"testing/fstest"
)

// TestResourcesParse checks the embedded English word files load and fill
// every table the attribution rules read.
func TestResourcesParse(t *testing.T) {
	if _, err := loadQuoteLexicon(resourceFiles, "resources/en"); err != nil {
		t.Fatal(err)
	}
	for _, c := range []struct {
		table string
		list  wordList
		word  string
	}{
		{"speechVerbs", speechVerbs, "said"}, {"invertible", invertible, "said"}, {"participles", participles, "saying"},
		{"partialCues", partialCues, "called"}, {"descNouns", descNouns, "billionaire"}, {"surnameTitles", surnameTitles, "king"},
		{"organisationWords", organisationWords, "ministry"}, {"placeStarts", placeStarts, "los"}, {"placeEnds", placeEnds, "county"},
		{"nameLinks", nameLinks, "de"}, {"determiners", determiners, "the"}, {"auxiliaries", auxiliaries, "was"},
		{"prepositions", prepositions, "of"}, {"phraseStops", phraseStops, "who"}, {"openers", openers, "when"},
		{"timeOpeners", timeOpeners, "yesterday"}, {"describers", describers, "former"}, {"verbFillers", verbFillers, "also"},
		{"bareSources", bareSources, "officials"}, {"closesSubject", closesSubject, ","}, {"notNames", notNames, "however"},
	} {
		if !c.list.has(c.word) {
			t.Errorf("%s lacks %q", c.table, c.word)
		}
	}
	if g, ok := titles.lookup("mrs"); !ok || g != "f" {
		t.Errorf("titles: mrs is %q, %v; want a title telling f", g, ok)
	}
	if g, ok := titles.lookup("senator"); !ok || g != "" {
		t.Errorf("titles: senator is %q, %v; want a title telling no gender", g, ok)
	}
	if pronounGender.get("she") != "f" || firstNameGender.get("james") != "m" {
		t.Errorf("pronouns or first names lost their gender")
	}
	if partialCues.has("said") || !speechVerbs.has("called") {
		t.Errorf("a tag must add to the speech verbs, not replace them")
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
		_, err := loadQuoteLexicon(files, "en")
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
		_, err := loadGenders(fstest.MapFS{"p.txt": &fstest.MapFile{Data: []byte(text)}}, "p.txt")
		if err == nil || !strings.Contains(err.Error(), want) {
			t.Errorf("%q: error %v, want one saying %s", text, err, want)
		}
	}
}
