package lexicon

import (
	"fmt"
	"strconv"
	"strings"
	"time"

	"github.com/factline/factline/models/extract/tokens"
)

// holidayDate gives a holiday's day in a given year.
type holidayDate func(y int) time.Time

// ParseHolidayDate reads the date rule of a line of holidays.txt: "12-25" a
// fixed day, "easter" or "easter-2" Easter Sunday and days from it,
// "nth:11:4:4" the fourth Thursday of November, "last:5:1" the last Monday
// of May; "+1" after an nth or last rule moves a day ("nth:11:1:1+1", the
// Tuesday after the first Monday of November).
func ParseHolidayDate(spec string) (holidayDate, error) {
	bad := fmt.Errorf("date rule %q: want MM-DD, easter[+-N], nth:M:WD:N[+-D] or last:M:WD[+-D]", spec)
	rule, shift := spec, 0
	if k := strings.LastIndexAny(spec, "+-"); k > 0 && tokens.IsLetter(spec[0]) {
		n, err := strconv.Atoi(spec[k:])
		if err != nil {
			return nil, bad
		}
		rule, shift = spec[:k], n
	}
	f := strings.Split(rule, ":")
	nums := make([]int, len(f)-1)
	for k := range nums {
		n, err := strconv.Atoi(f[k+1])
		if err != nil {
			return nil, bad
		}
		nums[k] = n
	}
	var day holidayDate
	switch {
	case f[0] == "easter" && len(nums) == 0:
		day = easter
	case f[0] == "nth" && len(nums) == 3:
		day = nthWeekday(nums[0], nums[1], nums[2])
	case f[0] == "last" && len(nums) == 2:
		day = lastWeekday(nums[0], nums[1])
	case len(f) == 1 && len(rule) == 5 && rule[2] == '-':
		m, d := atoi(rule[:2]), atoi(rule[3:])
		if _, ok := Date(2000, m, d); !ok {
			return nil, bad
		}
		day = fixedDay(m, d)
	default:
		return nil, bad
	}
	if shift == 0 {
		return day, nil
	}
	return func(y int) time.Time { return day(y).AddDate(0, 0, shift) }, nil
}

func fixedDay(m, d int) holidayDate {
	return func(y int) time.Time { return time.Date(y, time.Month(m), d, 0, 0, 0, 0, time.UTC) }
}

// nthWeekday is the nth weekday wd (1 Monday) of month m.
func nthWeekday(m, wd, n int) holidayDate {
	return func(y int) time.Time {
		t := time.Date(y, time.Month(m), 1, 0, 0, 0, 0, time.UTC)
		return t.AddDate(0, 0, (wd-WeekdayNum(t)+7)%7+7*(n-1))
	}
}

// lastWeekday is the last weekday wd (1 Monday) of month m.
func lastWeekday(m, wd int) holidayDate {
	return func(y int) time.Time {
		t := time.Date(y, time.Month(m)+1, 0, 0, 0, 0, 0, time.UTC)
		return t.AddDate(0, 0, -((WeekdayNum(t) - wd + 7) % 7))
	}
}

// easter is Easter Sunday of the Gregorian calendar (anonymous algorithm).
func easter(y int) time.Time {
	a, b, c := y%19, y/100, y%100
	d, e := b/4, b%4
	f := (b + 8) / 25
	g := (b - f + 1) / 3
	h := (19*a + b - d - g + 15) % 30
	i, k := c/4, c%4
	l := (32 + 2*e + 2*i - h - k) % 7
	m := (a + 11*h + 22*l) / 451
	month := (h + l - 7*m + 114) / 31
	day := (h+l-7*m+114)%31 + 1
	return time.Date(y, time.Month(month), day, 0, 0, 0, 0, time.UTC)
}

// readHoliday reads the longest holiday name of holidays.txt at toks[i].
func readHoliday(lx *Lexicon, toks []tokens.Token, i int, m *Match) int {
	p, n := lx.holidays.Read(toks, i)
	if n > 0 {
		m.Holiday = p.Value
	}
	return n
}

// Date builds a day, refusing impossible ones such as 30 February.
func Date(y, m, d int) (time.Time, bool) {
	t := time.Date(y, time.Month(m), d, 0, 0, 0, 0, time.UTC)
	return t, m >= 1 && m <= 12 && t.Day() == d
}

// WeekdayNum numbers days 1 Monday .. 7 Sunday.
func WeekdayNum(t time.Time) int {
	if t.Weekday() == time.Sunday {
		return 7
	}
	return int(t.Weekday())
}
