package timescale

import (
	"strconv"

	"github.com/factline/factline/models/edtf"
)

// DayNumber returns the day of a proleptic Gregorian date counted from
// 1970-01-01; year 0 is 1 BCE, year -1 is 2 BCE. Months and days past their
// end roll over, so DayNumber(y, 13, 1) is the first of January of y+1.
func DayNumber(year, month, day int) float64 {
	year += (month - 1) / 12
	month = (month-1)%12 + 1
	if month < 1 {
		month += 12
		year--
	}
	// Howard Hinnant's days_from_civil.
	if month <= 2 {
		year--
	}
	era := year / 400
	if year < 0 && year%400 != 0 {
		era--
	}
	yoe := year - era*400
	mp := (month + 9) % 12
	doy := (153*mp+2)/5 + day - 1
	doe := yoe*365 + yoe/4 - yoe/100 + doy
	return float64(era*146097 + doe - 719468)
}

// Civil returns the date of a day number: the inverse of DayNumber.
func Civil(days float64) (year, month, day int) {
	z := int(floor(days)) + 719468
	era := z / 146097
	if z < 0 && z%146097 != 0 {
		era--
	}
	doe := z - era*146097
	yoe := (doe - doe/1460 + doe/36524 - doe/146096) / 365
	doy := doe - (365*yoe + yoe/4 - yoe/100)
	mp := (5*doy + 2) / 153
	day = doy - (153*mp+2)/5 + 1
	month = mp + 3
	if month > 12 {
		month -= 12
	}
	year = yoe + era*400
	if month <= 2 {
		year++
	}
	return year, month, day
}

func floor(f float64) float64 {
	i := float64(int64(f))
	if i > f {
		i--
	}
	return i
}

// Span is where a date lies on the axis: from Start to End (exclusive) in
// days. A day-precision date or an instant is a Point; an open end has no
// known time, and its Start (or End) equals the other end.
type Span struct {
	Start, End float64
	Point      bool // a day or an instant, drawn as a dot
	OpenStart  bool // "by 10 Sep 2022": the start is unknown
	OpenEnd    bool // "from Oct 2022": the end is unknown
	Approx     bool // "c." or "~" on either end
	Uncertain  bool // "?" on either end
}

// SpanOf places a date on the axis; false for the zero date.
func SpanOf(d edtf.Date) (Span, bool) {
	if d.IsZero() {
		return Span{}, false
	}
	s := Span{Approx: d.Approximate(), Uncertain: d.Uncertain()}
	if !d.IsRange() {
		switch d.Precision() {
		case edtf.Instant:
			t := DayNumber(d.Year(), d.Month(), d.Day()) +
				float64(d.Hour()*3600+d.Minute()*60+d.Second()-d.ZoneOffset())/86400
			s.Start, s.End, s.Point = t, t, true
			return s, true
		case edtf.Day:
			s.Point = true
		}
	}
	first, okFirst := d.Earliest()
	last, okLast := d.Latest()
	switch {
	case okFirst:
		s.Start = dayOfKey(first)
	case okLast:
		s.OpenStart = true
	}
	if okLast {
		s.End = dayOfKey(last) + 1
	} else {
		s.OpenEnd = true
	}
	if s.OpenStart {
		s.Start = s.End
	}
	if s.OpenEnd {
		s.End = s.Start
	}
	if s.Point {
		s.Start += 0.5 // a day's dot sits at its noon
		s.End = s.Start
	}
	return s, true
}

// dayOfKey reads a key of edtf.Date.Earliest or Latest ("2022-09-12", and
// the keys of years before 0 and after 9999).
func dayOfKey(key string) float64 {
	y, m, _ := edtf.KeyYearMonth(key)
	d, _ := strconv.Atoi(key[len(key)-2:])
	return DayNumber(y, m, d)
}
