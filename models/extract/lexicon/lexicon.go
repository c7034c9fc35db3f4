// Package lexicon holds each language's knowledge as data, embedded from
// resources/<code>/, and reads it: the word lists and token classes that
// the date rules' patterns match ({month}, {num}, {clock} ...), and the
// tagged word lists that quotation attribution reads. Adding a language is
// adding its files.
package lexicon

import (
	"bufio"
	"embed"
	"errors"
	"fmt"
	"io/fs"
	"sort"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/factline/factline/models/extract/tokens"
)

// ResourceFiles holds each language's knowledge of dates as data, one folder
// a language (resources/<code>/), so that adding a language is adding files.
//
//go:embed resources
var ResourceFiles embed.FS

// lexEntry is one entry of a word list, split into tokens as texts are.
type lexEntry struct {
	words  []string // lower-cased tokens
	Value  string   // what the entry means: "9" for September, "W" for a week
	n      int      // value as a number, when it is one
	upper  bool     // written capitalised: the text must capitalise it too
	abbrev bool     // ends in a full stop: the stop or a number must follow
	plural bool     // value marked with a trailing "+": a plural form
}

// PhraseList is a word list indexed by the first word of its entries.
type PhraseList map[string][]lexEntry

// Read returns the longest entry at toks[i] and how many tokens it used.
func (t PhraseList) Read(toks []tokens.Token, i int) (lexEntry, int) {
	var best lexEntry
	bestN := 0
	for _, p := range t[toks[i].Low] {
		if p.upper && !toks[i].Upper {
			continue
		}
		n := len(p.words)
		if p.abbrev {
			n-- // the full stop
		}
		ok := i+n <= len(toks)
		for k := 1; ok && k < n; k++ {
			ok = toks[i+k].Low == p.words[k]
		}
		if !ok {
			continue
		}
		if p.abbrev {
			switch {
			case tokens.Word(toks, i+n) == ".":
				n++
			case i+n < len(toks) && toks[i+n].Digits:
			default:
				continue
			}
		}
		if n > bestN {
			best, bestN = p, n
		}
	}
	return best, bestN
}

// Add enters a lexEntry; value "+"-suffixed marks a plural. A word written
// with an apostrophe ("l'été") is also entered with the typographic one.
func (t PhraseList) Add(value, text string) error {
	if strings.Contains(text, "'") {
		if err := t.addOne(value, strings.ReplaceAll(text, "'", "’")); err != nil {
			return err
		}
	}
	return t.addOne(value, text)
}

func (t PhraseList) addOne(value, text string) error {
	toks := tokens.Tokenize(text)
	if len(toks) == 0 {
		return fmt.Errorf("no words after %q", value)
	}
	p := lexEntry{Value: value, upper: toks[0].Upper && toks[0].Low != toks[0].Text}
	if strings.HasSuffix(value, "+") && len(value) > 1 {
		p.Value, p.plural = value[:len(value)-1], true
	}
	if n, err := strconv.Atoi(p.Value); err == nil {
		p.n = n
	}
	for _, tk := range toks {
		p.words = append(p.words, tk.Low)
	}
	p.abbrev = len(p.words) > 1 && p.words[len(p.words)-1] == "."
	t[p.words[0]] = append(t[p.words[0]], p)
	return nil
}

// Lexicon is one language's words for dates.
type Lexicon struct {
	months, weekdays, Numbers, ordinals, units, seasons, parts, decades PhraseList
	holidays, modifiers, approx, fuzzy, Tenses                          PhraseList

	HolidayDays   map[string]holidayDate // by the rule written in holidays.txt
	Sets          map[string][]string    // named word sets of date-words.txt, for rule patterns
	monthWords    map[string]int         // every one-word month form, full or abbreviated
	slashOrder    string                 // "MDY" or "DMY" for dates such as 8/31/2022
	ordinalSuffix map[string]bool        // what follows digits in an ordinal: "st", "er"
	decadeSuffix  map[string]bool        // what follows a decade's digits: "s" of "1990s", "er" of "90er"
	weekdayParts  map[string]weekdayPart // weekday and part of day as one word ("compound weekday-part")
	tenseEndings  []tenseEnding          // endings of tense.txt ("future -ront"), longest first
	numberAnd     map[string]bool        // the word between a ten and a unit: "e" of "vinte e quatro"
	ordinalDot    bool                   // an ordinal is written as digits and a full stop: "20." ("ordinal digits-dot")
	FormLead      map[string]bool        // words that may stand around a date typed in a form (FormWord)
}

// tenseEnding is a verb ending that tells a tense.
type tenseEnding struct{ ending, tense string }

