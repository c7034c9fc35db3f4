package dates

import (
	"fmt"

	"github.com/factline/factline/models/extract/lexicon"
)

// normaliserNames are the normalisers date-rules.txt may name. Each reads
// what the pattern's classes recorded, never the words themselves, so one
// normaliser serves every language; what a word means ("gestern" one day
// back) is the rule's argument: "day:-1".
var normaliserNames = map[string]func(args []string) (normaliser, error){
	"date":              plain(dayValue),         // a full date: "31. August 2022"
	"month-year":        plain(monthValue),       // "August 2022"
	"year":              plain(yearValue),        // "2022"
	"decade":            plain(decadeValue),      // "the 1990s"
	"century":           plain(centuryValue),     // "the 20th century"
	"season-year":       plain(seasonValue),      // "summer 1998"
	"quarter-of-year":   plain(quarterValue),     // "the third quarter of 1998"
	"duration":          plain(durationValue),    // "three weeks": P3W
	"duration-vague":    plain(vagueDuration),    // "for weeks": PXW
	"signal-vague":      plain(signalVague),      // "seit Jahren": PXY for "Jahren" alone
	"every-after":       plain(everyAfter),       // "par an": P1Y for "an" alone
	"year-ago":          plain(yearAgoValue),     // "a year ago": the year before, or the quarter a year before in a report of quarterly results
	"recent-units":      plain(recentUnits),      // "recent years": PAST_REF
	"duration-sum":      plain(durationSum),      // "zwei Jahre und drei Monate": P2Y3M
	"every":             plain(everyUnit),        // "every week": P1W
	"every-weekday":     plain(everyWeekday),     // "every Monday": XXXX-WXX-1
	"every-month":       plain(everyMonth),       // "every July": XXXX-07
	"every-season":      plain(everySeason),      // "every winter": XXXX-WI
	"every-part":        plain(everyPart),        // "every night": XXXX-XX-XXTNI
	"fixed":             fixedArg,                // a value that needs no date: "fixed:PRESENT_REF"
	"day":               shifted(dayShift),       // the publication day moved: "day:-1" yesterday
	"day-part":          shifted(dayPartShift),   // a part of that day, or of a weekday read: "day-part:-1" last night
	"weekday":           shifted(weekdayShift),   // "weekday:-1" last Monday, "weekday:0" Monday by tense
	"month":             shifted(monthShift),     // a month without a year, "month:-1" last May
	"month-day":         shifted(monthDayShift),  // "31 August" without a year
	"month-of-year":     shifted(monthOfYear),    // "May of last year": "month-of-year:-1"
	"period":            periodArg,               // "period:-1" last <unit>; "period:-1:Y" a word that is last year
	"ago":               shifted(unitsFrom),      // "ago:-1" n units before, "ago:1" n units after
	"quarter":           shifted(quarterShift),   // "the third quarter", shifted by years
	"season":            shifted(seasonShift),    // "last summer": "season:-1"
	"clock":             shifted(clockShift),     // a time on a day read or moved: "clock:0"
	"weekend":           plain(weekendValue),     // the weekend the tense points at
	"holiday":           plain(holidayValue),     // a holiday in the year a month named alone would get
	"today-or-now":      plain(todayOrNow),       // "heute": today, or nowadays in a sentence of the present
	"month-day-of-year": shifted(monthDayOfYear), // "8. Mai dieses Jahres": "month-day-of-year:0"
}

// todayOrNow reads a word that means both "today" and "nowadays" (German
// "heute"): in a sentence whose tense is the present it is the present,
// otherwise (a past or future cue near) the publication day.
func todayOrNow(c *cx) bool {
	if t, dist := c.tenseNear(); t == present || dist == 1<<30 {
		c.value = "PRESENT_REF"
		return true
	}
	c.value, c.mod = fmtDay(c.anchor()), c.m.Mod
	return true
}

func monthDayOfYear(n int) normaliser {
	return func(c *cx) bool {
		t, ok := lexicon.Date(c.anchor().Year()+n, c.m.Month, c.m.Day)
		if !ok {
			return false
		}
		c.value, c.mod = fmtDay(t), c.m.Mod
		return true
	}
}

func plain(n normaliser) func([]string) (normaliser, error) {
	return func(args []string) (normaliser, error) {
		if len(args) > 0 {
			return nil, fmt.Errorf("takes no arguments, got %v", args)
		}
		return n, nil
	}
}

func shifted(make func(n int) normaliser) func([]string) (normaliser, error) {
	return func(args []string) (normaliser, error) {
		if len(args) > 1 {
			return nil, fmt.Errorf("takes one shift, got %v", args)
		}
		n, err := intArg(args, 0)
		if err != nil {
			return nil, err
		}
		return make(n), nil
	}
}

func fixedArg(args []string) (normaliser, error) {
	if len(args) != 1 || args[0] == "" {
		return nil, fmt.Errorf("fixed takes one value, got %v", args)
	}
	return fixed(args[0]), nil
}

