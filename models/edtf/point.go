package edtf

import (
	"fmt"
	"strconv"
	"strings"
	"time"
)

// point is one date: a whole date that is not a range, or one end of a range.
type point struct {
	prec                 Precision // 0 marks an open end of a range
	year, month, day     int
	hour, minute, second int
	seconds              bool // the instant was written with seconds
	local                bool // a time of day with no zone, as TimelineJS gives it
	offset               int  // zone of an instant, in minutes east of UTC; 0 when local
	uncertain, approx    bool
}

func (p point) open() bool { return p.prec == 0 }

// maxYear bounds years either side of year 0: deep time, such as the 13.8
// billion years since the Big Bang, fits; the day keys have room for it.
const maxYear = 999_999_999_999

// daysIn returns the number of days in a month of the proleptic Gregorian
// calendar, whose astronomical year 0 is 1 BCE.
func daysIn(year, month int) int {
	switch month {
	case 2:
		if year%4 == 0 && (year%100 != 0 || year%400 == 0) {
			return 29
		}
		return 28
	case 4, 6, 9, 11:
		return 30
	}
	return 31
}

// dayKey writes a day so that keys sort as the days do: "YYYY-MM-DD" for the
// years 0000 to 9999, "-" and the year's distance from -10^12 before them (so
// "-" sorts first and the earlier year lower), "Y" and the year after them.
func dayKey(year, month, day int) string {
	switch {
	case year < 0:
		return fmt.Sprintf("-%012d-%02d-%02d", maxYear+1+year, month, day)
	case year > 9999:
		return fmt.Sprintf("Y%012d-%02d-%02d", year, month, day)
	}
	return fmt.Sprintf("%04d-%02d-%02d", year, month, day)
}

// KeyYearMonth reads the year and month back from a key that SortKey or
// EndKey returned; false when key is not one.
func KeyYearMonth(key string) (year, month int, ok bool) {
	rest, prefix := key, byte(0)
	if key != "" && (key[0] == '-' || key[0] == 'Y') {
		prefix, rest = key[0], key[1:]
	}
	y, rest, found := strings.Cut(rest, "-")
	if !found || len(rest) < 2 {
		return 0, 0, false
	}
	year, err1 := strconv.Atoi(y)
	month, err2 := strconv.Atoi(rest[:2])
	if err1 != nil || err2 != nil {
		return 0, 0, false
	}
	if prefix == '-' {
		year -= maxYear + 1
	}
	return year, month, true
}

func (p point) earliest() string {
	return dayKey(p.year, max(p.month, 1), max(p.day, 1))
}

func (p point) latest() string {
	month, day := p.month, p.day
	if month == 0 {
		month = 12
	}
	if day == 0 {
		day = daysIn(p.year, month)
	}
	return dayKey(p.year, month, day)
}

// instant returns the moment of an Instant point.
func (p point) instant() time.Time {
	zone := time.FixedZone("", p.offset*60) // a local time is compared as if at UTC
	return time.Date(p.year, time.Month(p.month), p.day, p.hour, p.minute, p.second, 0, zone)
}

// shifted moves p by n units of its own precision: years, months or days.
// An instant is not moved: "before" an exact time is read as on or before it.
func (p point) shifted(n int) point {
	switch p.prec {
	case Year:
		p.year += n
	case Month:
		t := time.Date(p.year, time.Month(p.month+n), 1, 0, 0, 0, 0, time.UTC)
		p.year, p.month = t.Year(), int(t.Month())
	case Day:
		t := time.Date(p.year, time.Month(p.month), p.day+n, 0, 0, 0, 0, time.UTC)
		p.year, p.month, p.day = t.Year(), int(t.Month()), t.Day()
	}
	return p
}

// problem says what is wrong with p in a researcher's words, or "" when p is a real date.
func (p point) problem() string {
	if p.year < -maxYear || p.year > maxYear {
		return "Years run up to a trillion years either side of the common era."
	}
	if p.prec >= Month && (p.month < 1 || p.month > 12) {
		return fmt.Sprintf("There is no month %d: months run from 1 to 12.", p.month)
	}
	if p.prec >= Day {
		if n := daysIn(p.year, p.month); p.day < 1 || p.day > n {
			return fmt.Sprintf("%s %04d has no day %d (it has %d days).", monthNames[p.month], p.year, p.day, n)
		}
	}
	if p.prec < Instant {
		return ""
	}
	switch {
	case p.hour > 23:
		return fmt.Sprintf("There is no hour %d: hours run from 0 to 23.", p.hour)
	case p.minute > 59:
		return fmt.Sprintf("There is no minute %d: minutes run from 0 to 59.", p.minute)
	case p.second > 59:
		return fmt.Sprintf("There is no second %d: seconds run from 0 to 59.", p.second)
	case p.local && (p.uncertain || p.approx):
		return `An exact time cannot be uncertain or approximate. Leave out the time, or the "?", "~" or "c.".`
	case p.offset < -12*60 || p.offset > 14*60:
		return "Time zones run from UTC-12 to UTC+14."
	case p.uncertain || p.approx:
		return `An exact time cannot be uncertain or approximate. Leave out the time, or the "?", "~" or "c.".`
	}
	return ""
}

// DayKey is the key of a day as Date.SortKey and EndKey write it, so that a
// day found elsewhere (a window of the time scale) compares with stored keys.
func DayKey(year, month, day int) string { return dayKey(year, month, day) }
