package dates

import (
	"github.com/factline/factline/models/extract/lexicon"
	"github.com/factline/factline/models/extract/tokens"
)

// relativeDayRules read days and months whose year or date comes from the
// publication date: "today", "yesterday", "Thursday", "last Friday",
// "Aug. 31", "three days ago", "in August", "June last year".
var relativeDayRules = []rule{
	{name: "today", pattern: "{early}? earlier|later? today|yesterday|tomorrow|tonight", typ: "DATE", norm: deicticDay},
	{name: "last-night", pattern: "last night", typ: "TIME", norm: lastNight},
	{name: "day-before-yesterday", pattern: "the day before yesterday", typ: "DATE", norm: shiftDay(-2)},
	{name: "day-after-tomorrow", pattern: "the day after tomorrow", typ: "DATE", norm: shiftDay(2)},
	{name: "day-before-weekday", pattern: "the day before|after last|this|next|past|coming|previous? {weekday}", typ: "DATE", norm: dayBeforeWeekday},
	{name: "week-of", pattern: "the week of {month} {day}", typ: "DATE", norm: weekOfValue},
	{name: "weekday", pattern: "{early}? {weekday}", typ: "DATE", norm: weekdayValue},
	{name: "weekday-rel", pattern: "last|this|next|past|coming|previous|following {weekday}", typ: "DATE", norm: weekdayValue},
	{name: "weekday-rel-the", pattern: "the|this past|coming|previous|following {weekday}", typ: "DATE", norm: weekdayValue},
	{name: "month-day", pattern: "{early}? {month} {day}", typ: "DATE", norm: monthDayValue},
	{name: "month-day-rel", pattern: "last|next|this {month} {day}", typ: "DATE", norm: monthDayValue},
	{name: "weekday-month-day", pattern: "{weekday} ,? {month} {day}", typ: "DATE", norm: monthDayValue},
	{name: "day-month", pattern: "{day} of? {month}", typ: "DATE", norm: monthDayValue},
	{name: "month", pattern: "{early}? {month}", typ: "DATE", norm: monthNameValue},
	{name: "month-rel", pattern: "{early}? last|this|next|past {month}", typ: "DATE", norm: monthNameValue},
	{name: "month-rel-year", pattern: "{early}? {month} of? last|this|next year", typ: "DATE", norm: monthOfYearValue},
	{name: "units-ago", pattern: "{approx}? {num}|a|an {unit} or? so? ago", typ: "DATE", norm: agoValue},
}

func deicticDay(c *cx) bool {
	t := c.anchor()
	switch {
	case c.has("yesterday"): // "late yesterday" too
		t = t.AddDate(0, 0, -1)
	case c.has("tomorrow"):
		t = t.AddDate(0, 0, 1)
	}
	c.value, c.mod = fmtDay(t), c.m.Mod
	return true
}

func lastNight(c *cx) bool {
	c.value = fmtDay(c.anchor().AddDate(0, 0, -1)) + "TNI"
	return true
}

func shiftDay(n int) normaliser {
	return func(c *cx) bool {
		c.value = fmtDay(c.anchor().AddDate(0, 0, n))
		return true
	}
}

// weekdayValue resolves a weekday: "last"/"previous" look back, "next"/"coming"
// look ahead, and a bare weekday follows the tense of its sentence.
func weekdayValue(c *cx) bool {
	c.anaphoric("D")
	t := c.anchor()
	diff := c.m.Weekday - lexicon.WeekdayNum(t)
	switch {
	case c.has("last", "previous", "past"):
		if diff >= 0 {
			diff -= 7
		}
	case c.has("next", "coming", "following"):
		if diff <= 0 {
			diff += 7
		}
	case tokens.Word(c.toks, c.j) == "'s":
		if diff > 0 { // "Wednesday's ruling" has happened
			diff -= 7
		}
	case untilWords[tokens.Word(c.toks, c.i-1)] && !sentenceHas(c, "had"):
		if diff < 0 { // "postponed until Tuesday" waits for the next one; "until Tuesday they had not" is gone
			diff += 7
		}
	default:
		diff = tenseSide(c, diff)
	}
	c.value, c.mod = fmtDay(t.AddDate(0, 0, diff)), c.m.Mod
	return true
}

// monthDayValue gives "Aug. 31" the year that the month alone would get.
func monthDayValue(c *cx) bool {
	if _, ok := lexicon.Date(2000, c.m.Month, c.m.Day); !ok { // 2000 is a leap year
		return false
	}
	y := monthYear(c)
	t, ok := lexicon.Date(y, c.m.Month, c.m.Day)
	if !ok {
		return false
	}
	c.value, c.mod = fmtDay(t), c.m.Mod
	return true
}