// periodArg moves the unit read (or the unit given: "period:-1:Y") by n.
func periodArg(args []string) (normaliser, error) {
	n, err := intArg(args, 0)
	if err != nil || len(args) > 2 {
		return nil, fmt.Errorf("period takes a shift and a unit, got %v", args)
	}
	unit := ""
	if len(args) == 2 {
		unit = args[1]
	}
	return func(c *cx) bool {
		if unit != "" {
			c.m.Unit = unit
		} else if c.m.Plural {
			return false
		}
		return periodShift(c, n)
	}, nil
}

func dayShift(n int) normaliser {
	return func(c *cx) bool {
		c.value, c.mod = fmtDay(c.anchor().AddDate(0, 0, n)), c.m.Mod
		return true
	}
}

// namedDay is the day a rule reads: a weekday if one was read, else the
// publication day moved by n.
func namedDay(c *cx, n int) string {
	if c.m.Weekday > 0 {
		c2 := *c
		weekdayShift(n)(&c2)
		c.relative = true
		return c2.value
	}
	return fmtDay(c.anchor().AddDate(0, 0, n))
}

func dayPartShift(n int) normaliser {
	return func(c *cx) bool {
		c.value, c.mod = namedDay(c, n)+"T"+c.m.Part, c.m.Mod
		return c.m.Part != ""
	}
}

// weekdayShift resolves a weekday: n < 0 the last one before the
// publication date, n > 0 the next after it, 0 as the tense says.
func weekdayShift(n int) normaliser {
	return func(c *cx) bool {
		t := c.anchor()
		diff := c.m.Weekday - lexicon.WeekdayNum(t)
		switch {
		case n < 0:
			if diff >= 0 {
				diff -= 7
			}
		case n > 0:
			if diff <= 0 {
				diff += 7
			}
		default:
			diff = tenseSide(c, diff)
		}
		c.value, c.mod = fmtDay(t.AddDate(0, 0, diff)), c.m.Mod
		return true
	}
}

// tenseSide puts a weekday diff days from the publication date on the side
// the tense of its sentence points at, the nearest without one.
func tenseSide(c *cx, diff int) int {
	switch c.tense() {
	case past:
		if diff > 0 {
			diff -= 7
		}
	case future:
		if diff < 0 {
			diff += 7
		}
	default:
		if diff > 3 {
			diff -= 7
		} else if diff < -3 {
			diff += 7
		}
	}
	return diff
}

// monthShiftYear is the year of a month named without one: n < 0 the last
// such month, n > 0 the next, 0 as monthYear chooses.
func monthShiftYear(c *cx, n int) int {
	ref := c.anchor()
	y, cur := ref.Year(), int(ref.Month())
	switch {
	case n < 0 && c.m.Month >= cur:
		return y - 1
	case n > 0 && c.m.Month <= cur:
		return y + 1
	case n != 0:
		return y
	}
	return monthYearByTense(c)
}

func monthShift(n int) normaliser {
	return func(c *cx) bool {
		c.value, c.mod = fmtMonth(monthShiftYear(c, n), c.m.Month), c.m.Mod
		return true
	}
}

// monthDayShift resolves a day and month without a year: n < 0 the last
// such day before the publication date ("le 6 mai dernier"), n > 0 the next
// after it, 0 as monthYear chooses.
func monthDayShift(n int) normaliser {
	return func(c *cx) bool {
		if _, ok := lexicon.Date(2000, c.m.Month, c.m.Day); !ok { // 2000 is a leap year
			return false
		}
		y := monthShiftYear(c, 0)
		if n != 0 {
			ref := c.anchor()
			y = ref.Year()
			if t, _ := lexicon.Date(y, c.m.Month, c.m.Day); n < 0 && !t.Before(ref) {
				y--
			} else if n > 0 && !t.After(ref) {
				y++
			}
		}
		t, ok := lexicon.Date(y, c.m.Month, c.m.Day)
		if !ok {
			return false
		}

		c.value, c.mod = fmtDay(t), c.m.Mod
		return true
	}
}

func monthOfYear(n int) normaliser {
	return func(c *cx) bool {
		c.value, c.mod = fmtMonth(c.anchor().Year()+n, c.m.Month), c.m.Mod
		return true
	}
}

// periodShift renders the unit read, moved by n, at its own granularity:
// 2022-W35, 2022-08, 2021, 2022-Q2, 2022-W36-WE, 202 (a decade).
func periodShift(c *cx, n int) bool {
	t := c.anchor()
	switch c.m.Unit {
	case "D":
		c.value = fmtDay(t.AddDate(0, 0, n))
	case "W":
		c.value = fmtWeek(t.AddDate(0, 0, 7*n))
	case "WE":
		c.value = fmtWeek(t.AddDate(0, 0, 7*n)) + "-WE"
	case "M":
		y, m := addMonths(t.Year(), int(t.Month()), n)
		c.value = fmtMonth(y, m)
	case "Q":
		k := t.Year()*4 + quarterOf(int(t.Month())) - 1 + n
		c.value = fmtQuarter(k/4, k%4+1)
	case "Y":
		c.value = fmtYear(t.Year() + n)
	case "DE":
		c.value = fmtYear(t.Year() + 10*n)[:3]
	case "CE":
		c.value = fmtYear(t.Year() + 100*n)[:2]
	default:
		return false
	}
	c.mod = c.m.Mod
	return true
}

