package edtf

import (
	"fmt"
	"strconv"
	"strings"
)

var monthNames = [...]string{"", "January", "February", "March", "April", "May", "June",
	"July", "August", "September", "October", "November", "December"}

// monthAbbr returns the three-letter name of month m, as Display shows it.
func monthAbbr(m int) string { return monthNames[m][:3] }

// String returns d in canonical EDTF, such as "2022-09~" or "../2022-09-10"; "" for the zero Date.
func (d Date) String() string {
	if !d.isRange {
		return d.start.edtf()
	}
	return d.start.edtfEnd() + "/" + d.end.edtfEnd()
}

func (p point) edtfEnd() string {
	if p.open() {
		return ".."
	}
	return p.edtf()
}

func (p point) edtf() string {
	if p.open() {
		return ""
	}
	s := edtfYear(p.year)
	switch p.prec {
	case Month:
		s += fmt.Sprintf("-%02d", p.month)
	case Day:
		s += fmt.Sprintf("-%02d-%02d", p.month, p.day)
	case Instant:
		s += fmt.Sprintf("-%02d-%02dT%02d:%02d", p.month, p.day, p.hour, p.minute)
		if p.seconds {
			s += fmt.Sprintf(":%02d", p.second)
		}
		if !p.local {
			s += edtfZone(p.offset)
		}
	}
	switch {
	case p.uncertain && p.approx:
		s += "%"
	case p.uncertain:
		s += "?"
	case p.approx:
		s += "~"
	}
	return s
}

// FormatYear writes an astronomical year as EDTF does: 2022, -4025, Y-13799999999.
func FormatYear(year int) string { return edtfYear(year) }

// edtfYear writes a year as EDTF does: four digits, signed before year 0, and
// "Y" before a year of more than four digits.
func edtfYear(year int) string {
	switch {
	case year < -9999 || year > 9999:
		return fmt.Sprintf("Y%d", year)
	case year < 0:
		return fmt.Sprintf("-%04d", -year)
	}
	return fmt.Sprintf("%04d", year)
}

// ShowYear writes a year as Display does, for headings.
func ShowYear(year int) string { return shownYear(year) }

// shownYear writes a year as historians do: 602, 33 CE, 4026 BCE (EDTF's
// year -4025, as year 0 is 1 BCE), 13,800,000,000 BCE.
func shownYear(year int) string {
	switch {
	case year <= 0:
		return groupDigits(1-year) + " BCE"
	case year < 100:
		return fmt.Sprintf("%d CE", year)
	}
	return groupDigits(year)
}

// groupDigits writes n with thousands separators from five digits on.
func groupDigits(n int) string {
	s := strconv.Itoa(n)
	if len(s) < 5 {
		return s
	}
	var b strings.Builder
	for i, c := range s {
		if i > 0 && (len(s)-i)%3 == 0 {
			b.WriteByte(',')
		}
		b.WriteRune(c)
	}
	return b.String()
}

func edtfZone(offset int) string {
	if offset == 0 {
		return "Z"
	}
	sign := "+"
	if offset < 0 {
		sign, offset = "-", -offset
	}
	return fmt.Sprintf("%s%02d:%02d", sign, offset/60, offset%60)
}

// shownZone writes a zone as Display shows it: "UTC", "UTC+12", "UTC+5:30".
func shownZone(offset int) string {
	if offset == 0 {
		return "UTC"
	}
	sign := "+"
	if offset < 0 {
		sign, offset = "-", -offset
	}
	if offset%60 == 0 {
		return fmt.Sprintf("UTC%s%d", sign, offset/60)
	}
	return fmt.Sprintf("UTC%s%d:%02d", sign, offset/60, offset%60)
}

// Display returns d as a researcher reads it, such as "c. Sep 2022" or "12–15 Sep 2022"; Parse reads it back.
func (d Date) Display() string {
	s, e := d.start, d.end
	switch {
	case d.IsZero():
		return ""
	case d.periodName() != "":
		return d.periodName()
	case !d.isRange:
		return s.display(true)
	case s.open():
		return "by " + e.display(true)
	case e.open():
		return "from " + s.display(true)
	case !shareYear(s, e):
		return s.display(true) + " – " + e.display(true)
	case s.prec == Day && e.prec == Day && s.month == e.month:
		return fmt.Sprintf("%d–%s", s.day, e.display(true))
	}
	return s.display(false) + " – " + e.display(true)
}

// shareYear reports whether a range may show its year once, at the end:
// both ends unqualified months or days of the same year.
func shareYear(s, e point) bool {
	plain := func(p point) bool { return (p.prec == Month || p.prec == Day) && !p.uncertain && !p.approx }
	return plain(s) && plain(e) && s.year == e.year
}

// display writes p as a researcher reads it; withYear false leaves out the
// year of a month or day, for the start of a range that shares its year.
func (p point) display(withYear bool) string {
	var s string
	switch p.prec {
	case Year:
		s = shownYear(p.year)
	case Month:
		s = monthAbbr(p.month)
	default:
		s = fmt.Sprintf("%d %s", p.day, monthAbbr(p.month))
	}
	if withYear && p.prec > Year {
		s += " " + shownYear(p.year)
	}
	if p.prec == Instant {
		s += fmt.Sprintf(", %02d:%02d", p.hour, p.minute)
		if p.seconds {
			s += fmt.Sprintf(":%02d", p.second)
		}
		if !p.local {
			s += " (" + shownZone(p.offset) + ")"
		}
	}
	if p.approx {
		s = "c. " + s
	}
	if p.uncertain {
		s += " (?)"
	}
	return s
}
