package lexicon

import (
	"fmt"
	"io/fs"
	"strings"

	"github.com/factline/factline/models/extract/tokens"
)

// quoteLexiconFiles are the English lexicon files, in the order they are
// read, and the tag every entry of a file has without writing it.
var quoteLexiconFiles = []struct{ name, implicit string }{
	{"speech_verbs.txt", "speech"},
	{"person_titles.txt", ""},
	{"name_words.txt", ""},
	{"function_words.txt", ""},
}

// quoteLexiconTags are the tags a lexicon line may carry.
var quoteLexiconTags = tokens.WordSet(`speech inverts participle partial perfect
	title role m f surname
	organisation place-start place-end name-link
	determiner definite elision auxiliary preposition phrase-stop opener time-opener describer filler bare-source
	closes-subject not-name abbreviation and`)

// WordList is a set of lower-case words read from the resources.
type WordList struct{ Words map[string]bool }

// Has reports whether w is in the list.
func (l WordList) Has(w string) bool { return l.Words[w] }

// GenderList maps words to the gender they tell: "m", "f" or "" for none.
type GenderList struct{ words map[string]string }

// Lookup returns the gender w tells and whether w is in the list at all.
func (l GenderList) Lookup(w string) (string, bool) {
	g, ok := l.words[w]
	return g, ok
}

// Get returns the gender w tells, "" when it tells none or is not listed.
func (l GenderList) Get(w string) string { return l.words[w] }

// quoteLexicon is every word of the lexicon files with its tags.
type quoteLexicon map[string]map[string]bool

// With lists the words that carry tag.
func (x quoteLexicon) With(tag string) WordList {
	l := WordList{Words: map[string]bool{}}
	for w, tags := range x {
		if tags[tag] {
			l.Words[w] = true
		}
	}
	return l
}

// Gendered lists the words that carry tag with the gender their m or f tag tells.
func (x quoteLexicon) Gendered(tag string) GenderList {
	l := GenderList{words: map[string]string{}}
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

// ResourceLines reads a resource file into its lines' fields, without comments
// and blank lines.
func ResourceLines(files fs.FS, file string) ([][]string, error) {
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

// LoadQuoteLexicon reads the quoteLexicon files of dir. A word on two lines, an
// unknown tag or a line without a tag is an error.
func LoadQuoteLexicon(files fs.FS, dir string) (quoteLexicon, error) {
	x := quoteLexicon{}
	where := map[string]string{}
	for _, lf := range quoteLexiconFiles {
		file, implicit := lf.name, lf.implicit
		lines, err := ResourceLines(files, dir+"/"+file)
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

// LoadGenders reads a file of words that each tell a gender: "james m".
func LoadGenders(files fs.FS, file string) (GenderList, error) {
	lines, err := ResourceLines(files, file)
	if err != nil {
		return GenderList{}, err
	}
	l := GenderList{words: map[string]string{}}
	for _, f := range lines {
		if len(f) != 2 || f[1] != "m" && f[1] != "f" {
			return GenderList{}, fmt.Errorf("extract: resource %s: %q: want a word and m or f", file, strings.Join(f, " "))
		}
		if _, ok := l.words[f[0]]; ok {
			return GenderList{}, fmt.Errorf("extract: resource %s: %q is listed twice", file, f[0])
		}
		l.words[f[0]] = f[1]
	}
	return l, nil
}

// MustParse stops the program when an embedded resource does not parse: the
// files are part of the binary, so this can only be a mistake in an edit,
// and TestResourcesParse reports it before anything ships.
func MustParse[T any](v T, err error) T {
	if err != nil {
		panic(err)
	}
	return v
}
