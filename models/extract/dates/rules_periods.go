package dates

import (
	"strconv"

	"github.com/factline/factline/models/extract/lexicon"
	"github.com/factline/factline/models/extract/tokens"
)

// relativePeriodRules read weeks, months, quarters, seasons and years named
// relative to the publication date: "last week", "this month", "early next
// year", "the third quarter", "the latest quarter", "a year earlier".
var relativePeriodRules = []rule{
	{name: "period-rel", pattern: "{early}? earlier|later? the|that? this|last|next|current|past|previous|coming|following|that|same {unit}", typ: "DATE", norm: periodValue},
	{name: "period-end", pattern: "{early} the|this {unit}", typ: "DATE", norm: periodValue},
	{name: "period-in-the", pattern: "earlier|later in the {unit}", typ: "DATE", norm: periodValue},
	{name: "the-year", pattern: "the full|current|fiscal? fiscal? year", typ: "DATE", norm: theYearValue},
	{name: "year-quarter-possessive", pattern: "this|last|next year 's {ord} fiscal? -? quarter", typ: "DATE", norm: quarterRelValue},
	{name: "weekend", pattern: "the weekend", typ: "DATE", norm: weekendValue},
	{name: "season-rel", pattern: "{early}? the? this|last|next|past|coming {season}", typ: "DATE", norm: seasonRelValue},
	{name: "season-this-past", pattern: "this past|coming {season}", typ: "DATE", norm: seasonRelValue},
	{name: "season-the", pattern: "{early}? the {early}? {season}", typ: "DATE", norm: seasonRelValue},
	{name: "year-period", pattern: "the {year} fiscal? quarter|period", typ: "DATE", norm: yearPeriodValue},
	{name: "quarter", pattern: "the|this|its|last|next|a? fiscal? {ord} -? fiscal? quarter", typ: "DATE", norm: quarterRelValue},
	{name: "quarter-latest", pattern: "the|this latest|current|last? quarter|period", typ: "DATE", norm: latestQuarterValue},
	{name: "year-ago", pattern: "a year -? ago|earlier", typ: "DATE", norm: yearAgoValue},
	{name: "year-ago-adj", pattern: "the? comparable? year -? earlier|ago {ord}? quarter|period?", typ: "DATE", norm: yearAgoValue},
	{name: "last-year-quarter", pattern: "last year 's quarter|period", typ: "DATE", norm: yearAgoValue},
	{name: "quarter-year-ago", pattern: "the quarter|period a year ago|earlier", typ: "DATE", norm: yearAgoValue},
}

// periodValue renders the unit of "this/last/next <unit>" at its own
// granularity (periodShift, which the rules of date-rules.txt share):
// 2022-W35, 2022-08, 2021, 2022-Q2, 2022-W36-WE.
func periodValue(c *cx) bool {
	if c.m.Plural {
		return false
	}
	n := 0
	switch {
	case c.has("last", "past", "previous"):
		n = -1
	case c.has("next", "coming", "following"):
		n = 1
	}
	if !c.anaphoric(c.m.Unit) && (c.m.Unit == "D" || c.has("that", "same")) {
		return false // "the last day" is none; "that"/"same" need "the" or "that" before the unit
	}

	if c.j-c.i == 2 && c.toks[c.i].Upper && c.toks[c.i+1].Upper {
		return false // a title in English title case: ABC's "This Week"
	}
	switch c.m.Unit {
	case "CE":
		return false // "this century" is left to the century rules
	case "DE":
		if c.has("past") && c.has("the") {
			return false // "over the past decade" is ten years (duration-decade), as "the past three years" is three
		}
	}
	return periodShift(c, n)
}

// seasonOf names the season a month falls in (northern hemisphere).
func seasonOf(m int) string {
	return [...]string{"WI", "WI", "SP", "SP", "SP", "SU", "SU", "SU", "FA", "FA", "FA", "WI"}[m-1]
}

var seasonOrder = map[string]int{"SP": 0, "SU": 1, "FA": 2, "WI": 3}

// seasonRelValue resolves "last fall", "this summer": "last" is the latest
// such season before the current one, "next" the first after it.
func seasonRelValue(c *cx) bool {
	t := c.anchor()
	y, cur := t.Year(), seasonOrder[seasonOf(int(t.Month()))]
	if t.Month() <= 2 {
		cur = -1 // January and February close the previous year's winter
	}
	want := seasonOrder[c.m.Season]
	switch {
	case c.has("last") && !c.has("this"):
		y--
	case c.has("this") && c.has("past"):
		if want > cur {
			y--
		}
	case c.has("next", "coming"):
		if want <= cur {
			y++
		}
	case c.has("the") && c.tense() == past:
		if want > cur {
			y--
		}
	}
	c.value, c.mod = fmtYear(y)+"-"+c.m.Season, c.m.Mod
	return true
}

