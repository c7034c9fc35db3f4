package edtf

import (
	"regexp"
	"strconv"
	"strings"
)

// edtfPattern matches one EDTF date: year (four digits, signed for years
// before year 0, or "Y" and more digits for deep time), month, day, time with
// seconds optional, zone ("Z", "+12", "+1200" or "+12:00"; without one the
// time is local) and a qualifier.
var edtfPattern = regexp.MustCompile(`(?i)^(-?\d{4}|Y-?\d{5,12})(?:-(\d{2})(?:-(\d{2})(?:T(\d{2}):(\d{2})(?::(\d{2}))?(Z|[+-]\d{2}(?::?\d{2})?)?)?)?)?([?~%])?$`)

// edtf reads s as EDTF. ok is false when s is not EDTF at all, so that it can
// be read as typed text; a date in EDTF form that is not real gives an error.
func (p parser) edtf(s string) (d Date, ok bool, err error) {
	first, second, isRange := strings.Cut(s, "/")
	if !isRange {
		pt, ok, err := p.edtfPoint(s)
		if err != nil {
			return Date{}, ok, err
		}
		return Date{start: pt}, ok, nil
	}
	start, ok1, err1 := p.edtfEnd(first)
	end, ok2, err2 := p.edtfEnd(second)
	switch {
	case !ok1 || !ok2:
		return Date{}, false, nil
	case err1 != nil:
		return Date{}, true, err1
	case err2 != nil:
		return Date{}, true, err2
	}
	d, err = p.makeRange(start, end)
	return d, true, err
}

// edtfEnd reads one end of an EDTF range; ".." (open) and "" (unknown) are both open.
func (p parser) edtfEnd(s string) (point, bool, error) {
	if s == "" || s == ".." {
		return point{}, true, nil
	}
	return p.edtfPoint(s)
}

func (p parser) edtfPoint(s string) (point, bool, error) {
	m := edtfPattern.FindStringSubmatch(s)
	if m == nil {
		return point{}, false, nil
	}
	pt, err := p.fromEDTF(m)
	return pt, true, err
}

// fromEDTF builds a checked point from a match of edtfPattern.
func (p parser) fromEDTF(m []string) (point, error) {
	pt := point{prec: Year, year: atoi(strings.TrimLeft(m[1], "yY"))}
	if m[2] != "" {
		pt.prec, pt.month = Month, atoi(m[2])
	}
	if m[3] != "" {
		pt.prec, pt.day = Day, atoi(m[3])
	}
	if m[4] != "" {
		pt.prec, pt.hour, pt.minute = Instant, atoi(m[4]), atoi(m[5])
		if m[6] != "" {
			pt.second, pt.seconds = atoi(m[6]), true
		}
		if m[7] == "" {
			pt.local = true
		} else {
			offset, err := p.zone(m[7])
			if err != nil {
				return point{}, err
			}
			pt.offset = offset
		}
	}
	pt.uncertain = m[8] == "?" || m[8] == "%"
	pt.approx = m[8] == "~" || m[8] == "%"
	return pt, p.check(pt)
}

// zone reads "Z" or a signed offset of one or two digit hours with optional
// minutes ("+12", "-0530", "+5:30"), giving minutes east of UTC.
func (p parser) zone(s string) (int, error) {
	if strings.EqualFold(s, "z") {
		return 0, nil
	}
	sign := 1
	if s[0] == '-' {
		sign = -1
	}
	hours, minutes, found := strings.Cut(s[1:], ":")
	if !found && len(hours) > 2 {
		hours, minutes = hours[:len(hours)-2], hours[len(hours)-2:]
	}
	if minutes != "" && atoi(minutes) > 59 {
		return 0, p.errorf("There is no time zone %s: zone minutes run from 00 to 59.", s)
	}
	return sign * (atoi(hours)*60 + atoi(minutes)), nil
}

// atoi converts digits that a pattern has already matched; "" is 0.
func atoi(s string) int {
	n, _ := strconv.Atoi(s)
	return n
}
