package quotes

import (
	"fmt"
	"io/fs"
	"strings"
	"unicode/utf8"

	"github.com/factline/factline/models/extract/lexicon"
	"github.com/factline/factline/models/extract/tokens"
)

// The words quotation attribution reads are data, not code: plain UTF-8
// files under models/extract/lexicon/resources/<code> (embedded with the
// date resources in lexicon.ResourceFiles), one entry a line, "#" starts a comment. A lexicon file
// gives a word and the roles (tags) it plays; a word has one line in all the
// lexicon files together, so no list repeats another; each file's header
// says what its tags mean and which table below each fills. The files are
// parsed once, when the package loads, into tables that are never changed.

// quoteLanguage is what quotation attribution reads for texts of one
// language: the tables its lexicon's tags fill, its quotation marks, the
// phrases that name a source ("according to", "selon") and how its
// sentences are built. Every language runs the same rules over its own
// tables; a word the rules test as written ("and", "of", "percent") is
// English, and other languages' texts rarely hold it.
type quoteLanguage struct {
	code string

	speechVerbs, invertible, participles, partialCues, perfects lexicon.WordList
	titles                                                      lexicon.GenderList
	descNouns, surnameTitles, organisationWords, placeStarts    lexicon.WordList
	placeEnds, nameLinks, determiners, definites, auxiliaries   lexicon.WordList
	prepositions, phraseStops, openers, timeOpeners, describers lexicon.WordList
	verbFillers, bareSources, closesSubject, notNames, ands     lexicon.WordList
	abbreviations                                               lexicon.WordList
	elisions                                                    []string // determiners written onto their noun: "l'"
	pronounGender, firstNameGender                              lexicon.GenderList
	months                                                      map[string]int

	closers    map[string]string // each opening quotation mark and the marks that may close it
	marks      map[string]bool   // every opening or closing mark
	sourceCues []sourceCue

	verbSecond       bool            // the verb comes second: "Am Montag sagte Chen: „…“"
	capitalisedNouns bool            // every noun is capitalised, so a capital alone makes no name
	dialogueDashes   map[string]bool // dashes that open a speaker's turn (quote_dialogue.go)
}

// sourceCue is a phrase that names a source after it: "according to",
// "selon", "laut"; after says it cues only right after a quotation
// ("„…“, so Chen").
type sourceCue struct {
	words []string
	text  string // the words joined by spaces, as a cue is reported
	after bool
}

// quoteLanguages are the languages quotation attribution reads, by code.
var quoteLanguages = lexicon.MustParse(loadQuoteLanguages(lexicon.ResourceFiles))

// englishQuotes is the language of texts whose language is unknown.
var englishQuotes = quoteLanguages["en"]

// quoteLanguageOf is the quoteLanguage of code, English when it has none.
func quoteLanguageOf(code string) *quoteLanguage {
	if q, ok := quoteLanguages[code]; ok {
		return q
	}
	return englishQuotes
}

// loadQuoteLanguages reads every resources/<code>/ that has speech_verbs.txt.
func loadQuoteLanguages(files fs.FS) (map[string]*quoteLanguage, error) {
	dirs, err := fs.ReadDir(files, "resources")
	if err != nil {
		return nil, fmt.Errorf("extract: resources: %w", err)
	}
	out := map[string]*quoteLanguage{}
	for _, d := range dirs {
		dir := "resources/" + d.Name()
		if _, err := fs.Stat(files, dir+"/speech_verbs.txt"); err != nil {
			continue
		}
		q, err := loadQuoteLanguage(files, dir)
		if err != nil {
			return nil, err
		}
		q.code = d.Name()
		if q.months, err = lexicon.MonthWords(q.code); err != nil { // a month's abbreviation ends no sentence, and names no one
			return nil, err
		}
		out[q.code] = q
	}
	if out["en"] == nil {
		return nil, fmt.Errorf("extract: resources: no English quotation words (resources/en/speech_verbs.txt)")
	}
	return out, nil
}

// loadQuoteLanguage reads the quotation resources of dir.
func loadQuoteLanguage(files fs.FS, dir string) (*quoteLanguage, error) {
	x, err := lexicon.LoadQuoteLexicon(files, dir)
	if err != nil {
		return nil, err
	}
	q := &quoteLanguage{
		speechVerbs: x.With("speech"), invertible: x.With("inverts"), participles: x.With("participle"),
		partialCues: x.With("partial"), perfects: x.With("perfect"), titles: x.Gendered("title"),
		descNouns: x.With("role"), surnameTitles: x.With("surname"), organisationWords: x.With("organisation"),
		placeStarts: x.With("place-start"), placeEnds: x.With("place-end"), nameLinks: x.With("name-link"),
		determiners: x.With("determiner"), definites: x.With("definite"), auxiliaries: x.With("auxiliary"),
		prepositions: x.With("preposition"), phraseStops: x.With("phrase-stop"), openers: x.With("opener"),
		timeOpeners: x.With("time-opener"), describers: x.With("describer"), verbFillers: x.With("filler"),
		bareSources: x.With("bare-source"), closesSubject: x.With("closes-subject"), notNames: x.With("not-name"),
		ands: x.With("and"), abbreviations: x.With("abbreviation"),
		closers: map[string]string{}, marks: map[string]bool{},
	}
	for w := range x.With("elision").Words {
		q.elisions = append(q.elisions, w)
	}
	if q.pronounGender, err = lexicon.LoadGenders(files, dir+"/pronouns.txt"); err != nil {
		return nil, err
	}
	if q.firstNameGender, err = lexicon.LoadGenders(files, dir+"/first_names.txt"); err != nil {
		return nil, err
	}
	lines, err := lexicon.ResourceLines(files, dir+"/quote_marks.txt")
	if err != nil {
		return nil, err
	}
	for _, f := range lines {
		if len(f) < 2 {
			return nil, fmt.Errorf("extract: resource %s/quote_marks.txt: %q: want an opening mark and the marks that close it", dir, strings.Join(f, " "))
		}
		q.closers[f[0]] = strings.Join(f[1:], " ")
		for _, m := range f {
			if utf8.RuneCountInString(m) == 1 { // a mark of two tokens ("``") is read by markAt
				q.marks[m] = true
			}
		}
	}
	if lines, err = lexicon.ResourceLines(files, dir+"/source_cues.txt"); err != nil {
		return nil, err
	}
	for _, f := range lines {
		if len(f) < 2 || f[0] != "before" && f[0] != "after" {
			return nil, fmt.Errorf("extract: resource %s/source_cues.txt: %q: want before or after, then the phrase", dir, strings.Join(f, " "))
		}
		q.sourceCues = append(q.sourceCues, sourceCue{words: f[1:], text: strings.Join(f[1:], " "), after: f[0] == "after"})
	}
	if lines, err = lexicon.ResourceLines(files, dir+"/quote_grammar.txt"); err != nil {
		return nil, err
	}
	for _, f := range lines {
		if f[0] == "dialogue-dash" && len(f) > 1 {
			q.dialogueDashes = tokens.WordSet(strings.Join(f[1:], " "))
			continue
		}
		switch strings.Join(f, " ") {
		case "verb-second":
			q.verbSecond = true
		case "capitalised-nouns":
			q.capitalisedNouns = true
		default:
			return nil, fmt.Errorf("extract: resource %s/quote_grammar.txt: unknown setting %q", dir, strings.Join(f, " "))
		}
	}
	return q, nil
}
