package lexicon

import (
	"strconv"
	"strings"

	"github.com/factline/factline/models/extract/tokens"
)

// classes are the token classes rule patterns may use as {name}.
var classes = map[string]classFunc{
	"month": readMonth, "day": readDay, "year": readYear, "weekday": ReadWeekday,
	"num": readNumber, "othernum": readOtherNumber, "fuzzy": readFuzzy, "unit": readUnit,
	"season": readSeason, "part": readPart, "ord": readOrdinal, "decade": readDecade,
	"clock": readClock, "numyear": readNumberYear, "timezone": readTimezone,
	"early": readEarly, "approx": readApprox, "isodate": readISODate,
	"slashdate": readSlashDate, "calendaryear": readCalendarYear, "holiday": readHoliday,
	"monthnum": readMonthNumber, "hour": readHour, "minute": readMinute, "hhmm": readHourMinute,
	"weekdaypart": readWeekdayPart, "decadenum": readDecadeNumber,
	"otherunit": readOtherUnit,
}

var timezones = map[string]bool{
	"gmt": true, "utc": true, "est": true, "edt": true, "cst": true, "cdt": true, "mst": true,
	"mdt": true, "pst": true, "pdt": true, "bst": true, "cet": true, "cest": true,
}

// readMonth reads a month name as months.txt writes it: capitalised if it
// is written so there ("May" and "March" are only months when capitalised,
// like every month in edited news), and an abbreviation ("Jan.") with its
// full stop or a day after it ("Jan Kavan" is a name).
func readMonth(lx *Lexicon, toks []tokens.Token, i int, m *Match) int {
	p, n := lx.months.Read(toks, i)
	if n > 0 {
		m.Month = p.n
	}
	return n
}

func readDay(lx *Lexicon, toks []tokens.Token, i int, m *Match) int {
	s := toks[i].Low
	if p, k := lx.ordinals.Read(toks, i); k > 0 {
		m.Day = p.n
		if p.n == 20 || p.n == 30 {
			return k - 1 + readDayTail(lx, toks, i+k-1, m)
		}
		return k
	}
	n := lx.leadingInt(s)
	if n < 1 || n > 31 {
		return 0
	}
	m.Day = n
	return 1
}

// readDayTail reads "twenty-first" after "twenty".
func readDayTail(lx *Lexicon, toks []tokens.Token, i int, m *Match) int {
	j := i + 1
	if tokens.Word(toks, j) == "-" {
		j++
	}
	if j < len(toks) {
		if p, k := lx.ordinals.Read(toks, j); k > 0 && p.n < 10 {
			m.Day += p.n
			return j + k - i
		}
	}
	return 1
}

// leadingInt parses the digits that start s and an ordinal ending the
// language writes after them ("31" of "31st", "1" of "1er"); -1 if none.
func (lx *Lexicon) leadingInt(s string) int {
	j := 0
	for j < len(s) && j < 6 && tokens.IsDigit(s[j]) {
		j++
	}
	if j == 0 {
		return -1
	}
	n, _ := strconv.Atoi(s[:j])
	if j < len(s) && !lx.ordinalSuffix[s[j:]] {
		return -1
	}
	return n
}

// readYear reads "1998", "'98" (two digits: 1950-2049) and "2k22".
func readYear(_ *Lexicon, toks []tokens.Token, i int, m *Match) int {
	s := toks[i].Low
	switch {
	case toks[i].Digits && len(s) == 4 && s[0] >= '1' && s[0] <= '2':
		m.Year, _ = strconv.Atoi(s)
	case len(trimApostrophe(s)) == 2 && len(s) > 2 && allDigits(trimApostrophe(s)):
		m.Year = pivotYear(trimApostrophe(s))
	case len(s) == 4 && s[0] == '2' && s[1] == 'k' && tokens.IsDigit(s[2]) && tokens.IsDigit(s[3]):
		m.Year = 2000 + atoi(s[2:])
	case len(s) == 5 && s[0] == '2' && s[1] == 'k' && tokens.IsDigit(s[2]) && tokens.IsDigit(s[3]) && tokens.IsDigit(s[4]):
		m.Year = 2000 + atoi(s[2:])
	default:
		return 0
	}
	return 1
}

// trimApostrophe drops a leading apostrophe ("'98" → "98").
func trimApostrophe(s string) string {
	if strings.HasPrefix(s, "'") {
		return s[1:]
	}
	return strings.TrimPrefix(s, "’")
}

func allDigits(s string) bool {
	for i := 0; i < len(s); i++ {
		if !tokens.IsDigit(s[i]) {
			return false
		}
	}
	return s != ""
}

func atoi(s string) int { n, _ := strconv.Atoi(s); return n }

// pivotYear reads a two-digit year: 00-49 are 2000-2049, 50-99 are 1950-1999.
func pivotYear(s string) int {
	n := atoi(s)
	if n < 50 {
		return 2000 + n
	}
	return 1900 + n
}

// ReadWeekday reads a weekday name as weekdays.txt writes it.
func ReadWeekday(lx *Lexicon, toks []tokens.Token, i int, m *Match) int {
	p, n := lx.weekdays.Read(toks, i)
	if n > 0 {
		m.Weekday = p.n
	}
	return n
}
