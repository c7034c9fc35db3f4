package dates

import (
	"time"

	"github.com/factline/factline/models/extract/lexicon"
	"github.com/factline/factline/models/extract/tokens"
)

// absoluteRules read dates that carry their own year: "31 August 2022",
// "Aug. 31, 2022", "2022-08-31", "8/31/22", "March 1998", "1998", "the
// 1990s", "the 20th century", "the third quarter of 1998", "summer 1998".
var absoluteRules = []rule{
	{name: "month-day-year", pattern: "{early}? {month} {day} ,? {year}", typ: "DATE", norm: dayValue},
	{name: "weekday-month-day-year", pattern: "{weekday} ,? {month} {day} ,? {year}", typ: "DATE", norm: dayValue},
	{name: "day-month-year", pattern: "{day} of? {month} ,? {year}", typ: "DATE", norm: dayValue},
	{name: "weekday-day-month-year", pattern: "{weekday} ,? {day} of? {month} ,? {year}", typ: "DATE", norm: dayValue},
	{name: "iso-date", pattern: "{isodate}", typ: "DATE", norm: dayValue},
	{name: "slash-date", pattern: "{slashdate}", typ: "DATE", norm: dayValue},
	{name: "month-year", pattern: "{early}? {month} ,? of? {year}|{numyear}", typ: "DATE", norm: monthValue},
	{name: "year", pattern: "{early}? {calendaryear}", typ: "DATE", norm: yearValue},
	{name: "fiscal-year", pattern: "fiscal year? {year}", typ: "DATE", norm: yearValue},
	{name: "spelled-year", pattern: "{numyear}", typ: "DATE", norm: yearValue},
	{name: "the-year-number", pattern: "the year {num}", typ: "DATE", norm: yearNumberValue},
	{name: "decade", pattern: "the? {early}? {decade}", typ: "DATE", norm: decadeValue},
	{name: "century", pattern: "the? {early}? {ord} century", typ: "DATE", norm: centuryValue},
	{name: "quarter-of-year", pattern: "the? {ord} fiscal? quarter of {year}", typ: "DATE", norm: quarterValue},
	{name: "year-quarter", pattern: "the? {year} {ord} fiscal? -? quarter", typ: "DATE", norm: quarterValue},
	{name: "half-of-year", pattern: "the? {ord}|last half of {year}", typ: "DATE", norm: halfValue},
	{name: "season-year", pattern: "the? {early}? {season} of? {year}|{numyear}", typ: "DATE", norm: seasonValue},
}

// dayValue renders a full date; an impossible day ("February 30") rejects
// the match, so that the month alone is read instead.
func dayValue(c *cx) bool {
	t, ok := lexicon.Date(c.m.Year, c.m.Month, c.m.Day)
	if !ok {
		return false
	}
	if other, _ := lexicon.Date(c.m.Year, c.m.Day, c.m.Month); c.m.Swappable && !c.ref.IsZero() && distance(other, c.ref) < distance(t, c.ref) {
		t = other // "11/02/89" in a text of November 1989 is 2 November
	}
	c.value, c.mod = fmtDay(t), c.m.Mod
	return true
}

func monthValue(c *cx) bool {
	c.value, c.mod = fmtMonth(c.m.Year, c.m.Month), c.m.Mod
	return true
}

func yearValue(c *cx) bool {
	c.value, c.mod = fmtYear(c.m.Year), c.m.Mod
	return true
}

// yearNumberValue reads "the year two thousand" and "the year 2000": a
// whole count that can be a year names one after "the year".
func yearNumberValue(c *cx) bool {
	n := int(c.m.Num)
	if float64(n) != c.m.Num || n < 1000 || n > 2099 {
		return false
	}
	c.value = fmtYear(n)
	return true
}

// decadeValue renders a decade; after a possessive ("in his 30s") it is
// an age, no date.
func decadeValue(c *cx) bool {
	if possessives[tokens.Word(c.toks, c.i-1)] {
		return false
	}
	c.value, c.mod = c.m.Decade, c.m.Mod
	return true
}

var possessives = tokens.WordSet("my your his her its our their")

// centuryValue renders "the 20th century" as 19.
func centuryValue(c *cx) bool {
	if c.m.Ord < 1 || c.m.Ord > 21 {
		return false
	}
	c.value, c.mod = lexicon.Itoa(c.m.Ord-1), c.m.Mod
	if c.m.Ord < 11 {
		c.value = "0" + c.value
	}
	return true
}

func quarterValue(c *cx) bool {
	if c.m.Ord < 1 || c.m.Ord > 4 {
		return false
	}
	c.value = fmtQuarter(c.m.Year, c.m.Ord)
	return true
}

// halfValue renders "the first half of 1990" as 1990-H1.
func halfValue(c *cx) bool {
	switch {
	case c.has("last") || c.m.Ord == 2:
		c.value = fmtYear(c.m.Year) + "-H2"
	case c.m.Ord == 1:
		c.value = fmtYear(c.m.Year) + "-H1"
	default:
		return false
	}
	return true
}

func seasonValue(c *cx) bool {
	c.value, c.mod = fmtYear(c.m.Year)+"-"+c.m.Season, c.m.Mod
	return true
}

// distance is how far apart two days are, either way.
func distance(a, b time.Time) time.Duration {
	if a.After(b) {
		return a.Sub(b)
	}
	return b.Sub(a)
}
