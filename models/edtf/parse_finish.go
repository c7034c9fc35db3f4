package edtf

import "time"

// completedBy fills in what the start of a typed range leaves to its end:
// the year, and for a bare day the month too.
func (r parts) completedBy(end point) parts {
	if r.has&hasYear != 0 || r.has&(hasMonth|hasDay) == 0 {
		return r
	}
	if r.has&hasMonth == 0 && end.prec >= Month {
		r.month, r.has = end.month, r.has|hasMonth
	}
	r.year, r.has = end.year, r.has|hasYear
	return r
}

// finish turns the parts of a typed date into a checked point.
func (p parser) finish(r parts) (point, error) {
	date := r.has & (hasYear | hasMonth | hasDay)
	switch {
	case date == 0 && r.has&hasWeekday != 0:
		return point{}, p.relative()
	case date == 0:
		return point{}, p.notADate()
	case r.has&hasYear == 0:
		return point{}, p.noYear()
	case r.has&hasDay != 0 && r.has&hasMonth == 0:
		return point{}, p.errorf(`"%s" has a day but no month. Type the month as a word, such as 8 Sep 2022.`, p.input)
	}
	pt := point{prec: Year, year: r.year, uncertain: r.uncertain, approx: r.approx}
	if r.has&hasMonth != 0 {
		pt.prec, pt.month = Month, r.month
	}
	if r.has&hasDay != 0 {
		pt.prec, pt.day = Day, r.day
	}
	if err := p.finishTime(r, &pt); err != nil {
		return point{}, err
	}
	if err := p.check(pt); err != nil {
		return point{}, err
	}
	if r.has&hasWeekday == 0 {
		return pt, nil
	}
	if pt.prec < Day {
		return point{}, p.errorf("A weekday only goes with a full date, such as Thursday, 8 Sep 2022.")
	}
	actual := time.Date(pt.year, time.Month(pt.month), pt.day, 0, 0, 0, 0, time.UTC).Weekday()
	if actual != r.weekday {
		return point{}, p.errorf("%d %s %04d was a %s, not a %s. Check the date, or leave the weekday out.",
			pt.day, monthAbbr(pt.month), pt.year, actual, r.weekday)
	}
	return pt, nil
}

// finishTime makes pt an instant when the text gave a time, which needs a
// day and a zone; a zone alone is refused, as a calendar date has none.
func (p parser) finishTime(r parts, pt *point) error {
	switch {
	case r.has&hasTime == 0 && r.has&(hasAM|hasPM|hasZone) != 0:
		return p.errorf("A time zone or am/pm goes with a time, such as 10 Sep 2022, 13:23 (UTC+12). A date alone has no time zone.")
	case r.has&hasTime == 0:
		return nil
	case pt.prec < Day:
		return p.errorf("A time needs a full date, such as 10 Sep 2022, 13:23 (UTC+12).")
	}
	pt.prec, pt.hour, pt.minute, pt.offset = Instant, r.hour, r.minute, r.offset
	pt.local = r.has&hasZone == 0
	pt.second, pt.seconds = r.second, r.has&hasSeconds != 0
	if r.has&(hasAM|hasPM) == 0 {
		return nil
	}
	if r.has&(hasAM|hasPM) == hasAM|hasPM || pt.hour < 1 || pt.hour > 12 {
		return p.errorf("With am or pm, hours run from 1 to 12.")
	}
	pt.hour %= 12
	if r.has&hasPM != 0 {
		pt.hour += 12
	}
	return nil
}
