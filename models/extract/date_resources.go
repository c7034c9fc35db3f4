package extract

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
)

// resourceFiles holds each language's knowledge of dates as data, one folder
// a language (resources/<code>/), so that adding a language is adding files.
//
//go:embed resources
var resourceFiles embed.FS

// lexEntry is one entry of a word list, split into tokens as texts are.
type lexEntry struct {
	words  []string // lower-cased tokens
	value  string   // what the entry means: "9" for September, "W" for a week
	n      int      // value as a number, when it is one
	upper  bool     // written capitalised: the text must capitalise it too
	abbrev bool     // ends in a full stop: the stop or a number must follow
	plural bool     // value marked with a trailing "+": a plural form
}

// phraseList is a word list indexed by the first word of its entries.
type phraseList map[string][]lexEntry

// read returns the longest entry at toks[i] and how many tokens it used.
func (t phraseList) read(toks []token, i int) (lexEntry, int) {
	var best lexEntry
	bestN := 0
	for _, p := range t[toks[i].low] {
		if p.upper && !toks[i].upper {
			continue
		}
		n := len(p.words)
		if p.abbrev {
			n-- // the full stop
		}
		ok := i+n <= len(toks)
		for k := 1; ok && k < n; k++ {
			ok = toks[i+k].low == p.words[k]
		}
		if !ok {
			continue
		}
		if p.abbrev {
			switch {
			case word(toks, i+n) == ".":
				n++
			case i+n < len(toks) && toks[i+n].digits:
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

// add enters a lexEntry; value "+"-suffixed marks a plural. A word written
// with an apostrophe ("l'été") is also entered with the typographic one.
func (t phraseList) add(value, text string) error {
	if strings.Contains(text, "'") {
		if err := t.addOne(value, strings.ReplaceAll(text, "'", "’")); err != nil {
			return err
		}
	}
	return t.addOne(value, text)
}

func (t phraseList) addOne(value, text string) error {
	toks := tokenize(text)
	if len(toks) == 0 {
		return fmt.Errorf("no words after %q", value)
	}
	p := lexEntry{value: value, upper: toks[0].upper && toks[0].low != toks[0].text}
	if strings.HasSuffix(value, "+") && len(value) > 1 {
		p.value, p.plural = value[:len(value)-1], true
	}
	if n, err := strconv.Atoi(p.value); err == nil {
		p.n = n
	}
	for _, tk := range toks {
		p.words = append(p.words, tk.low)
	}
	p.abbrev = len(p.words) > 1 && p.words[len(p.words)-1] == "."
	t[p.words[0]] = append(t[p.words[0]], p)
	return nil
}

// lexicon is one language's words for dates.
type lexicon struct {
	months, weekdays, numbers, ordinals, units, seasons, parts, decades phraseList
	holidays, modifiers, approx, fuzzy, tenses                          phraseList

	holidayDays   map[string]holidayDate // by the rule written in holidays.txt
	sets          map[string][]string    // named word sets of date-words.txt, for rule patterns
	monthWords    map[string]int         // every one-word month form, full or abbreviated
	slashOrder    string                 // "MDY" or "DMY" for dates such as 8/31/2022
	ordinalSuffix map[string]bool        // what follows digits in an ordinal: "st", "er"
	decadeSuffix  map[string]bool        // what follows a decade's digits: "s" of "1990s", "er" of "90er"
	weekdayParts  map[string]weekdayPart // weekday and part of day as one word ("compound weekday-part")
	tenseEndings  []tenseEnding          // endings of tense.txt ("future -ront"), longest first
	numberAnd     map[string]bool        // the word between a ten and a unit: "e" of "vinte e quatro"
	ordinalDot    bool                   // an ordinal is written as digits and a full stop: "20." ("ordinal digits-dot")
	formLead      map[string]bool        // words that may stand around a date typed in a form (FormWord)
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
var lexiconFiles = map[string]func(*lexicon) phraseList{
	"months.txt": func(l *lexicon) phraseList { return l.months }, "weekdays.txt": func(l *lexicon) phraseList { return l.weekdays },
	"numerals.txt": func(l *lexicon) phraseList { return l.numbers }, "ordinals.txt": func(l *lexicon) phraseList { return l.ordinals },
	"units.txt": func(l *lexicon) phraseList { return l.units }, "seasons.txt": func(l *lexicon) phraseList { return l.seasons },
	"dayparts.txt": func(l *lexicon) phraseList { return l.parts }, "decades.txt": func(l *lexicon) phraseList { return l.decades },
	"holidays.txt": func(l *lexicon) phraseList { return l.holidays }, "modifiers.txt": func(l *lexicon) phraseList { return l.modifiers },
	"approx.txt": func(l *lexicon) phraseList { return l.approx }, "vague-counts.txt": func(l *lexicon) phraseList { return l.fuzzy },
	"tense.txt": func(l *lexicon) phraseList { return l.tenses },
}

func newLexicon() *lexicon {
	return &lexicon{months: phraseList{}, weekdays: phraseList{}, numbers: phraseList{}, ordinals: phraseList{},
		units: phraseList{}, seasons: phraseList{}, parts: phraseList{}, decades: phraseList{},
		holidays: phraseList{}, modifiers: phraseList{}, approx: phraseList{}, fuzzy: phraseList{}, tenses: phraseList{},
		holidayDays: map[string]holidayDate{}, sets: map[string][]string{}, monthWords: map[string]int{}, slashOrder: "MDY"}
}

// entries reads a resource file as lines of "value words...": blank lines
// and lines starting with # are left out. A missing file has no entries.
func entries(path string) ([][2]string, error) {
	f, err := resourceFiles.Open(path)
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

// loadLexicon reads the word lists of resources/<code>/.
func loadLexicon(code string) (*lexicon, error) {
	lx := newLexicon()
	names := make([]string, 0, len(lexiconFiles))
	for name := range lexiconFiles {
		names = append(names, name)
	}
	sort.Strings(names)
	for _, name := range names {
		path := "resources/" + code + "/" + name
		es, err := entries(path)
		if err != nil {
			return nil, fmt.Errorf("extract: %w", err)
		}
		table := lexiconFiles[name](lx)
		for _, e := range es {
			if name == "tense.txt" && strings.HasPrefix(e[1], "-") {
				lx.tenseEndings = append(lx.tenseEndings, tenseEnding{ending: strings.ToLower(e[1][1:]), tense: e[0]})
				continue
			}
			if err := table.add(e[0], e[1]); err != nil {
				return nil, fmt.Errorf("extract: %s: %w", path, err)
			}
			if name == "holidays.txt" {
				day, err := parseHolidayDate(e[0])
				if err != nil {
					return nil, fmt.Errorf("extract: %s: %q: %w", path, e[1], err)
				}
				lx.holidayDays[e[0]] = day
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
	es, err := entries("resources/" + code + "/date-words.txt")
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
			lx.sets[e[0]] = append(lx.sets[e[0]], strings.Fields(strings.ToLower(e[1]))...)
		default:
			return nil, fmt.Errorf("extract: resources/%s/date-words.txt: unknown line %q", code, e[0]+" "+e[1])
		}
	}
	lx.numberAnd, lx.formLead = wordSet(strings.Join(lx.sets["@number-and"], " ")), wordSet(strings.Join(lx.sets["@form-lead"], " "))
	lx.ordinalSuffix, lx.decadeSuffix = wordSet(strings.Join(lx.sets["@ordinal-suffix"], " ")), wordSet(strings.Join(lx.sets["@decade-suffix"], " "))
	return lx, nil
}

// weekdayParts joins every one-word weekday with every one-word part of the
// day: "dienstag" and "abend" make "dienstagabend".
func weekdayParts(lx *lexicon) map[string]weekdayPart {
	out := map[string]weekdayPart{}
	for wd, days := range lx.weekdays {
		for _, d := range days {
			if len(d.words) != 1 {
				continue
			}
			for pw, parts := range lx.parts {
				for _, p := range parts {
					if len(p.words) == 1 {
						out[wd+pw] = weekdayPart{weekday: d.n, part: p.value}
					}
				}
			}
		}
	}
	return out
}
