package extract

import (
	"fmt"
	"strings"
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
type element struct {
	alts     []alternative
	optional bool
}

type alternative struct {
	word  string
	class classFunc
}

// classFunc reads a token class at toks[i], records its meaning in m and
// returns how many tokens it used (0: no match).
type classFunc func(lx *lexicon, toks []token, i int, m *match) int

// match is what the classes of one pattern read.
type match struct {
	year, month, day int     // calendar parts; 0 when absent
	weekday          int     // 1 Monday .. 7 Sunday
	num              float64 // a count, from digits or words
	fuzzy            bool    // the count is vague ("several")
	hasNum           bool
	unit             string // Y, M, W, D, H, MIN, S, Q, DE, CE, WE
	season           string // SP, SU, FA, WI
	part             string // MO, AF, EV, NI (part of day)
	hour, minute     int
	clock            bool    // hour and minute were read
	ord              int     // an ordinal: 1 for "first"
	decade           string  // "199" for the 1990s
	mod              string  // START, MID or END from "early", "mid-", "late"
	holiday          string  // the date rule of a holiday (holidays.txt)
	plural           bool    // the unit was plural ("weeks")
	swappable        bool    // a date of numbers whose day and month may be read the other way
	num2             float64 // the second count of a sum of durations ("zwei Jahre und drei Monate")
	unit2            string  // and its unit
}

// compilePattern turns a pattern into elements; it panics on an unknown
// class, which the rule-table test catches.
func compilePattern(p string) []element {
	var elems []element
	for _, f := range strings.Fields(p) {
		var e element
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
				e.alts = append(e.alts, alternative{class: c})
				continue
			}
			e.alts = append(e.alts, alternative{word: a})
		}
		elems = append(elems, e)
	}
	if len(elems) > maxElements {
		panic(fmt.Sprintf("extract: pattern %q is longer than %d elements", p, maxElements))
	}
	return elems
}

// maxElements bounds a pattern's length, and so the scratch space matchAt needs.
const maxElements = 16

// matchAt returns the token index just past the longest match of elems at
// toks[i], with what the classes read; ok is false when nothing matches.
// scratch (one match an element) keeps the classes' work off the heap.
func matchAt(lx *lexicon, elems []element, toks []token, i int, m match, scratch []match) (end int, out match, ok bool) {
	if len(elems) == 0 {
		return i, m, true
	}
	e := elems[0]
	best, bestM, found := -1, match{}, false
	if i < len(toks) && toks[i].kind != tokPara {
		for _, a := range e.alts {
			n := 0
			scratch[0] = m
			if a.class != nil {
				n = a.class(lx, toks, i, &scratch[0])
			} else if toks[i].low == a.word {
				n = 1
			}
			if n == 0 {
				continue
			}
			if end, mm, ok := matchAt(lx, elems[1:], toks, i+n, scratch[0], scratch[1:]); ok && end > best {
				best, bestM, found = end, mm, true
			}
		}
	}
	if e.optional {
		if end, mm, ok := matchAt(lx, elems[1:], toks, i, m, scratch[1:]); ok && end > best {
			best, bestM, found = end, mm, true
		}
	}
	return best, bestM, found
}

// firstWords lists the words a pattern can start with, or nil when it can
// start with a class (then it is tried everywhere).
func firstWords(elems []element) []string {
	var words []string
	for _, e := range elems {
		for _, a := range e.alts {
			if a.class != nil {
				return nil
			}
			words = append(words, a.word)
		}
		if !e.optional {
			return words
		}
	}
	return nil
}
