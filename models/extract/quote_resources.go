package extract

import (
	"fmt"
	"io/fs"
	"strings"
	"unicode/utf8"
)

// The words quotation attribution reads are data, not code: plain UTF-8
// files under resources/en (embedded with the date resources in
// resourceFiles), one entry a line, "#" starts a comment. A lexicon file
// gives a word and the roles (tags) it plays; a word has one line in all the
// lexicon files together, so no list repeats another; each file's header
// says what its tags mean and which table below each fills. The files are
// parsed once, when the package loads, into tables that are never changed.

// quoteLexiconFiles are the English lexicon files, in the order they are
// read, and the tag every entry of a file has without writing it.
var quoteLexiconFiles = []struct{ name, implicit string }{
	{"speech_verbs.txt", "speech"},
	{"person_titles.txt", ""},
	{"name_words.txt", ""},
	{"function_words.txt", ""},
}

// quoteLexiconTags are the tags a lexicon line may carry.
var quoteLexiconTags = wordSet(`speech inverts participle partial perfect
	title role m f surname
	organisation place-start place-end name-link
	determiner definite elision auxiliary preposition phrase-stop opener time-opener describer filler bare-source
	closes-subject not-name abbreviation and`)

// wordList is a set of lower-case words read from the resources.
type wordList struct{ words map[string]bool }

// has reports whether w is in the list.
func (l wordList) has(w string) bool { return l.words[w] }

// genderList maps words to the gender they tell: "m", "f" or "" for none.
type genderList struct{ words map[string]string }

// lookup returns the gender w tells and whether w is in the list at all.
func (l genderList) lookup(w string) (string, bool) {
	g, ok := l.words[w]
	return g, ok
}

// get returns the gender w tells, "" when it tells none or is not listed.
func (l genderList) get(w string) string { return l.words[w] }

// quoteLexicon is every word of the lexicon files with its tags.
type quoteLexicon map[string]map[string]bool

// with lists the words that carry tag.
func (x quoteLexicon) with(tag string) wordList {
	l := wordList{words: map[string]bool{}}
	for w, tags := range x {
		if tags[tag] {
			l.words[w] = true
		}
	}
	return l
}

// gendered lists the words that carry tag with the gender their m or f tag tells.
func (x quoteLexicon) gendered(tag string) genderList {
	l := genderList{words: map[string]string{}}
	for w, tags := range x {
		switch {
		case !tags[tag]:
		case tags["m"]:
			l.words[w] = "m"
		case tags["f"]:
			l.words[w] = "f"
		default:
			l.words[w] = ""
		}
	}
	return l
}

// resourceLines reads a resource file into its lines' fields, without comments
// and blank lines.
func resourceLines(files fs.FS, file string) ([][]string, error) {
	b, err := fs.ReadFile(files, file)
	if err != nil {
		return nil, fmt.Errorf("extract: resource %s: %w", file, err)
	}
	var out [][]string
	for n, line := range strings.Split(string(b), "\n") {
		if i := strings.Index(line, "#"); i >= 0 {
			line = line[:i]
		}
		f := strings.Fields(line)
		if len(f) == 0 {
			continue
		}
		if f[0] != strings.ToLower(f[0]) {
			return nil, fmt.Errorf("extract: resource %s line %d: %q is not lower case", file, n+1, f[0])
		}
		out = append(out, f)
	}
	return out, nil
}

// loadQuoteLexicon reads the quoteLexicon files of dir. A word on two lines, an
// unknown tag or a line without a tag is an error.
func loadQuoteLexicon(files fs.FS, dir string) (quoteLexicon, error) {
	x := quoteLexicon{}
	where := map[string]string{}
	for _, lf := range quoteLexiconFiles {
		file, implicit := lf.name, lf.implicit
		lines, err := resourceLines(files, dir+"/"+file)
		if err != nil {
			return nil, err
		}
		for _, f := range lines {
			w := f[0]
			if prev, ok := where[w]; ok {
				return nil, fmt.Errorf("extract: resource %s/%s: %q is already in %s: give it one line with all its tags", dir, file, w, prev)
			}
			where[w] = file
			tags := map[string]bool{}
			if implicit != "" {
				tags[implicit] = true
			}
			for _, t := range f[1:] {
				if !quoteLexiconTags[t] {
					return nil, fmt.Errorf("extract: resource %s/%s: %q has an unknown tag %q", dir, file, w, t)
				}
				tags[t] = true
			}
			if len(tags) == 0 {
				return nil, fmt.Errorf("extract: resource %s/%s: %q has no tag", dir, file, w)
			}
			x[w] = tags
		}
	}
	return x, nil
}

