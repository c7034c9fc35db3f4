package edtf

import (
	"fmt"
	"time"
)

// point is one date: a whole date that is not a range, or one end of a range.
type point struct {
	prec                 Precision // 0 marks an open end of a range
	year, month, day     int
	hour, minute, second int
	seconds              bool // the instant was written with seconds
	offset               int  // zone of an instant, in minutes east of UTC
	uncertain, approx    bool
}

func (p point) open() bool { return p.prec == 0 }

// daysIn returns the number of days in a month of the proleptic Gregorian calendar.
func daysIn(year, month int) int {
	return time.Date(year, time.Month(month)+1, 0, 0, 0, 0, 0, time.UTC).Day()
}

func (p point) earliest() string {
	return fmt.Sprintf("%04d-%02d-%02d", p.year, max(p.month, 1), max(p.day, 1))
}

func (p point) latest() string {
	month, day := p.month, p.day
	if month == 0 {
		month = 12
	}
	if day == 0 {
		day = daysIn(p.year, month)
	}
	return fmt.Sprintf("%04d-%02d-%02d", p.year, month, day)
}

// instant returns the moment of an Instant point.
func (p point) instant() time.Time {
	zone := time.FixedZone("", p.offset*60)
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
	if p.year < 0 || p.year > 9999 {
		return "Years run from 0000 to 9999."
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
	case p.offset < -12*60 || p.offset > 14*60:
		return "Time zones run from UTC-12 to UTC+14."
	case p.uncertain || p.approx:
		return `An exact time cannot be uncertain or approximate. Leave out the time, or the "?", "~" or "c.".`
	}
	return ""
}
