package extract

import "fmt"

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
	if c.m.weekday > 0 {
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
	if c.m.weekday == 0 && !c.has("today", "yesterday", "tomorrow") {
		day = sentenceDay(c)
	}
	if day == "" {
		day = dayOf(c)
	}
	c.value = fmt.Sprintf("%sT%02d:%02d", day, c.m.hour, c.m.minute)
	return true
}

// clockDateValue gives a time the date written after it: "5 p.m. EST Nov. 9".
func clockDateValue(c *cx) bool {
	d := *c
	ok := false
	if c.m.year > 0 {
		ok = dayValue(&d)
	} else {
		ok = monthDayValue(&d)
	}
	if !ok {
		return false
	}
	c.relative = d.relative
	c.value = fmt.Sprintf("%sT%02d:%02d", d.value, c.m.hour, c.m.minute)
	return true
}

// sentenceDay resolves the first weekday or "yesterday"/"tomorrow" in the
// sentence of c; "" when there is none.
func sentenceDay(c *cx) string {
	lo, hi := sentenceBounds(c.toks, c.i, c.j)
	for k := lo; k < hi; k++ {
		var m match
		c2 := cx{lx: c.lx, m: m, toks: c.toks, i: k, j: k + 1, ref: c.ref}
		if readWeekday(c.lx, c.toks, k, &c2.m) > 0 {
			return dayOf(&c2)
		}
		if w := c.toks[k].low; w == "yesterday" || w == "tomorrow" {
			return dayOf(&c2)
		}
	}
	return ""
}

// dayOfPart gives "Friday night" the day, as annotated news does.
func dayOfPart(c *cx) bool {
	c.value, c.mod = dayOf(c), c.m.mod
	return true
}

// partDayValue reads a part of a day before its day ("mid-afternoon
// yesterday") or after a modifier ("by mid afternoon"); a part alone is
// left to the rules that read it with its day.
func partDayValue(c *cx) bool {
	if c.j-c.i == 1 || c.m.mod == "" && !c.has("today", "yesterday", "tomorrow") {
		return false
	}
	return dayPartValue(c)
}

// nextPartValue reads "the next morning": a part of the day after the date
// before it (anaphora.go), or after the publication date.
func nextPartValue(c *cx) bool {
	c.anaphoric("D")
	c.value = fmtDay(c.anchor().AddDate(0, 0, 1)) + "T" + c.m.part
	return true
}

func dayPartValue(c *cx) bool {
	c.value, c.mod = dayOf(c)+"T"+c.m.part, c.m.mod
	return true
}

func noonValue(c *cx) bool {
	c.value = dayOf(c) + "T12:00"
	if c.has("midnight") {
		c.value = dayOf(c) + "T24:00"
	}
	return c.j-c.i > 1 || word(c.toks, c.i-1) == "at" // "High Noon" is a film
}

// readClock reads "2 p.m.", "2:30pm", "14:30", "10am", "7 o'clock"; a bare
// number is not a time.
func readClock(_ *lexicon, toks []token, i int, m *match) int {
	w := toks[i].low
	h, used, minute, hasMinute := -1, 1, 0, false
	switch {
	case toks[i].digits && len(w) <= 2:
		h = atoi(w)
		if word(toks, i+1) == ":" && i+2 < len(toks) && toks[i+2].digits && len(toks[i+2].low) == 2 {
			minute, hasMinute, used = atoi(toks[i+2].low), true, 3
		}
	case len(w) >= 3 && len(w) <= 4 && (w[len(w)-2:] == "am" || w[len(w)-2:] == "pm") && allDigits(w[:len(w)-2]):
		h = atoi(w[:len(w)-2])
		return setClock(m, h, 0, w[len(w)-2:])
	default:
		return 0
	}
	if h > 24 || minute > 59 {
		return 0
	}
	if ampm, n := readAmPm(toks, i+used); n > 0 {
		if h == 0 || h > 12 || setClock(m, h, minute, ampm) == 0 {
			return 0
		}
		return used + n
	}
	if word(toks, i+used) == "o'clock" && h <= 12 {
		m.hour, m.minute, m.clock = h, 0, true
		return used + 1
	}
	if !hasMinute || h > 23 {
		return 0
	}
	m.hour, m.minute, m.clock = h, minute, true
	return used
}

func setClock(m *match, h, minute int, ampm string) int {
	if h == 0 || h > 12 {
		return 0
	}
	if ampm == "pm" && h < 12 {
		h += 12
	} else if ampm == "am" && h == 12 {
		h = 0
	}
	m.hour, m.minute, m.clock = h, minute, true
	return 1
}

// readAmPm reads "a.m.", "p.m", "am", "PM", "in the morning", "in the
// afternoon", "in the evening" and "at night".
func readAmPm(toks []token, i int) (string, int) {
	switch w := word(toks, i); w {
	case "am", "pm":
		return w, 1
	case "in":
		if word(toks, i+1) == "the" {
			switch word(toks, i+2) {
			case "morning":
				return "am", 3
			case "afternoon", "evening":
				return "pm", 3
			}
		}
	case "at":
		if word(toks, i+1) == "night" {
			return "pm", 2
		}
	case "a", "p":
		if word(toks, i+1) == "." && word(toks, i+2) == "m" {
			if word(toks, i+3) == "." {
				return w + "m", 4
			}
			return w + "m", 3
		}
	}
	return "", 0
}

func readTimezone(_ *lexicon, toks []token, i int, m *match) int {
	if timezones[toks[i].low] {
		return 1
	}
	return 0
}