// loadGenders reads a file of words that each tell a gender: "james m".
func loadGenders(files fs.FS, file string) (genderList, error) {
	lines, err := resourceLines(files, file)
	if err != nil {
		return genderList{}, err
	}
	l := genderList{words: map[string]string{}}
	for _, f := range lines {
		if len(f) != 2 || f[1] != "m" && f[1] != "f" {
			return genderList{}, fmt.Errorf("extract: resource %s: %q: want a word and m or f", file, strings.Join(f, " "))
		}
		if _, ok := l.words[f[0]]; ok {
			return genderList{}, fmt.Errorf("extract: resource %s: %q is listed twice", file, f[0])
		}
		l.words[f[0]] = f[1]
	}
	return l, nil
}

// mustParse stops the program when an embedded resource does not parse: the
// files are part of the binary, so this can only be a mistake in an edit,
// and TestResourcesParse reports it before anything ships.
func mustParse[T any](v T, err error) T {
	if err != nil {
		panic(err)
	}
	return v
}

// quoteLanguage is what quotation attribution reads for texts of one
// language: the tables its lexicon's tags fill, its quotation marks, the
// phrases that name a source ("according to", "selon") and how its
// sentences are built. Every language runs the same rules over its own
// tables; a word the rules test as written ("and", "of", "percent") is
// English, and other languages' texts rarely hold it.
type quoteLanguage struct {
	code string

	speechVerbs, invertible, participles, partialCues, perfects wordList
	titles                                                      genderList
	descNouns, surnameTitles, organisationWords, placeStarts    wordList
	placeEnds, nameLinks, determiners, definites, auxiliaries   wordList
	prepositions, phraseStops, openers, timeOpeners, describers wordList
	verbFillers, bareSources, closesSubject, notNames, ands     wordList
	abbreviations                                               wordList
	elisions                                                    []string // determiners written onto their noun: "l'"
	pronounGender, firstNameGender                              genderList
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
var quoteLanguages = mustParse(loadQuoteLanguages(resourceFiles))

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
		if q.months, err = monthWords(q.code); err != nil { // a month's abbreviation ends no sentence, and names no one
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
	x, err := loadQuoteLexicon(files, dir)
	if err != nil {
		return nil, err
	}
	q := &quoteLanguage{
		speechVerbs: x.with("speech"), invertible: x.with("inverts"), participles: x.with("participle"),
		partialCues: x.with("partial"), perfects: x.with("perfect"), titles: x.gendered("title"),
		descNouns: x.with("role"), surnameTitles: x.with("surname"), organisationWords: x.with("organisation"),
		placeStarts: x.with("place-start"), placeEnds: x.with("place-end"), nameLinks: x.with("name-link"),
		determiners: x.with("determiner"), definites: x.with("definite"), auxiliaries: x.with("auxiliary"),
		prepositions: x.with("preposition"), phraseStops: x.with("phrase-stop"), openers: x.with("opener"),
		timeOpeners: x.with("time-opener"), describers: x.with("describer"), verbFillers: x.with("filler"),
		bareSources: x.with("bare-source"), closesSubject: x.with("closes-subject"), notNames: x.with("not-name"),
		ands: x.with("and"), abbreviations: x.with("abbreviation"),
		closers: map[string]string{}, marks: map[string]bool{},
	}
	for w := range x.with("elision").words {
		q.elisions = append(q.elisions, w)
	}
	if q.pronounGender, err = loadGenders(files, dir+"/pronouns.txt"); err != nil {
		return nil, err
	}
	if q.firstNameGender, err = loadGenders(files, dir+"/first_names.txt"); err != nil {
		return nil, err
	}
	lines, err := resourceLines(files, dir+"/quote_marks.txt")
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
	if lines, err = resourceLines(files, dir+"/source_cues.txt"); err != nil {
		return nil, err
	}
	for _, f := range lines {
		if len(f) < 2 || f[0] != "before" && f[0] != "after" {
			return nil, fmt.Errorf("extract: resource %s/source_cues.txt: %q: want before or after, then the phrase", dir, strings.Join(f, " "))
		}
		q.sourceCues = append(q.sourceCues, sourceCue{words: f[1:], text: strings.Join(f[1:], " "), after: f[0] == "after"})
	}
	if lines, err = resourceLines(files, dir+"/quote_grammar.txt"); err != nil {
		return nil, err
	}
	for _, f := range lines {
		if f[0] == "dialogue-dash" && len(f) > 1 {
			q.dialogueDashes = wordSet(strings.Join(f[1:], " "))
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
