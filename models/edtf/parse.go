package edtf

import "strings"

// Parse reads EDTF or a typed date ("31 Aug 2022", "c. Sep 2022"); "" is the zero Date, doubt a *ParseError.
func Parse(s string) (Date, error) {
	s = strings.TrimSpace(s)
	if s == "" {
		return Date{}, nil
	}
	p := parser{input: s}
	if d, ok, err := p.edtf(s); ok {
		return d, err
	}
	return p.human(s)
}

// MustParse is Parse for dates written in code, such as tests and demo data; it panics on an error.
func MustParse(s string) Date {
	d, err := Parse(s)
	if err != nil {
		panic("edtf: " + err.Error())
	}
	return d
}

// makeRange joins two ends, either of which may be open, into a range.
func (p parser) makeRange(start, end point) (Date, error) {
	if start.open() && end.open() {
		return Date{}, p.notADate()
	}
	if !start.open() && !end.open() && endsBeforeStart(start, end) {
		return Date{}, p.errorf("The range ends (%s) before it starts (%s). Put the earlier date first.",
			end.display(true), start.display(true))
	}
	if start == end {
		return Date{start: start}, nil // a range within one day is that day
	}
	return Date{start: start, end: end, isRange: true}, nil
}

// endsBeforeStart compares two instants as moments, and anything else by
// days: a range is in order when its start can fall on or before its end.
func endsBeforeStart(start, end point) bool {
	if start.prec == Instant && end.prec == Instant {
		return end.instant().Before(start.instant())
	}
	return end.latest() < start.earliest()
}
