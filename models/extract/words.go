package extract

import (
	"strconv"
	"strings"
)

// classes are the token classes rule patterns may use as {name}.
var classes = map[string]classFunc{
	"month": readMonth, "day": readDay, "year": readYear, "weekday": readWeekday,
	"num": readNumber, "othernum": readOtherNumber, "fuzzy": readFuzzy, "unit": readUnit,
	"season": readSeason, "part": readPart, "ord": readOrdinal, "decade": readDecade,
	"clock": readClock, "numyear": readNumberYear, "timezone": readTimezone,
	"early": readEarly, "approx": readApprox, "isodate": readISODate,
	"slashdate": readSlashDate, "calendaryear": readCalendarYear, "holiday": readHoliday,
}

var monthNames = map[string]int{
	"january": 1, "jan": 1, "february": 2, "feb": 2, "march": 3, "mar": 3, "april": 4, "apr": 4,
	"may": 5, "june": 6, "jun": 6, "july": 7, "jul": 7, "august": 8, "aug": 8,
	"september": 9, "sept": 9, "sep": 9, "october": 10, "oct": 10, "november": 11, "nov": 11,
	"december": 12, "dec": 12,
}

var weekdayNames = map[string]int{
	"monday": 1, "tuesday": 2, "tues": 2, "wednesday": 3, "thursday": 4, "thurs": 4,
	"friday": 5, "saturday": 6, "sunday": 7,
}

var numberWords = map[string]int{
	"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
	"nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14,
	"fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19,
	"twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70,
	"eighty": 80, "ninety": 90, "dozen": 12,
}

var ordinalWords = map[string]int{
	"first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7,
	"eighth": 8, "ninth": 9, "tenth": 10, "eleventh": 11, "twelfth": 12, "thirteenth": 13,
	"fourteenth": 14, "fifteenth": 15, "sixteenth": 16, "seventeenth": 17, "eighteenth": 18,
	"nineteenth": 19, "twentieth": 20, "thirtieth": 30,
}

var unitWords = map[string]string{
	"second": "S", "minute": "MIN", "hour": "H", "day": "D", "week": "W", "fortnight": "FN",
	"month": "M", "quarter": "Q", "year": "Y", "decade": "DE", "century": "CE",
	"centuries": "CE", "weekend": "WE", "millennium": "ML", "millennia": "ML",
}

var seasonNames = map[string]string{"spring": "SP", "summer": "SU", "fall": "FA", "autumn": "FA", "winter": "WI"}

var partNames = map[string]string{
	"morning": "MO", "afternoon": "AF", "evening": "EV", "night": "NI", "overnight": "NI",
}

var decadeWords = map[string]string{
	"twenties": "2", "thirties": "3", "forties": "4", "fifties": "5", "sixties": "6",
	"seventies": "7", "eighties": "8", "nineties": "9",
}

var timezones = map[string]bool{
	"gmt": true, "utc": true, "est": true, "edt": true, "cst": true, "cdt": true, "mst": true,
	"mdt": true, "pst": true, "pdt": true, "bst": true, "cet": true, "cest": true,
}

func word(toks []token, i int) string {
	if i >= 0 && i < len(toks) {
		return toks[i].low
	}
	return ""
}

// readMonth reads a capitalised month name; "May" and "March" are only months
// when capitalised, like every month in edited news.
func readMonth(toks []token, i int, m *match) int {
	mo, ok := monthNames[toks[i].low]
	if !ok || !toks[i].upper {
		return 0
	}
	m.month = mo
	if len(toks[i].low) > 4 || toks[i].low == "may" || toks[i].low == "june" || toks[i].low == "july" {
		return 1
	}
	// An abbreviation needs its full stop or a day after it: "Jan Kavan" is a name.
	if word(toks, i+1) == "." {
		return 2
	}
	if i+1 < len(toks) && toks[i+1].digits {
		return 1
	}
	return 0
}

func readDay(toks []token, i int, m *match) int {
	s := toks[i].low
	if n, ok := ordinalWords[s]; ok {
		m.day = n
		if n == 20 || n == 30 {
			return readDayTail(toks, i, m)
		}
		return 1
	}
	n := leadingInt(s)
	if n < 1 || n > 31 || (len(s) > 2 && !isOrdinalSuffix(s[len(s)-2:])) {
		return 0
	}
	m.day = n
	return 1
}

// readDayTail reads "twenty-first" after "twenty".
func readDayTail(toks []token, i int, m *match) int {
	j := i + 1
	if word(toks, j) == "-" {
		j++
	}
	if n, ok := ordinalWords[word(toks, j)]; ok && n < 10 {
		m.day += n
		return j + 1 - i
	}
	return 1
}

func isOrdinalSuffix(s string) bool { return s == "st" || s == "nd" || s == "rd" || s == "th" }

// leadingInt parses the digits that start s ("31" of "31st"); -1 if none.
func leadingInt(s string) int {
	j := 0
	for j < len(s) && j < 6 && isDigit(s[j]) {
		j++
	}
	if j == 0 {
		return -1
	}
	n, _ := strconv.Atoi(s[:j])
	if j < len(s) && (j+2 != len(s) || !isOrdinalSuffix(s[j:])) {
		return -1
	}
	return n
}

// readYear reads "1998", "'98" (two digits: 1950-2049) and "2k22".
func readYear(toks []token, i int, m *match) int {
	s := toks[i].low
	switch {
	case toks[i].digits && len(s) == 4 && s[0] >= '1' && s[0] <= '2':
		m.year, _ = strconv.Atoi(s)
	case len(trimApostrophe(s)) == 2 && len(s) > 2 && allDigits(trimApostrophe(s)):
		m.year = pivotYear(trimApostrophe(s))
	case len(s) == 4 && s[0] == '2' && s[1] == 'k' && isDigit(s[2]) && isDigit(s[3]):
		m.year = 2000 + atoi(s[2:])
	case len(s) == 5 && s[0] == '2' && s[1] == 'k' && isDigit(s[2]) && isDigit(s[3]) && isDigit(s[4]):
		m.year = 2000 + atoi(s[2:])
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
		if !isDigit(s[i]) {
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

func readWeekday(toks []token, i int, m *match) int {
	d, ok := weekdayNames[toks[i].low]
	if !ok || !toks[i].upper {
		return 0
	}
	m.weekday = d
	if len(toks[i].low) < 6 {
		if word(toks, i+1) != "." {
			return 0
		}
		return 2
	}
	return 1
}
