package edtf

import "strings"

// Parse reads a date written in EDTF ("2022-09-08", "2022-09~",
// "../2022-09-10") or as people type it ("31 Aug 2022", "Aug 31, 2022",
// "12–15 Sep 2022", "c. Sep 2022", "by 10 Sep 2022"), including every text
// Display returns. Surrounding space is ignored; "" gives the zero Date and
// no error. Text it cannot read for certain gives a *ParseError saying why.
//
// Choices beyond EDTF: an unknown range end ("/2022-09-10", "2022-09-12/")
// is stored as open (".."), as factline does not tell the two apart. Numeric
// day-month forms such as "13/09/2022" are read when only one reading is a
// real date and refused as ambiguous when both are. "before X" and "after X"
// exclude X ("before 2022" is "../2021"); "by", "until" and "from" include it.
// Years have four digits, 0000 to 9999.
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
