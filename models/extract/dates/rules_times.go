package dates

import (
	"fmt"

	"github.com/factline/factline/models/extract/lexicon"
	"github.com/factline/factline/models/extract/tokens"
)

// timeRules read times of day: "2 p.m.", "14:30", "9 a.m. EST Tuesday",
// "Friday morning", "this afternoon", "noon".
var timeRules = []rule{
	{name: "clock", pattern: "{clock} {timezone}?", typ: "TIME", norm: clockValue},
	{name: "clock-day", pattern: "{clock} {timezone}? {weekday}|today|yesterday|tomorrow", typ: "TIME", norm: clockValue},
	{name: "clock-on-day", pattern: "{clock} {timezone}? on {weekday}", typ: "TIME", norm: clockValue},
	{name: "clock-date", pattern: "{clock} {timezone}? ,? on? {month} {day} ,? {year}?", typ: "TIME", norm: clockDateValue},
	{name: "day-part", pattern: "{early}? {weekday}|today|yesterday|tomorrow {part}", typ: "DATE", norm: dayOfPart},
	{name: "this-part", pattern: "{early}? earlier|later? this {part}", typ: "TIME", norm: dayPartValue},
	{name: "next-part", pattern: "the next|following {part}", typ: "TIME", norm: nextPartValue},
	{name: "part-day", pattern: "{early}? {part} today|yesterday|tomorrow?", typ: "TIME", norm: partDayValue},
	{name: "noon", pattern: "noon|midday|midnight {weekday}|today|yesterday|tomorrow?", typ: "TIME", norm: noonValue},
}

// dayOf resolves the day named in a time expression, the publication date
// when none is named.
func dayOf(c *cx) string {
	if c.m.Weekday > 0 {
		c2 := *c
		weekdayValue(&c2)
		c.relative = true
		return c2.value
	}
	t := c.anchor()
	switch {
	case c.has("yesterday"):
		t = t.AddDate(0, 0, -1)
	case c.has("tomorrow"):
		t = t.AddDate(0, 0, 1)
	}
	return fmtDay(t)
}

// clockValue gives a time the day it names or, failing that, the day named
// in its sentence ("at 10:35 a.m. Friday", "Friday ... at 10:35 a.m.").
func clockValue(c *cx) bool {
	day := ""
	if c.m.Weekday == 0 && !c.has("today", "yesterday", "tomorrow") {
		day = sentenceDay(c)
	}
	if day == "" {
		day = dayOf(c)
	}
	c.value = fmt.Sprintf("%sT%02d:%02d", day, c.m.Hour, c.m.Minute)
	return true
}

// clockDateValue gives a time the date written after it: "5 p.m. EST Nov. 9".
func clockDateValue(c *cx) bool {
	d := *c
	ok := false
	if c.m.Year > 0 {
		ok = dayValue(&d)
	} else {
		ok = monthDayValue(&d)
	}
	if !ok {
		return false
	}
	c.relative = d.relative
	c.value = fmt.Sprintf("%sT%02d:%02d", d.value, c.m.Hour, c.m.Minute)
	return true
}

// sentenceDay resolves the first weekday or "yesterday"/"tomorrow" in the
// sentence of c; "" when there is none.
func sentenceDay(c *cx) string {
	lo, hi := sentenceBounds(c.toks, c.i, c.j)
	for k := lo; k < hi; k++ {
		var m lexicon.Match
		c2 := cx{lx: c.lx, m: m, toks: c.toks, i: k, j: k + 1, ref: c.ref}
		if lexicon.ReadWeekday(c.lx, c.toks, k, &c2.m) > 0 {
			return dayOf(&c2)
		}
		if w := c.toks[k].Low; w == "yesterday" || w == "tomorrow" {
			return dayOf(&c2)
		}
	}
	return ""
}

// dayOfPart gives "Friday night" the day, as annotated news does.
func dayOfPart(c *cx) bool {
	c.value, c.mod = dayOf(c), c.m.Mod
	return true
}

// partDayValue reads a part of a day before its day ("mid-afternoon
// yesterday") or after a modifier ("by mid afternoon"); a part alone is
// left to the rules that read it with its day.
func partDayValue(c *cx) bool {
	if c.j-c.i == 1 || c.m.Mod == "" && !c.has("today", "yesterday", "tomorrow") {
		return false
	}
	return dayPartValue(c)
}

// nextPartValue reads "the next morning": a part of the day after the date
// before it (anaphora.go), or after the publication date.
func nextPartValue(c *cx) bool {
	c.anaphoric("D")
	c.value = fmtDay(c.anchor().AddDate(0, 0, 1)) + "T" + c.m.Part
	return true
}

func dayPartValue(c *cx) bool {
	c.value, c.mod = dayOf(c)+"T"+c.m.Part, c.m.Mod
	return true
}

func noonValue(c *cx) bool {
	c.value = dayOf(c) + "T12:00"
	if c.has("midnight") {
		c.value = dayOf(c) + "T24:00"
	}
	return c.j-c.i > 1 || tokens.Word(c.toks, c.i-1) == "at" // "High Noon" is a film
}