// weekdayPart is what a word such as "Dienstagabend" names.
type weekdayPart struct {
	weekday int
	part    string
}

// lexiconFiles are the word lists a language folder may hold, and where
// each goes; a missing file is an empty list.
var lexiconFiles = map[string]func(*Lexicon) PhraseList{
	"months.txt": func(l *Lexicon) PhraseList { return l.months }, "weekdays.txt": func(l *Lexicon) PhraseList { return l.weekdays },
	"numerals.txt": func(l *Lexicon) PhraseList { return l.Numbers }, "ordinals.txt": func(l *Lexicon) PhraseList { return l.ordinals },
	"units.txt": func(l *Lexicon) PhraseList { return l.units }, "seasons.txt": func(l *Lexicon) PhraseList { return l.seasons },
	"dayparts.txt": func(l *Lexicon) PhraseList { return l.parts }, "decades.txt": func(l *Lexicon) PhraseList { return l.decades },
	"holidays.txt": func(l *Lexicon) PhraseList { return l.holidays }, "modifiers.txt": func(l *Lexicon) PhraseList { return l.modifiers },
	"approx.txt": func(l *Lexicon) PhraseList { return l.approx }, "vague-counts.txt": func(l *Lexicon) PhraseList { return l.fuzzy },
	"tense.txt": func(l *Lexicon) PhraseList { return l.Tenses },
}

func NewLexicon() *Lexicon {
	return &Lexicon{months: PhraseList{}, weekdays: PhraseList{}, Numbers: PhraseList{}, ordinals: PhraseList{},
		units: PhraseList{}, seasons: PhraseList{}, parts: PhraseList{}, decades: PhraseList{},
		holidays: PhraseList{}, modifiers: PhraseList{}, approx: PhraseList{}, fuzzy: PhraseList{}, Tenses: PhraseList{},
		HolidayDays: map[string]holidayDate{}, Sets: map[string][]string{}, monthWords: map[string]int{}, slashOrder: "MDY"}
}

// Entries reads a resource file as lines of "value words...": blank lines
// and lines starting with # are left out. A missing file has no entries.
func Entries(path string) ([][2]string, error) {
	f, err := ResourceFiles.Open(path)
	if err != nil {
		if errors.Is(err, fs.ErrNotExist) {
			return nil, nil
		}
		return nil, err
	}
	defer f.Close()
	var out [][2]string
	sc := bufio.NewScanner(f)
	for n := 1; sc.Scan(); n++ {
		line := strings.TrimSpace(sc.Text())
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		if !utf8.ValidString(line) {
			return nil, fmt.Errorf("%s:%d: not UTF-8", path, n)
		}
		i := strings.IndexFunc(line, unicode.IsSpace)
		if i < 0 {
			return nil, fmt.Errorf("%s:%d: want a value and words, got %q", path, n, line)
		}
		out = append(out, [2]string{line[:i], strings.TrimSpace(line[i:])})
	}
	return out, sc.Err()
}

// LoadLexicon reads the word lists of resources/<code>/.
func LoadLexicon(code string) (*Lexicon, error) {
	lx := NewLexicon()
	names := make([]string, 0, len(lexiconFiles))
	for name := range lexiconFiles {
		names = append(names, name)
	}
	sort.Strings(names)
	for _, name := range names {
		path := "resources/" + code + "/" + name
		es, err := Entries(path)
		if err != nil {
			return nil, fmt.Errorf("extract: %w", err)
		}
		table := lexiconFiles[name](lx)
		for _, e := range es {
			if name == "tense.txt" && strings.HasPrefix(e[1], "-") {
				lx.tenseEndings = append(lx.tenseEndings, tenseEnding{ending: strings.ToLower(e[1][1:]), tense: e[0]})
				continue
			}
			if err := table.Add(e[0], e[1]); err != nil {
				return nil, fmt.Errorf("extract: %s: %w", path, err)
			}
			if name == "holidays.txt" {
				day, err := ParseHolidayDate(e[0])
				if err != nil {
					return nil, fmt.Errorf("extract: %s: %q: %w", path, e[1], err)
				}
				lx.HolidayDays[e[0]] = day
			}
		}
	}
	sort.SliceStable(lx.tenseEndings, func(a, b int) bool { return len(lx.tenseEndings[a].ending) > len(lx.tenseEndings[b].ending) })
	for first, ps := range lx.months {
		for _, p := range ps {
			if len(p.words) == 1 || p.abbrev && len(p.words) == 2 {
				lx.monthWords[first] = p.n
			}
		}
	}
	es, err := Entries("resources/" + code + "/date-words.txt")
	if err != nil {
		return nil, fmt.Errorf("extract: %w", err)
	}
	for _, e := range es {
		switch {
		case e[0] == "slash-order" && (e[1] == "MDY" || e[1] == "DMY"):
			lx.slashOrder = e[1]
		case e[0] == "ordinal" && e[1] == "digits-dot":
			lx.ordinalDot = true
		case e[0] == "compound" && e[1] == "weekday-part":
			lx.weekdayParts = weekdayParts(lx)
		case strings.HasPrefix(e[0], "@") && len(e[0]) > 1:
			lx.Sets[e[0]] = append(lx.Sets[e[0]], strings.Fields(strings.ToLower(e[1]))...)
		default:
			return nil, fmt.Errorf("extract: resources/%s/date-words.txt: unknown line %q", code, e[0]+" "+e[1])
		}
	}
	lx.numberAnd, lx.FormLead = tokens.WordSet(strings.Join(lx.Sets["@number-and"], " ")), tokens.WordSet(strings.Join(lx.Sets["@form-lead"], " "))
	lx.ordinalSuffix, lx.decadeSuffix = tokens.WordSet(strings.Join(lx.Sets["@ordinal-suffix"], " ")), tokens.WordSet(strings.Join(lx.Sets["@decade-suffix"], " "))
	return lx, nil
}