// quarterRelValue resolves "the third quarter": the publication year if that
// quarter has begun, else the year before ("last"/"next" shift by a year).
func quarterRelValue(c *cx) bool {
	if c.m.Ord < 1 || c.m.Ord > 4 {
		return false
	}
	t := c.anchor()
	y := t.Year()
	if c.m.Ord > quarterOf(int(t.Month())) {
		y--
	}
	if c.has("last") {
		y--
	} else if c.has("next") {
		y++
	} else {
		c.reported = c.tense() != future // "expected to continue into the fourth quarter" reports nothing
	}
	c.value = fmtQuarter(y, c.m.Ord)
	return true
}

// reportQuarter is the quarter a report of results speaks of: the first one
// its text named before ("Sun earned $5.2 million in the fiscal first
// quarter … sales for the quarter"), else the last quarter finished by the
// publication date.
func (c *cx) reportQuarter() (int, int) {
	t := c.anchor()
	if c.report > 0 {
		return (c.report - 1) / 4, (c.report-1)%4 + 1
	}
	return latestQuarter(t.Year(), int(t.Month()))
}

// quarterIndex reads a quarter's value ("1989-Q1") as year*4+quarter-1
// plus one, 0 when v names no quarter.
func quarterIndex(v string) int {
	if len(v) != 7 || v[4:6] != "-Q" || v[6] < '1' || v[6] > '4' {
		return 0
	}
	y, err := strconv.Atoi(v[:4])
	if err != nil {
		return 0
	}
	return y*4 + int(v[6]-'1') + 1
}

// latestQuarter is the last quarter finished by t, the one news reports on.
func latestQuarter(y, month int) (int, int) {
	k := y*4 + quarterOf(month) - 2
	return k / 4, k%4 + 1
}

// latestQuarterValue resolves "the quarter", "the latest quarter" to the last
// completed quarter and "the current quarter" to the running one.
func latestQuarterValue(c *cx) bool {
	t := c.anchor()
	if c.has("period") && !c.has("latest") {
		return false
	}
	if c.has("current", "this") {
		c.value = fmtQuarter(t.Year(), quarterOf(int(t.Month())))
		return true
	}
	if c.j-c.i == 1 {
		return false
	}
	c.value = fmtQuarter(c.reportQuarter())
	return true
}

// aboutQuarter reports whether the text before toks[i] (within a few
// paragraphs) speaks of a quarter, as reports of quarterly results do.
func aboutQuarter(lx *lexicon.Lexicon, toks []tokens.Token, i, j int) bool {
	lo := max(0, i-300)
	hi := min(len(toks), j+30)
	for k := lo; k < hi; k++ {
		if w := toks[k].Low; w == "quarter" || w == "quarterly" || lx.IsQuarter(w) {
			return true
		}
	}
	return false
}

// yearAgoValue resolves "a year earlier": in a report of quarterly results
// it is the same quarter a year before, otherwise the year before.
func yearAgoValue(c *cx) bool {
	t := c.anchor()
	if !aboutQuarter(c.lx, c.toks, c.i, c.j) {
		c.value = fmtYear(t.Year() - 1)
		return true
	}
	y, q := c.reportQuarter()
	c.value = fmtQuarter(y-1, q)
	return true
}

// yearPeriodValue resolves "the 1988 quarter" to that year's quarter of the
// latest results, "the 1988 period" likewise when results are quarterly.
func yearPeriodValue(c *cx) bool {
	c.anchor()
	if !aboutQuarter(c.lx, c.toks, c.i, c.j) {
		c.value = fmtYear(c.m.Year)
		return c.has("quarter")
	}
	_, q := c.reportQuarter()
	c.value = fmtQuarter(c.m.Year, q)
	return true
}

// theYearValue reads "the year", "the fiscal year": a length of a year when
// its end is given ("the year ended June 30"), else the current year.
func theYearValue(c *cx) bool {
	t := c.anchor()
	switch tokens.Word(c.toks, c.j) {
	case "ended", "ending", "ends", "through", "to", "before", "after":
		c.value, c.typ = "P1Y", "DURATION"
	default:
		c.value = fmtYear(t.Year())
	}
	return true
}

// weekendValue resolves "the weekend" to the nearest weekend the tense of
// the sentence points at: 2022-W36-WE.
func weekendValue(c *cx) bool {
	t := c.anchor()
	wd := lexicon.WeekdayNum(t)
	shift := 6 - wd // to this week's Saturday
	if c.tense() != future && wd < 6 {
		shift -= 7
	}
	c.value = fmtWeek(t.AddDate(0, 0, shift)) + "-WE"
	return true
}