// unitsFrom resolves "three days ago" (n = -1) or "in three days" (n = 1)
// to a day, a week, a month or a year, as agoValue does in English.
func unitsFrom(dir int) normaliser {
	return func(c *cx) bool {
		n := 1
		if c.m.HasNum {
			n = int(c.m.Num)
		}
		if c.m.Fuzzy || n <= 0 || n > 500 {
			return false
		}
		n *= dir
		t := c.anchor()
		switch c.m.Unit {
		case "D":
			c.value = fmtDay(t.AddDate(0, 0, n))
		case "W":
			c.value = fmtWeek(t.AddDate(0, 0, 7*n))
		case "M":
			y, m := addMonths(t.Year(), int(t.Month()), n)
			c.value = fmtMonth(y, m)
		case "Y":
			c.value = fmtYear(t.Year() + n)
		case "DE":
			c.value = fmtYear(t.Year() + 10*n)
		default:
			return false
		}
		c.mod = c.m.Mod
		return true
	}
}

// quarterShift resolves "the third quarter" as quarterRelValue does, moved by n years.
func quarterShift(n int) normaliser {
	return func(c *cx) bool {
		if c.m.Ord < 1 || c.m.Ord > 4 {
			return false
		}
		t := c.anchor()
		y := t.Year() + n
		if c.m.Ord > quarterOf(int(t.Month())) {
			y--
		}
		c.value = fmtQuarter(y, c.m.Ord)
		return true
	}
}

// seasonShift resolves a season: n < 0 the latest such season before the
// current one, n > 0 the first after it, 0 the current year's ("cet été").
func seasonShift(n int) normaliser {
	return func(c *cx) bool {
		t := c.anchor()
		y, cur := t.Year(), seasonOrder[seasonOf(int(t.Month()))]
		if t.Month() <= 2 {
			cur = -1 // January and February close the previous year's winter
		}
		want := seasonOrder[c.m.Season]
		switch {
		case n < 0 && want >= cur:
			y--
		case n > 0 && want <= cur:
			y++
		}
		c.value, c.mod = fmtYear(y)+"-"+c.m.Season, c.m.Mod
		return true
	}
}

// clockShift gives a time the day the rule reads (a weekday, or the
// publication day moved by n).
func clockShift(n int) normaliser {
	return func(c *cx) bool {
		if !c.m.Clock {
			return false
		}
		c.value = fmt.Sprintf("%sT%02d:%02d", namedDay(c, n), c.m.Hour, c.m.Minute)
		c.dayless = n == 0 && c.m.Weekday == 0
		return true
	}
}

// durationSum renders two counts of units, larger first, as one duration:
// P2Y3M, PT1H30M.
func durationSum(c *cx) bool {
	order := map[string]int{"Y": 0, "M": 1, "W": 2, "D": 3, "H": 4, "MIN": 5, "S": 6}
	a, okA := order[c.m.Unit]
	b, okB := order[c.m.Unit2]
	if !okA || !okB || a >= b || a < 4 != (b < 4) || !c.m.HasNum || c.m.Num != float64(int(c.m.Num)) || c.m.Num2 != float64(int(c.m.Num2)) {
		return false
	}
	letter := func(u string) string {
		if u == "MIN" {
			return "M"
		}
		return u
	}
	prefix := "P"
	if a >= 4 {
		prefix = "PT"
	}
	c.value = prefix + lexicon.Itoa(int(c.m.Num)) + letter(c.m.Unit) + lexicon.Itoa(int(c.m.Num2)) + letter(c.m.Unit2)
	c.mod = c.m.Mod
	return true
}

// vagueDuration renders a plural unit without a count: "for weeks" PXW.
func vagueDuration(c *cx) bool {
	if c.m.Unit == "WE" || !c.m.Plural {
		return false
	}
	c.value, c.mod = unitValue(0, c.m.Unit, true), c.m.Mod
	return true
}

// signalVague reads a plural unit after the word that introduces it ("seit
// Jahren"), which the expression leaves out, as the annotation of news does.
func signalVague(c *cx) bool {
	if !c.m.Plural || !vagueDuration(c) {
		return false
	}
	c.i++
	return true
}

// everyAfter reads a unit after the word that makes it a set ("par an"),
// which the expression leaves out, as the annotation of news does.
func everyAfter(c *cx) bool {
	if c.j-c.i < 2 || !everyUnit(c) {
		return false
	}
	c.i++
	return true
}

// everyUnit renders "every week", "every two weeks" as P1W, P2W.
func everyUnit(c *cx) bool {
	if c.m.Unit == "WE" {
		c.value = "XXXX-WXX-WE"
		return true
	}
	n := 1.0
	if c.m.HasNum {
		n = c.m.Num
	}
	c.value = unitValue(n, c.m.Unit, false)
	return true
}

func everyPart(c *cx) bool {
	c.value = "XXXX-XX-XXT" + c.m.Part
	return c.m.Part != ""
}
