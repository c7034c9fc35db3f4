package extract

import "strings"

// readEarly reads a position inside a period, as modifiers.txt lists them:
// "early", "mid-", "late", "the end of", "the beginning of".
func readEarly(lx *lexicon, toks []token, i int, m *match) int {
	p, n := lx.modifiers.read(toks, i)
	if n > 0 {
		m.mod = p.value
	}
	return n
}

// readISODate reads "2022-08-31".
func readISODate(_ *lexicon, toks []token, i int, m *match) int {
	if i+4 >= len(toks) || !toks[i].digits || len(toks[i].low) != 4 || toks[i+1].low != "-" || toks[i+3].low != "-" ||
		!toks[i+2].digits || len(toks[i+2].low) != 2 || !toks[i+4].digits || len(toks[i+4].low) != 2 ||
		toks[i+4].end-toks[i].start != 10 {
		return 0
	}
	m.year, m.month, m.day = atoi(toks[i].low), atoi(toks[i+2].low), atoi(toks[i+4].low)
	return 5
}

// readSlashDate reads a date of numbers, in the order the language writes
// it (American news: month/day/year, "8/31/2022", "8/31/22"; Europe:
// day/month/year); when the numbers fit both orders, the reading nearer the
// publication date wins, as news speaks of its days.
func readSlashDate(lx *lexicon, toks []token, i int, m *match) int {
	if i+4 >= len(toks) || toks[i+1].low != "/" || toks[i+3].low != "/" ||
		toks[i+4].end-toks[i].start != len(toks[i].low)+len(toks[i+2].low)+len(toks[i+4].low)+2 {
		return 0
	}
	mo, d, y := toks[i].low, toks[i+2].low, toks[i+4].low
	if !allDigits(mo) || !allDigits(d) || !allDigits(y) || len(mo) > 2 || len(d) > 2 || (len(y) != 2 && len(y) != 4) {
		return 0
	}
	if lx.slashOrder == "DMY" {
		mo, d = d, mo
	}
	m.month, m.day = atoi(mo), atoi(d)
	if len(y) == 2 {
		m.year = pivotYear(y)
	} else {
		m.year = atoi(y)
	}
	m.swappable = m.month <= 12 && m.day <= 12 && m.month != m.day
	return 5
}

// readCalendarYear reads a year standing alone, which must look like one:
// 1000-2099, not an amount ("$1990") or a share ("1990%").
func readCalendarYear(lx *lexicon, toks []token, i int, m *match) int {
	n := readYear(lx, toks, i, m)
	if n == 0 || m.year < 1000 || m.year > 2099 {
		return 0
	}
	if i > 0 && (toks[i-1].low == "$" || toks[i-1].low == "#" || toks[i-1].end == toks[i].start && (toks[i-1].low == "." || toks[i-1].low == ",")) {
		return 0
	}
	if next := word(toks, i+1); next == "%" || next == "percent" || i+1 < len(toks) && toks[i+1].start == toks[i].end && (next == "," || next == ".") && i+2 < len(toks) && toks[i+2].digits {
		return 0
	}
	return n
}

// readApprox reads a hedge of approx.txt such as "about", "more than", "at
// least", with its TIMEX3 mod.
func readApprox(lx *lexicon, toks []token, i int, m *match) int {
	p, n := lx.approx.read(toks, i)
	if n > 0 {
		m.mod = p.value
	}
	return n
}

// readMonthNumber reads a month written as a number, as in "31.03.1999".
func readMonthNumber(_ *lexicon, toks []token, i int, m *match) int {
	if !toks[i].digits || len(toks[i].low) > 2 {
		return 0
	}
	n := atoi(toks[i].low)
	if n < 1 || n > 12 {
		return 0
	}
	m.month = n
	return 1
}

// readHour reads the hour of a time whose rule names its unit ("20 Uhr",
// "20 h 30"): a number from 0 to 24.
func readHour(_ *lexicon, toks []token, i int, m *match) int {
	if !toks[i].digits || len(toks[i].low) > 2 || atoi(toks[i].low) > 24 {
		return 0
	}
	m.hour, m.minute, m.clock = atoi(toks[i].low), 0, true
	return 1
}

// readMinute reads the two digits of the minutes after an hour.
func readMinute(_ *lexicon, toks []token, i int, m *match) int {
	if !toks[i].digits || len(toks[i].low) != 2 || atoi(toks[i].low) > 59 {
		return 0
	}
	m.minute = atoi(toks[i].low)
	return 1
}

// readHourMinute reads a time written as one word, as French does: "19h30", "8h".
func readHourMinute(_ *lexicon, toks []token, i int, m *match) int {
	h, mins, ok := strings.Cut(toks[i].low, "h")
	if !ok || !allDigits(h) || len(h) > 2 || atoi(h) > 24 || mins != "" && (len(mins) != 2 || !allDigits(mins) || atoi(mins) > 59) {
		return 0
	}
	m.hour, m.minute, m.clock = atoi(h), 0, true
	if mins != "" {
		m.minute = atoi(mins)
	}
	return 1
}

// readWeekdayPart reads a weekday and a part of the day written as one word,
// as German does: "Dienstagabend".
func readWeekdayPart(lx *lexicon, toks []token, i int, m *match) int {
	wp, ok := lx.weekdayParts[toks[i].low]
	if !ok {
		return 0
	}
	m.weekday, m.part = wp.weekday, wp.part
	return 1
}

// readDecadeNumber reads the number of a decade that a word before it names
// ("les années 60", "années 1990"): 60 is the 1960s.
func readDecadeNumber(_ *lexicon, toks []token, i int, m *match) int {
	w := toks[i].low
	if !toks[i].digits || !strings.HasSuffix(w, "0") {
		return 0
	}
	switch len(w) {
	case 4:
		m.decade = w[:3]
	case 2:
		m.decade = itoa(pivotYear(w))[:3]
	default:
		return 0
	}
	return 1
}
