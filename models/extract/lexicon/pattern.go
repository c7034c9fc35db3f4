package lexicon

import (
	"fmt"
	"strings"

	"github.com/factline/factline/models/extract/tokens"
)

// A rule pattern is a space-separated sequence of elements over tokens:
//
//	word        the word, case-insensitive ("last", ",", "-")
//	a|b|c       any of the alternatives
//	{class}     a token class from classes (a month, a number, a unit ...),
//	            which may span several tokens and records what it read
//	x?          the element is optional
//
// For example "{month} {day} ,? {year}" reads "Aug. 31, 2022".
type Element struct {
	Alts     []alternative
	optional bool
}

type alternative struct {
	Word  string
	class classFunc
}

// classFunc reads a token class at toks[i], records its meaning in m and
// returns how many tokens it used (0: no match).
type classFunc func(lx *Lexicon, toks []tokens.Token, i int, m *Match) int

// Match is what the classes of one pattern read.
type Match struct {
	Year, Month, Day int     // calendar parts; 0 when absent
	Weekday          int     // 1 Monday .. 7 Sunday
	Num              float64 // a count, from digits or words
	Fuzzy            bool    // the count is vague ("several")
	HasNum           bool
	Unit             string // Y, M, W, D, H, MIN, S, Q, DE, CE, WE
	Season           string // SP, SU, FA, WI
	Part             string // MO, AF, EV, NI (part of day)
	Hour, Minute     int
	Clock            bool    // hour and minute were read
	Ord              int     // an ordinal: 1 for "first"
	Decade           string  // "199" for the 1990s
	Mod              string  // START, MID or END from "early", "mid-", "late"
	Holiday          string  // the date rule of a holiday (holidays.txt)
	Plural           bool    // the unit was plural ("weeks")
	Swappable        bool    // a date of numbers whose day and month may be read the other way
	Num2             float64 // the second count of a sum of durations ("zwei Jahre und drei Monate")
	Unit2            string  // and its unit
}

// CompilePattern turns a pattern into elements; it panics on an unknown
// class, which the rule-table test catches.
func CompilePattern(p string) []Element {
	var elems []Element
	for _, f := range strings.Fields(p) {
		var e Element
		if len(f) > 1 && strings.HasSuffix(f, "?") {
			e.optional = true
			f = f[:len(f)-1]
		}
		for _, a := range strings.Split(f, "|") {
			if strings.HasPrefix(a, "{") && strings.HasSuffix(a, "}") {
				c, ok := classes[a[1:len(a)-1]]
				if !ok {
					panic(fmt.Sprintf("extract: unknown class %s in pattern %q", a, p))
				}
				e.Alts = append(e.Alts, alternative{class: c})
				continue
			}
			e.Alts = append(e.Alts, alternative{Word: a})
		}
		elems = append(elems, e)
	}
	if len(elems) > MaxElements {
		panic(fmt.Sprintf("extract: pattern %q is longer than %d elements", p, MaxElements))
	}
	return elems
}

// MaxElements bounds a pattern's length, and so the scratch space matchAt needs.
const MaxElements = 16

// MatchAt returns the token index just past the longest match of elems at
// toks[i], with what the classes read; ok is false when nothing matches.
// scratch (one match an element) keeps the classes' work off the heap.
func MatchAt(lx *Lexicon, elems []Element, toks []tokens.Token, i int, m Match, scratch []Match) (end int, out Match, ok bool) {
	if len(elems) == 0 {
		return i, m, true
	}
	e := elems[0]
	best, bestM, found := -1, Match{}, false
	if i < len(toks) && toks[i].Kind != tokens.TokPara {
		for _, a := range e.Alts {
			n := 0
			scratch[0] = m
			if a.class != nil {
				n = a.class(lx, toks, i, &scratch[0])
			} else if toks[i].Low == a.Word {
				n = 1
			}
			if n == 0 {
				continue
			}
			if end, mm, ok := MatchAt(lx, elems[1:], toks, i+n, scratch[0], scratch[1:]); ok && end > best {
				best, bestM, found = end, mm, true
			}
		}
	}
	if e.optional {
		if end, mm, ok := MatchAt(lx, elems[1:], toks, i, m, scratch[1:]); ok && end > best {
			best, bestM, found = end, mm, true
		}
	}
	return best, bestM, found
}

// FirstWords lists the words a pattern can start with, or nil when it can
// start with a class (then it is tried everywhere).
func FirstWords(elems []Element) []string {
	var words []string
	for _, e := range elems {
		for _, a := range e.Alts {
			if a.class != nil {
				return nil
			}
			words = append(words, a.Word)
		}
		if !e.optional {
			return words
		}
	}
	return nil
}