// monthYear chooses the year of a month named without one: "last"/"next"
// step over the current month; otherwise the tense of the sentence picks
// the side of the publication date and, without a tense, the nearest.
func monthYear(c *cx) int {
	ref := c.anchor()
	y, cur := ref.Year(), int(ref.Month())
	switch {
	case c.has("last", "past"):
		if c.m.Month >= cur {
			y--
		}
	case c.has("next"):
		if c.m.Month <= cur {
			y++
		}
	case c.has("this"):
	default:
		return monthYearByTense(c)
	}
	return y
}

// monthYearByTense chooses the year of a month by the tense of its sentence:
// a verb next to the month picks the side of the publication date; a tense
// from further off only when that puts the month at most eight months away,
// else the nearest is meant ("payable Dec. 7" in a report of late October).
// A month more than six months off is the nearest one only when the sentence
// does not say the other side: "stepped down in March" in a report of
// November is this year's March, "a mission in December" in a report of
// March this year's December.
func monthYearByTense(c *cx) int {
	ref := c.anchor()
	y, cur := ref.Year(), int(ref.Month())
	tense, dist := c.tenseNear()
	d, close := c.m.Month-cur, dist <= 4 && !deadlineWords[tokens.Word(c.toks, c.i-1)]
	said := dist < 1<<30 && !deadlineWords[tokens.Word(c.toks, c.i-1)]
	switch {
	case tense == past && d > 0 && (close || d >= 4):
		y--
	case tense == future && d < 0 && (close || d <= -4):
		y++
	case d > 6 && !(said && tense == future):
		y--
	case d < -6 && (deadlineWords[tokens.Word(c.toks, c.i-1)] || said && tense != past):
		y++
	}
	return y
}

// deadlineWords before a date make it a deadline, which the tense of the
// sentence does not place: "was extended to Nov. 16", "effective Feb. 1".
var deadlineWords = tokens.WordSet("until till through by to effective")

// untilWords before a weekday put it ahead of the publication date.
var untilWords = tokens.WordSet("until till")

// sentenceHas reports whether the sentence of c holds the word w.
func sentenceHas(c *cx, w string) bool {
	lo, hi := sentenceBounds(c.toks, c.i, c.j)
	for k := lo; k < hi; k++ {
		if c.toks[k].Low == w {
			return true
		}
	}
	return false
}

// monthNameValue resolves a month without a year.
func monthNameValue(c *cx) bool {
	if c.j-c.i == 1 && c.first() == "march" && marchBefore[tokens.Word(c.toks, c.i-1)] && marchAfter[tokens.Word(c.toks, c.j)] {
		return false // "the March of the Mothers", "the annual March for Life" walk
	}
	c.value, c.mod = fmtMonth(monthYear(c), c.m.Month), c.m.Mod
	return true
}

// marchBefore and marchAfter are the words around a march that walks; a
// quotation mark before it opens the march's name: "“March of the Mothers”".
var marchBefore, marchAfter = tokens.WordSet("the a an annual ` “ \""), tokens.WordSet("of for on against to through")

// monthOfYearValue resolves "June last year", "January this year".
func monthOfYearValue(c *cx) bool {
	y := c.anchor().Year()
	if c.has("last") {
		y--
	} else if c.has("next") {
		y++
	}
	c.value, c.mod = fmtMonth(y, c.m.Month), c.m.Mod
	return true
}

// agoValue resolves "three days ago" to a day, "six weeks ago" to a week,
// "two months ago" to a month and "five years ago" to a year.
func agoValue(c *cx) bool {
	n := 1
	if c.m.HasNum {
		n = int(c.m.Num)
	}
	if c.m.Unit == "Y" && n == 1 && c.m.Mod == "" && !c.has("so") {
		return yearAgoValue(c) // "a year ago" may name a quarter
	}
	t := c.anchor()
	switch c.m.Unit {
	case "D":
		c.value = fmtDay(t.AddDate(0, 0, -n))
	case "W":
		c.value = fmtWeek(t.AddDate(0, 0, -7*n))
	case "M":
		y, m := addMonths(t.Year(), int(t.Month()), -n)
		c.value = fmtMonth(y, m)
	case "Y":
		c.value = fmtYear(t.Year() - n)
	case "DE":
		c.value = fmtYear(t.Year() - 10*n)
	default:
		return false
	}
	c.mod = c.m.Mod
	if c.has("so") {
		c.mod = "APPROX"
	}
	return true
}

// dayBeforeWeekday resolves "the day before last Tuesday('s hearing)": the
// weekday as it is read alone, moved a day.
func dayBeforeWeekday(c *cx) bool {
	weekdayValue(c)
	t, _ := dateOf(c.value)
	n := 1
	if c.has("before") {
		n = -1
	}
	c.value = fmtDay(t.AddDate(0, 0, n))
	return true
}

// weekOfValue resolves "the week of March 6" to the week holding that day.
func weekOfValue(c *cx) bool {
	if !monthDayValue(c) {
		return false
	}
	t, _ := dateOf(c.value)
	c.value = fmtWeek(t)
	return true
}
