package edtf

import "regexp"

// numericPattern matches dates written in numbers only: "2022-9-8",
// "2022/09/08", "08/09/2022", "2022-9", "9/2022".
var numericPattern = regexp.MustCompile(`^(\d+)([-/.])(\d+)(?:([-/.])(\d+))?$`)

// isNumericDate reports whether a match of numericPattern has a shape this
// package reads: year first (y-m-d, y-m, y/m), year last (d/m/y or m/d/y, with
// the same separator twice), a month and year "9/2022", or a two-digit year
// (which numericDate refuses with advice).
func isNumericDate(m []string) bool {
	a, b, c := len(m[1]), len(m[3]), len(m[5])
	switch {
	case m[4] == "":
		return (a == 4 && b <= 2 && m[2] != ".") || (a <= 2 && b == 4 && m[2] == "/")
	case m[2] != m[4]:
		return false
	}
	return (a == 4 && b <= 2 && c <= 2) || (a <= 2 && b <= 2 && (c == 4 || c == 2))
}

// numericDate records a numeric date matched by numericPattern and isNumericDate.
func (p parser) numericDate(r *parts, w string, m []string) (bool, error) {
	x, y, z := atoi(m[1]), atoi(m[3]), atoi(m[5])
	switch {
	case m[4] == "" && len(m[1]) == 4:
		r.year, r.month = x, y
		return r.set(hasYear) && r.set(hasMonth), nil
	case m[4] == "":
		r.year, r.month = y, x
		return r.set(hasYear) && r.set(hasMonth), nil
	case len(m[1]) == 4:
		r.year, r.month, r.day = x, y, z
	case len(m[5]) == 2:
		return false, p.errorf(`"%s" has a two-digit year. Write the year in full, such as 8 Sep 2022 or 2022-09-08.`, w)
	default:
		day, month, err := p.dayAndMonth(w, x, y, z)
		if err != nil {
			return false, err
		}
		r.year, r.month, r.day = z, month, day
	}
	return r.set(hasYear) && r.set(hasMonth) && r.set(hasDay), nil
}

// dayAndMonth reads "x/y/year" as day/month or month/day: whichever is a
// real date, refusing when both are and they differ ("08/09/2022").
func (p parser) dayAndMonth(w string, x, y, year int) (day, month int, err error) {
	dayFirst := point{prec: Day, year: year, month: y, day: x}
	monthFirst := point{prec: Day, year: year, month: x, day: y}
	dayFirstOK, monthFirstOK := dayFirst.problem() == "", monthFirst.problem() == ""
	switch {
	case dayFirstOK && monthFirstOK && x != y:
		return 0, 0, p.errorf(`"%s" is ambiguous: it could be %d %s or %d %s %04d. Type the month as a word ("%d %s %04d") or use %s.`,
			w, x, monthNames[y], y, monthNames[x], year, x, monthAbbr(y), year, dayFirst.edtf())
	case dayFirstOK:
		return x, y, nil
	case monthFirstOK:
		return y, x, nil
	case y >= 1 && y <= 12:
		return 0, 0, p.check(dayFirst)
	}
	return 0, 0, p.check(monthFirst)
}
