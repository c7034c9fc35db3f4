package extract

import "time"

// holidayRules read named days: "Thanksgiving", "last Christmas", "Election
// Day", "New Year's Eve", with the year chosen as for a bare month.
var holidayRules = []rule{
	{name: "holiday", pattern: "{holiday}", typ: "DATE", norm: holidayValue},
	{name: "holiday-rel", pattern: "last|this|next {holiday}", typ: "DATE", norm: holidayValue},
	{name: "holiday-week", pattern: "{holiday} week", typ: "DATE", norm: holidayValue},
}

// holidays maps a holiday's words to its date in a given year.
var holidays = map[string]func(y int) time.Time{
	"christmas":        fixedDay(12, 25),
	"christmas day":    fixedDay(12, 25),
	"christmas eve":    fixedDay(12, 24),
	"new year 's day":  fixedDay(1, 1),
	"new year 's eve":  fixedDay(12, 31),
	"independence day": fixedDay(7, 4),
	"halloween":        fixedDay(10, 31),
	"valentine 's day": fixedDay(2, 14),
	"thanksgiving":     nthWeekday(11, 4, 4),
	"thanksgiving day": nthWeekday(11, 4, 4),
	"labor day":        nthWeekday(9, 1, 1),
	"memorial day":     lastWeekday(5, 1),
	// US Election Day: the Tuesday after the first Monday of November.
	"election day":  func(y int) time.Time { return nthWeekday(11, 1, 1)(y).AddDate(0, 0, 1) },
	"easter":        easter,
	"easter sunday": easter,
}

func fixedDay(m, d int) func(int) time.Time {
	return func(y int) time.Time { return time.Date(y, time.Month(m), d, 0, 0, 0, 0, time.UTC) }
}

// nthWeekday is the nth weekday wd (1 Monday) of month m.
func nthWeekday(m, wd, n int) func(int) time.Time {
	return func(y int) time.Time {
		t := time.Date(y, time.Month(m), 1, 0, 0, 0, 0, time.UTC)
		return t.AddDate(0, 0, (wd-weekdayNum(t)+7)%7+7*(n-1))
	}
}

// lastWeekday is the last weekday wd (1 Monday) of month m.
func lastWeekday(m, wd int) func(int) time.Time {
	return func(y int) time.Time {
		t := time.Date(y, time.Month(m)+1, 0, 0, 0, 0, 0, time.UTC)
		return t.AddDate(0, 0, -((weekdayNum(t) - wd + 7) % 7))
	}
}

// easter is Easter Sunday of the Gregorian calendar (anonymous algorithm).
func easter(y int) time.Time {
	a, b, c := y%19, y/100, y%100
	d, e := b/4, b%4
	f := (b + 8) / 25
	g := (b - f + 1) / 3
	h := (19*a + b - d - g + 15) % 30
	i, k := c/4, c%4
	l := (32 + 2*e + 2*i - h - k) % 7
	m := (a + 11*h + 22*l) / 451
	month := (h + l - 7*m + 114) / 31
	day := (h+l-7*m+114)%31 + 1
	return time.Date(y, time.Month(month), day, 0, 0, 0, 0, time.UTC)
}

// readHoliday reads the longest holiday name at toks[i] (capitalised).
func readHoliday(toks []token, i int, m *match) int {
	if !toks[i].upper {
		return 0
	}
	best, key := 0, ""
	for n, phrase := 1, toks[i].low; n <= 4 && i+n <= len(toks); n++ {
		if n > 1 {
			phrase += " " + toks[i+n-1].low
		}
		if _, ok := holidays[phrase]; ok {
			best, key = n, phrase
		}
	}
	m.holiday = key
	return best
}

// holidayValue dates a holiday in the year a month named alone would get;
// "Easter week" is the ISO week of Easter.
func holidayValue(c *cx) bool {
	day := holidays[c.m.holiday]
	c.m.month = int(day(c.anchor().Year()).Month())
	t := day(monthYear(c))
	if c.has("week") {
		c.value = fmtWeek(t)
		return true
	}
	c.value = fmtDay(t)
	return true
}
