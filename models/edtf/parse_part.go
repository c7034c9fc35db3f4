package edtf

import (
	"regexp"
	"strconv"
	"strings"
)

// Parts of a period ("early Sep 2022", "mid-2022", "late 1990s") are ranges
// (see the package comment for the mapping); Display writes those exact
// ranges back in the words.

// partWords name the thirds of a month, a year or a decade.
var partWords = [3]string{"early", "mid", "late"}

// partBounds give each third's first and last day of a month (0 for its last
// day), month of a year, and year of a decade.
var partBounds = map[Precision][3][2]int{
	Day:   {{1, 10}, {11, 20}, {21, 0}},
	Month: {{1, 4}, {5, 8}, {9, 12}},
	Year:  {{0, 3}, {4, 6}, {7, 9}},
}

// decadeWord is a decade as typed: "1990s", "the 1990s".
var decadeWord = regexp.MustCompile(`^(?:the )?(\d{3})0s$`)

// period reads a decade or a part of a month, year or decade; ok is false
// when s is neither. s is lower-cased and its spaces folded.
func (p parser) period(s string) (d Date, ok bool, err error) {
	part := -1
	for i, w := range partWords {
		if rest, found := strings.CutPrefix(s, w); found && (strings.HasPrefix(rest, " ") || strings.HasPrefix(rest, "-")) {
			part, s = i, strings.TrimLeft(rest, " -")
			break
		}
	}
	if m := decadeWord.FindStringSubmatch(s); m != nil {
		n, _ := strconv.Atoi(m[1])
		first, last := n*10, n*10+9
		if part >= 0 {
			b := partBounds[Year][part]
			first, last = n*10+b[0], n*10+b[1]
		}
		d, err := p.makeRange(point{prec: Year, year: first}, point{prec: Year, year: last})
		return d, true, err
	}
	if part < 0 {
		return Date{}, false, nil
	}
	pt, err := p.point(s)
	if err != nil {
		return Date{}, true, err
	}
	start, end := pt, pt
	switch {
	case pt.uncertain || pt.approx:
		return Date{}, true, p.errorf("Early, mid and late take a plain month, year or decade, like early Sep 2022 or late 1990s.")
	case pt.prec == Month:
		b := partBounds[Day][part]
		start.prec, end.prec, start.day, end.day = Day, Day, b[0], b[1]
		if b[1] == 0 {
			end.day = daysIn(pt.year, pt.month)
		}
	case pt.prec == Year:
		b := partBounds[Month][part]
		start.prec, end.prec, start.month, end.month = Month, Month, b[0], b[1]
	default:
		return Date{}, true, p.errorf("Early, mid and late take a month, a year or a decade, like early Sep 2022, mid-2022 or late 1990s.")
	}
	d, err = p.makeRange(start, end)
	return d, true, err
}

// periodName is the words for a range that is a decade or a part of a month,
// year or decade, as period reads them; "" for any other date.
func (d Date) periodName() string {
	s, e := d.start, d.end
	if !d.isRange || s.prec != e.prec || s.uncertain || s.approx || e.uncertain || e.approx || s.year != e.year && s.prec != Year {
		return ""
	}
	name := func(part int) string {
		if part == 1 {
			return "mid-"
		}
		return partWords[part] + " "
	}
	switch s.prec {
	case Day:
		for i, b := range partBounds[Day] {
			last := b[1]
			if last == 0 {
				last = daysIn(s.year, s.month)
			}
			if s.month == e.month && s.day == b[0] && e.day == last {
				return name(i) + monthAbbr(s.month) + " " + shownYear(s.year)
			}
		}
	case Month:
		for i, b := range partBounds[Month] {
			if s.month == b[0] && e.month == b[1] {
				return name(i) + shownYear(s.year)
			}
		}
	case Year:
		decade := s.year - s.year%10
		if s.year < 1000 || e.year > 9999 || e.year-decade > 9 {
			return ""
		}
		if s.year == decade && e.year == decade+9 {
			return strconv.Itoa(decade) + "s"
		}
		for i, b := range partBounds[Year] {
			if s.year-decade == b[0] && e.year-decade == b[1] {
				return name(i) + strconv.Itoa(decade) + "s"
			}
		}
	}
	return ""
}
