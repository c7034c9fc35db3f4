package edtf

import "fmt"

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
	var s string
	switch p.prec {
	case Year:
		s = fmt.Sprintf("%04d", p.year)
	case Month:
		s = fmt.Sprintf("%04d-%02d", p.year, p.month)
	case Day:
		s = fmt.Sprintf("%04d-%02d-%02d", p.year, p.month, p.day)
	case Instant:
		s = fmt.Sprintf("%04d-%02d-%02dT%02d:%02d", p.year, p.month, p.day, p.hour, p.minute)
		if p.seconds {
			s += fmt.Sprintf(":%02d", p.second)
		}
		s += edtfZone(p.offset)
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
		s = fmt.Sprintf("%04d", p.year)
	case Month:
		s = monthAbbr(p.month)
	default:
		s = fmt.Sprintf("%d %s", p.day, monthAbbr(p.month))
	}
	if withYear && p.prec > Year {
		s += fmt.Sprintf(" %04d", p.year)
	}
	if p.prec == Instant {
		s += fmt.Sprintf(", %02d:%02d", p.hour, p.minute)
		if p.seconds {
			s += fmt.Sprintf(":%02d", p.second)
		}
		s += " (" + shownZone(p.offset) + ")"
	}
	if p.approx {
		s = "c. " + s
	}
	if p.uncertain {
		s += " (?)"
	}
	return s
}
