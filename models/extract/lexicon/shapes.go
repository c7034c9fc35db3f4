package lexicon

import (
	"strings"

	"github.com/factline/factline/models/extract/tokens"
)

// readEarly reads a position inside a period, as modifiers.txt lists them:
// "early", "mid-", "late", "the end of", "the beginning of".
func readEarly(lx *Lexicon, toks []tokens.Token, i int, m *Match) int {
	p, n := lx.modifiers.Read(toks, i)
	if n > 0 {
		m.Mod = p.Value
	}
	return n
}

// readISODate reads "2022-08-31".
func readISODate(_ *Lexicon, toks []tokens.Token, i int, m *Match) int {
	if i+4 >= len(toks) || !toks[i].Digits || len(toks[i].Low) != 4 || toks[i+1].Low != "-" || toks[i+3].Low != "-" ||
		!toks[i+2].Digits || len(toks[i+2].Low) != 2 || !toks[i+4].Digits || len(toks[i+4].Low) != 2 ||
		toks[i+4].End-toks[i].Start != 10 {
		return 0
	}
	m.Year, m.Month, m.Day = atoi(toks[i].Low), atoi(toks[i+2].Low), atoi(toks[i+4].Low)
	return 5
}

// readSlashDate reads a date of numbers, in the order the language writes
// it (American news: month/day/year, "8/31/2022", "8/31/22"; Europe:
// day/month/year); when the numbers fit both orders, the reading nearer the
// publication date wins, as news speaks of its days.
func readSlashDate(lx *Lexicon, toks []tokens.Token, i int, m *Match) int {
	if i+4 >= len(toks) || toks[i+1].Low != "/" || toks[i+3].Low != "/" ||
		toks[i+4].End-toks[i].Start != len(toks[i].Low)+len(toks[i+2].Low)+len(toks[i+4].Low)+2 {
		return 0
	}
	mo, d, y := toks[i].Low, toks[i+2].Low, toks[i+4].Low
	if !allDigits(mo) || !allDigits(d) || !allDigits(y) || len(mo) > 2 || len(d) > 2 || (len(y) != 2 && len(y) != 4) {
		return 0
	}
	if lx.slashOrder == "DMY" {
		mo, d = d, mo
	}
	m.Month, m.Day = atoi(mo), atoi(d)
	if len(y) == 2 {
		m.Year = pivotYear(y)
	} else {
		m.Year = atoi(y)
	}
	m.Swappable = m.Month <= 12 && m.Day <= 12 && m.Month != m.Day
	return 5
}

// readCalendarYear reads a year standing alone, which must look like one:
// 1000-2099, not an amount ("$1990") or a share ("1990%").
func readCalendarYear(lx *Lexicon, toks []tokens.Token, i int, m *Match) int {
	n := readYear(lx, toks, i, m)
	if n == 0 || m.Year < 1000 || m.Year > 2099 {
		return 0
	}
	if i > 0 && (toks[i-1].Low == "$" || toks[i-1].Low == "#" || toks[i-1].End == toks[i].Start && (toks[i-1].Low == "." || toks[i-1].Low == ",")) {
		return 0
	}
	if next := tokens.Word(toks, i+1); next == "%" || next == "percent" || i+1 < len(toks) && toks[i+1].Start == toks[i].End && (next == "," || next == ".") && i+2 < len(toks) && toks[i+2].Digits {
		return 0
	}
	return n
}

// readApprox reads a hedge of approx.txt such as "about", "more than", "at
// least", with its TIMEX3 mod.
func readApprox(lx *Lexicon, toks []tokens.Token, i int, m *Match) int {
	p, n := lx.approx.Read(toks, i)
	if n > 0 {
		m.Mod = p.Value
	}
	return n
}

// readMonthNumber reads a month written as a number, as in "31.03.1999".
func readMonthNumber(_ *Lexicon, toks []tokens.Token, i int, m *Match) int {
	if !toks[i].Digits || len(toks[i].Low) > 2 {
		return 0
	}
	n := atoi(toks[i].Low)
	if n < 1 || n > 12 {
		return 0
	}
	m.Month = n
	return 1
}

// readHour reads the hour of a time whose rule names its unit ("20 Uhr",
// "20 h 30"): a number from 0 to 24.
func readHour(_ *Lexicon, toks []tokens.Token, i int, m *Match) int {
	if !toks[i].Digits || len(toks[i].Low) > 2 || atoi(toks[i].Low) > 24 {
		return 0
	}
	m.Hour, m.Minute, m.Clock = atoi(toks[i].Low), 0, true
	return 1
}

// readMinute reads the two digits of the minutes after an hour.
func readMinute(_ *Lexicon, toks []tokens.Token, i int, m *Match) int {
	if !toks[i].Digits || len(toks[i].Low) != 2 || atoi(toks[i].Low) > 59 {
		return 0
	}
	m.Minute = atoi(toks[i].Low)
	return 1
}

// readHourMinute reads a time written as one word, as French does: "19h30", "8h".
func readHourMinute(_ *Lexicon, toks []tokens.Token, i int, m *Match) int {
	h, mins, ok := strings.Cut(toks[i].Low, "h")
	if !ok || !allDigits(h) || len(h) > 2 || atoi(h) > 24 || mins != "" && (len(mins) != 2 || !allDigits(mins) || atoi(mins) > 59) {
		return 0
	}
	m.Hour, m.Minute, m.Clock = atoi(h), 0, true
	if mins != "" {
		m.Minute = atoi(mins)
	}
	return 1
}

// readWeekdayPart reads a weekday and a part of the day written as one word,
// as German does: "Dienstagabend".
func readWeekdayPart(lx *Lexicon, toks []tokens.Token, i int, m *Match) int {
	wp, ok := lx.weekdayParts[toks[i].Low]
	if !ok {
		return 0
	}
	m.Weekday, m.Part = wp.weekday, wp.part
	return 1
}

// readDecadeNumber reads the number of a decade that a word before it names
// ("les années 60", "années 1990"): 60 is the 1960s.
func readDecadeNumber(_ *Lexicon, toks []tokens.Token, i int, m *Match) int {
	w := toks[i].Low
	if !toks[i].Digits || !strings.HasSuffix(w, "0") {
		return 0
	}
	switch len(w) {
	case 4:
		m.Decade = w[:3]
	case 2:
		m.Decade = Itoa(pivotYear(w))[:3]
	default:
		return 0
	}
	return 1
}
