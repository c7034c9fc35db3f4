package extract

import (
	"fmt"
	"io/fs"
	"strings"
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
var quoteLexiconTags = wordSet(`speech inverts participle partial
	title role m f surname
	organisation place-start place-end name-link
	determiner auxiliary preposition phrase-stop opener time-opener describer filler bare-source
	closes-subject not-name abbreviation`)

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

// englishQuoteWords is the English quoteLexicon the attribution rules read.
var englishQuoteWords = mustParse(loadQuoteLexicon(resourceFiles, "resources/en"))

// The tables the rules read, one a tag of the lexicon (a speech verb that
// inverts is in speechVerbs and invertible, from one line).
var (
	speechVerbs       = englishQuoteWords.with("speech")
	invertible        = englishQuoteWords.with("inverts")
	participles       = englishQuoteWords.with("participle")
	partialCues       = englishQuoteWords.with("partial")
	titles            = englishQuoteWords.gendered("title")
	descNouns         = englishQuoteWords.with("role")
	surnameTitles     = englishQuoteWords.with("surname")
	organisationWords = englishQuoteWords.with("organisation")
	placeStarts       = englishQuoteWords.with("place-start")
	placeEnds         = englishQuoteWords.with("place-end")
	nameLinks         = englishQuoteWords.with("name-link")
	determiners       = englishQuoteWords.with("determiner")
	auxiliaries       = englishQuoteWords.with("auxiliary")
	prepositions      = englishQuoteWords.with("preposition")
	phraseStops       = englishQuoteWords.with("phrase-stop")
	openers           = englishQuoteWords.with("opener")
	timeOpeners       = englishQuoteWords.with("time-opener")
	describers        = englishQuoteWords.with("describer")
	verbFillers       = englishQuoteWords.with("filler")
	bareSources       = englishQuoteWords.with("bare-source")
	closesSubject     = englishQuoteWords.with("closes-subject")
	notNames          = englishQuoteWords.with("not-name")
	abbreviations     = englishQuoteWords.with("abbreviation")
	pronounGender     = mustParse(loadGenders(resourceFiles, "resources/en/pronouns.txt"))
	firstNameGender   = mustParse(loadGenders(resourceFiles, "resources/en/first_names.txt"))
)
