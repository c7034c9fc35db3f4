package dates

import "time"

// Some expressions are resolved against the last date the text mentioned
// before them, not against the publication date: "On 22 May 1995 he was
// promoted, and the following year ..." is 1996, "In March ... The following
// month" the April of that March, "that year", "later that day", "the
// previous Friday". Their normaliser says so by setting cx.anaphor to the
// precision the date before must have; DatesIn then reads them again with
// that date as their anchor. Without such a date they keep the reading
// against the publication date.

// Precisions of a date value.
const (
	precYear = iota + 1
	precMonth
	precDay
)

// anaphoric marks c as resolved against the date before it when it reads
// "the previous/following <unit>", "that <unit>", "the same <unit>" or
// "the next day"; unit is the TIMEX3 unit of what it names.
func (c *cx) anaphoric(unit string) bool {
	if !(c.has("the") && c.has("previous", "following") || c.has("that", "same") || unit == "D" && c.has("the") && c.has("next")) {
		return false
	}
	switch unit {
	case "Y", "DE":
		c.anaphor = precYear
	case "M", "Q":
		c.anaphor = precMonth
	default:
		c.anaphor = precDay
	}
	return true
}

// dateOf reads a DATE value that names a year, a quarter, a month or a day,
// with its precision; 0 for any other value.
func dateOf(v string) (time.Time, int) {
	for _, f := range []struct {
		layout string
		prec   int
	}{{"2006-01-02", precDay}, {"2006-01", precMonth}, {"2006", precYear}} {
		if len(v) == len(f.layout) {
			if t, err := time.Parse(f.layout, v); err == nil {
				return t, f.prec
			}
		}
	}
	if len(v) == 7 && v[4:6] == "-Q" && v[6] >= '1' && v[6] <= '4' { // a quarter names its first month
		if t, err := time.Parse("2006", v[:4]); err == nil {
			return t.AddDate(0, 3*int(v[6]-'1'), 0), precMonth
		}
	}
	if len(v) > 10 && v[10] == 'T' { // a time of day names its day
		if t, err := time.Parse("2006-01-02", v[:10]); err == nil {
			return t, precDay
		}
	}
	return time.Time{}, 0
}

// pending is an anaphoric expression waiting for the date before it.
type pending struct {
	k int // its index in DatesIn's output
	c cx
	r *rule
}

// resolveAnaphors reads each pending expression again against the last
// date of the needed precision that out holds before it.
func resolveAnaphors(out []Timex, todo []pending) {
	for _, p := range todo {
		for q := p.k - 1; q >= 0; q-- {
			t, prec := dateOf(out[q].Value)
			if prec < p.c.anaphor {
				continue
			}
			c := p.c
			c.ref = t
			if p.r.norm(&c) {
				out[p.k].Value, out[p.k].Mod = c.value, c.mod
				out[p.k].Resolved = out[q].Resolved
			}
			break
		}
	}
}