// weekdayParts joins every one-word weekday with every one-word part of the
// day: "dienstag" and "abend" make "dienstagabend".
func weekdayParts(lx *Lexicon) map[string]weekdayPart {
	out := map[string]weekdayPart{}
	for wd, days := range lx.weekdays {
		for _, d := range days {
			if len(d.words) != 1 {
				continue
			}
			for pw, parts := range lx.parts {
				for _, p := range parts {
					if len(p.words) == 1 {
						out[wd+pw] = weekdayPart{weekday: d.n, part: p.Value}
					}
				}
			}
		}
	}
	return out
}

// AbbreviatedMonths reads the month words of the language code that are
// written with a full stop.
func AbbreviatedMonths(code string) (map[string]bool, error) {
	lx, err := LoadLexicon(code)
	if err != nil {
		return nil, err
	}
	out := map[string]bool{}
	for first, ps := range lx.months {
		for _, p := range ps {
			if p.abbrev && len(p.words) == 2 {
				out[first] = true
			}
		}
	}
	return out, nil
}

// MonthWords reads the month words of the language code.
func MonthWords(code string) (map[string]int, error) {
	lx, err := LoadLexicon(code)
	if err != nil {
		return nil, err
	}
	return lx.monthWords, nil
}

// IsAge tells an age in the languages that give it as a count of years
// after a name ("Jean Dupont, 53 ans, a déclaré"), in brackets ("(53 ans)")
// or after the words of @age-before ("âgé de 53 ans").
func (lx *Lexicon) IsAge(toks []tokens.Token, i, j int) bool {
	before := lx.Sets["@age-before"]
	if len(before) == 0 {
		return false
	}
	prev, next := tokens.Word(toks, i-1), tokens.Word(toks, j)
	if prev == "(" && next == ")" || prev == "," && next == "," {
		return true
	}
	if prev == "de" || prev == "com" {
		prev = tokens.Word(toks, i-2)
	}
	for _, w := range before {
		if prev == w {
			return true
		}
	}
	return false
}

// IsQuarter reports whether w is one of the language's words for a quarter.
func (lx *Lexicon) IsQuarter(w string) bool {
	for _, p := range lx.units[w] {
		if p.Value == "Q" && len(p.words) == 1 {
			return true
		}
	}
	return false
}

// TenseOfEnding reads a verb's tense from its ending as tense.txt lists
// them ("future -ront"); "" when none fits.
func (lx *Lexicon) TenseOfEnding(t tokens.Token) string {
	if t.Kind != tokens.TokWord || t.Upper {
		return ""
	}
	for _, e := range lx.tenseEndings {
		if len(t.Low) > len(e.ending)+2 && strings.HasSuffix(t.Low, e.ending) {
			return e.tense
		}
	}
	return ""
}

// Triggers gathers the words the token classes read.
func (lx *Lexicon) Triggers() map[string]bool {
	words := map[string]bool{}
	for _, t := range []PhraseList{lx.months, lx.weekdays, lx.Numbers, lx.ordinals, lx.units, lx.seasons,
		lx.parts, lx.decades, lx.holidays, lx.modifiers, lx.approx, lx.fuzzy} {
		for w := range t {
			words[w] = true
		}
	}
	for w := range lx.weekdayParts {
		words[w] = true
	}
	for _, w := range strings.Fields("a an couple half") { // read by the number grammar of numbers.go
		words[w] = true
	}
	return words
}
