package dates

import (
	"fmt"
	"time"

	"github.com/factline/factline/models/extract/lexicon"
	"github.com/factline/factline/models/extract/tokens"
)

// cx is what a rule's normaliser sees: what its pattern read, where, the
// publication date it resolves against, and the result it fills in.
type cx struct {
	lx   *lexicon.Lexicon
	m    lexicon.Match
	toks []tokens.Token
	i, j int       // the matched tokens are toks[i:j]
	ref  time.Time // publication date (midnight UTC); use anchor()

	value, typ, mod string
	relative        bool // the value depends on ref
	dayless         bool // a time of day that took the publication day for want of one
	anaphor         int  // the precision of the date before that it is read against (anaphora.go); 0: none

	report   int  // the quarter the text reports on, year*4+quarter-1, when it named one before (reportQuarter); 0: none
	reported bool // a quarter was named: "the third quarter", "fiscal first-quarter"
}

// anchor returns the publication date and marks the value as relative to it.
func (c *cx) anchor() time.Time {
	c.relative = true
	return c.ref
}

// normaliser computes c.value (and may change c.typ, set c.mod); false
// rejects the match, so that a shorter rule may read the text instead.
type normaliser func(c *cx) bool

// has reports whether one of the matched tokens is one of words.
func (c *cx) has(words ...string) bool {
	for k := c.i; k < c.j; k++ {
		for _, w := range words {
			if c.toks[k].Low == w {
				return true
			}
		}
	}
	return false
}

// first is the first matched word, lower-cased.
func (c *cx) first() string { return c.toks[c.i].Low }

func fmtDay(t time.Time) string { return t.Format("2006-01-02") }

func fmtMonth(y, m int) string { return fmt.Sprintf("%04d-%02d", y, m) }

func fmtYear(y int) string { return fmt.Sprintf("%04d", y) }

func fmtWeek(t time.Time) string {
	y, w := t.ISOWeek()
	return fmt.Sprintf("%04d-W%02d", y, w)
}

func fmtQuarter(y, q int) string { return fmt.Sprintf("%04d-Q%d", y, q) }

// addMonths moves a (year, month) by n months.
func addMonths(y, m, n int) (int, int) {
	k := y*12 + (m - 1) + n
	return k / 12, k%12 + 1
}

func quarterOf(m int) int { return (m-1)/3 + 1 }

// parseRef reads a publication date "YYYY-MM-DD" (a time after it is ignored).
func parseRef(published string) (time.Time, bool) {
	if len(published) < 10 {
		return time.Time{}, false
	}
	t, err := time.Parse("2006-01-02", published[:10])
	return t, err == nil
}

// unitValue renders n units as a TIMEX3 duration: P3M, PT5H, P2Y6M, PXY.
// Decades, centuries and fortnights are counted in years and weeks, as the
// annotated news does.
func unitValue(n float64, unit string, fuzzy bool) string {
	switch unit {
	case "FN":
		unit, n = "W", n*2
	case "DE":
		unit, n = "Y", n*10
	case "CE":
		unit, n = "Y", n*100
	case "ML":
		unit, n = "Y", n*1000
	case "WE":
		unit = "D"
		n *= 2
	}
	prefix, letter := "P", unit
	switch unit {
	case "H", "S":
		prefix = "PT"
	case "MIN":
		prefix, letter = "PT", "M"
	}
	if fuzzy {
		return prefix + "X" + letter
	}
	whole := int(n)
	if frac := n - float64(whole); frac > 0 {
		// the rest in the next smaller unit: months of a year, minutes of an
		// hour, seconds of a minute, hours of a day
		var per float64
		var sep, smaller string
		switch unit {
		case "Y":
			per, smaller = 12, "M"
		case "H":
			per, smaller = 60, "M"
		case "MIN":
			per, smaller = 60, "S"
		case "D":
			per, sep, smaller = 24, "T", "H"
		}
		if per > 0 {
			rest := lexicon.Itoa(int(frac*per+0.5)) + smaller
			if whole == 0 {
				if sep != "" {
					return "PT" + rest
				}
				return prefix + rest
			}
			return prefix + lexicon.Itoa(whole) + letter + sep + rest
		}
	}
	return prefix + lexicon.Itoa(whole) + letter
}
