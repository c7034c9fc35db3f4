// Package dates proposes the temporal expressions of a text, normalised to
// TIMEX3 values against the publication date, in each language of
// Languages().
//
// Temporal rules are tables of token patterns and normalisers, one file a
// family: absolute dates, relative days, relative periods, durations, sets,
// times of day and vague references ("now", "recently").
package dates

import (
	"strings"
	"time"

	"github.com/factline/factline/models/extract/lexicon"
	"github.com/factline/factline/models/extract/tokens"
)

// Timex is one temporal expression found in a text.
type Timex struct {
	Start    int    `json:"start"`         // offset in Unicode code points into the text
	End      int    `json:"end"`           // exclusive
	Text     string `json:"text"`          // the expression as written
	Type     string `json:"type"`          // DATE, TIME, DURATION or SET
	Value    string `json:"value"`         // TIMEX3 value; "" when it needed a publication date that was missing
	Mod      string `json:"mod,omitempty"` // TIMEX3 mod: START, MID, END, APPROX, MORE_THAN ...
	Resolved bool   `json:"resolved"`      // false when the value needed an anchor (publication date) that was missing
	Rule     string `json:"rule"`          // name of the rule that matched
}

// rule is one line of a rule table: a token pattern, the TIMEX3 type it
// proposes and the normaliser that computes the value.
type rule struct {
	name    string
	pattern string
	typ     string
	norm    normaliser

	elems []lexicon.Element
}

// engine holds one language's compiled rule tables, indexed by the word a
// rule starts with.
type engine struct {
	lx       *lexicon.Lexicon
	rules    []rule
	byWord   map[string][]int // rules starting with a given word
	anyWord  []int            // rules starting with a class
	triggers map[string]bool  // every word a rule may read: others start nothing
}

func newEngine(lx *lexicon.Lexicon, tables ...[]rule) *engine {
	e := &engine{lx: lx, byWord: map[string][]int{}, triggers: lx.Triggers()}
	for _, t := range tables {
		for _, r := range t {
			r.elems = lexicon.CompilePattern(r.pattern)
			idx := len(e.rules)
			e.rules = append(e.rules, r)
			for _, el := range r.elems {
				for _, a := range el.Alts {
					e.triggers[a.Word] = true
				}
			}
			words := lexicon.FirstWords(r.elems)
			if words == nil {
				e.anyWord = append(e.anyWord, idx)
			}
			for _, w := range words {
				e.byWord[w] = append(e.byWord[w], idx)
			}
		}
	}
	return e
}

// Dates finds temporal expressions in an English text; published is the
// document's publication date as "YYYY-MM-DD" ("" if unknown: then relative
// expressions are still proposed, with Value "" and Resolved false).
func Dates(text, published string) []Timex { return DatesIn("en", text, published) }

// DatesIn finds temporal expressions in a text of the language lang (an ISO
// 639-1 code of Languages); a language it does not know is read as English.
func DatesIn(lang, text, published string) []Timex {
	l, ok := languages[lang]
	if !ok {
		l = english
	}
	dateEngine := l.engine
	ref, hasRef := parseRef(published)
	toks := tokens.Tokenize(text)
	var out []Timex
	var dayless []int // out's times of day that named no day: they take the day before them
	var at []int      // the token each of out starts at
	var anaphors []pending
	report := 0 // the first quarter the text named, which its "the quarter" and "a year earlier" read (reportQuarter)
	scratch := make([]lexicon.Match, lexicon.MaxElements)
	for i := 0; i < len(toks); {
		c, r := dateEngine.longest(toks, i, ref, report, scratch)
		if r == nil {
			i++
			continue
		}
		resolved := hasRef || !c.relative
		value := c.value
		if !resolved {
			value = ""
		}
		out = append(out, Timex{
			Start: toks[c.i].Start, End: toks[c.j-1].End,
			Text: text[toks[c.i].B0:toks[c.j-1].B1],
			Type: c.typ, Value: value, Mod: c.mod, Resolved: resolved, Rule: r.name,
		})
		at = append(at, c.i)
		if c.dayless && resolved {
			dayless = append(dayless, len(out)-1)
		}
		if c.anaphor > 0 {
			anaphors = append(anaphors, pending{len(out) - 1, c, r})
		}
		if c.reported && report == 0 && resolved {
			report = quarterIndex(value)
		}
		i = c.j
	}
	for _, k := range dayless {
		if day := dayBefore(toks, out, at, k); day != "" {
			out[k].Value = day + out[k].Value[10:]
		}
	}
	resolveAnaphors(out, anaphors)
	return out
}

// dayBefore finds the day of a time of day that names none ("samedi 12
// juin à 19 h 30"): the last full date before it in its sentence, ""
// when there is none.
func dayBefore(toks []tokens.Token, out []Timex, at []int, k int) string {
	for p := k - 1; p >= 0; p-- {
		for t := at[p]; t < at[k]; t++ {
			if toks[t].Kind == tokens.TokPara || isSentenceEnd(toks, t) {
				return ""
			}
		}
		if v := out[p].Value; len(v) >= 10 && v[4] == '-' && v[7] == '-' && tokens.IsDigit(v[8]) && tokens.IsDigit(v[9]) && tokens.IsDigit(v[0]) {
			return v[:10]
		}
	}
	return ""
}

// longest tries every rule at toks[i] and keeps the longest accepted match;
// among equals the earlier rule in the tables wins.
func (e *engine) longest(toks []tokens.Token, i int, ref time.Time, report int, scratch []lexicon.Match) (cx, *rule) {
	var best cx
	bestIdx, bestEnd := -1, 0
	if toks[i].Kind == tokens.TokPara || !e.canStart(toks[i]) {
		return best, nil
	}
	try := func(idx int) {
		r := &e.rules[idx]
		end, m, ok := lexicon.MatchAt(e.lx, r.elems, toks, i, lexicon.Match{}, scratch)
		if !ok || end <= i || end < bestEnd || end == bestEnd && idx > bestIdx {
			return
		}
		c := cx{lx: e.lx, m: m, toks: toks, i: i, j: end, ref: ref, typ: r.typ, report: report}
		if r.norm(&c) && c.i < c.j {
			best, bestIdx, bestEnd = c, idx, end
		}
	}
	for _, idx := range e.byWord[toks[i].Low] {
		try(idx)
	}
	for _, idx := range e.anyWord {
		try(idx)
	}
	if bestIdx < 0 {
		return best, nil
	}
	return best, &e.rules[bestIdx]
}

// canStart is a quick test that lets most words of running text through
// without trying any rule: a rule can only start at a word it may read, or at
// a number.
func (e *engine) canStart(t tokens.Token) bool {
	if e.triggers[t.Low] || t.Low != "" && (tokens.IsDigit(t.Low[0]) || tokens.IsApostrophe(rune(t.Low[0])) || strings.HasPrefix(t.Low, "’")) {
		return true
	}
	return strings.HasSuffix(t.Low, "s") && e.triggers[t.Low[:len(t.Low)-1]]
}
