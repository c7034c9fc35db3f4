package extract

// readEarly reads a position inside a period: "early", "mid-", "late",
// "the end of", "the beginning of", "the middle of".
func readEarly(toks []token, i int, m *match) int {
	j := i
	if word(toks, j) == "the" {
		j++
	}
	mod, used := "", 0
	switch w := word(toks, j); w {
	case "early", "late", "mid":
		if j > i {
			return 0
		}
		mod, used = map[string]string{"early": "START", "late": "END", "mid": "MID"}[w], 1
		if w == "mid" && word(toks, j+1) == "-" {
			used = 2
		}
	case "end", "beginning", "start", "middle", "close":
		if word(toks, j+1) != "of" {
			return 0
		}
		mod, used = map[string]string{"end": "END", "close": "END", "beginning": "START", "start": "START", "middle": "MID"}[w], 2
	default:
		return 0
	}
	m.mod = mod
	return j - i + used
}

// readISODate reads "2022-08-31".
func readISODate(toks []token, i int, m *match) int {
	if i+4 >= len(toks) || !toks[i].digits || len(toks[i].low) != 4 || toks[i+1].low != "-" || toks[i+3].low != "-" ||
		!toks[i+2].digits || len(toks[i+2].low) != 2 || !toks[i+4].digits || len(toks[i+4].low) != 2 ||
		toks[i+4].end-toks[i].start != 10 {
		return 0
	}
	m.year, m.month, m.day = atoi(toks[i].low), atoi(toks[i+2].low), atoi(toks[i+4].low)
	return 5
}

// readSlashDate reads month/day/year as American news writes it: "8/31/2022", "8/31/22".
func readSlashDate(toks []token, i int, m *match) int {
	if i+4 >= len(toks) || toks[i+1].low != "/" || toks[i+3].low != "/" ||
		toks[i+4].end-toks[i].start != len(toks[i].low)+len(toks[i+2].low)+len(toks[i+4].low)+2 {
		return 0
	}
	mo, d, y := toks[i].low, toks[i+2].low, toks[i+4].low
	if !allDigits(mo) || !allDigits(d) || !allDigits(y) || len(mo) > 2 || len(d) > 2 || (len(y) != 2 && len(y) != 4) {
		return 0
	}
	m.month, m.day = atoi(mo), atoi(d)
	if len(y) == 2 {
		m.year = pivotYear(y)
	} else {
		m.year = atoi(y)
	}
	return 5
}

// readCalendarYear reads a year standing alone, which must look like one:
// 1000-2099, not an amount ("$1990") or a share ("1990%").
func readCalendarYear(toks []token, i int, m *match) int {
	n := readYear(toks, i, m)
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

// approxWords are the hedges before a count, with their TIMEX3 mod.
var approxWords = []struct {
	words []string
	mod   string
}{
	{[]string{"about"}, "APPROX"}, {[]string{"around"}, "APPROX"}, {[]string{"roughly"}, "APPROX"},
	{[]string{"approximately"}, "APPROX"}, {[]string{"some"}, "APPROX"}, {[]string{"nearly"}, "APPROX"},
	{[]string{"almost"}, "LESS_THAN"}, {[]string{"less", "than"}, "LESS_THAN"}, {[]string{"under"}, "LESS_THAN"},
	{[]string{"more", "than"}, "MORE_THAN"}, {[]string{"over"}, "MORE_THAN"}, {[]string{"just", "over"}, "MORE_THAN"},
	{[]string{"at", "least"}, "EQUAL_OR_MORE"}, {[]string{"up", "to"}, "EQUAL_OR_LESS"},
	{[]string{"no", "more", "than"}, "EQUAL_OR_LESS"}, {[]string{"at", "most"}, "EQUAL_OR_LESS"},
}

// readApprox reads a hedge such as "about", "more than", "at least".
func readApprox(toks []token, i int, m *match) int {
	best := 0
	for _, a := range approxWords {
		ok := true
		for k, w := range a.words {
			if word(toks, i+k) != w {
				ok = false
				break
			}
		}
		if ok && len(a.words) > best {
			best, m.mod = len(a.words), a.mod
		}
	}
	return best
}
