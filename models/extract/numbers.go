package extract

import "strings"

// readNumber reads a count: "3", "2.5", "5 1/2", "four", "twenty-four",
// "twenty four", "a hundred", "one thousand".
func readNumber(toks []token, i int, m *match) int {
	t := toks[i]
	if t.digits && len(t.low) <= 6 {
		n := float64(atoi(t.low))
		used := 1
		if word(toks, i+1) == "." && i+2 < len(toks) && toks[i+2].digits && toks[i+2].start == toks[i+1].end {
			n += fraction(toks[i+2].low)
			used = 3
		} else if f, k := readFraction(toks, i+1); k > 0 && toks[i+1].start > t.end {
			n += f
			used += k
		}
		m.num, m.hasNum = n, true
		return used
	}
	n, used := readNumberWords(toks, i)
	if used == 0 {
		return readCouple(toks, i, m)
	}
	m.num, m.hasNum = float64(n), true
	if word(toks, i+used) == "and" && word(toks, i+used+1) == "a" && word(toks, i+used+2) == "half" {
		m.num += 0.5
		used += 3
	}
	return used
}

// readOtherNumber reads the second count of a range ("two to three weeks"),
// keeping the first.
func readOtherNumber(toks []token, i int, m *match) int {
	var scratch match
	return readNumber(toks, i, &scratch)
}

// readCouple reads "a couple of" and "couple of" as two.
func readCouple(toks []token, i int, m *match) int {
	j := i
	if word(toks, j) == "a" {
		j++
	}
	if word(toks, j) != "couple" || word(toks, j+1) != "of" {
		return 0
	}
	m.num, m.hasNum = 2, true
	return j + 2 - i
}

// fraction turns decimal digits into a fraction: "5" → 0.5.
func fraction(digits string) float64 {
	f, scale := 0.0, 0.1
	for i := 0; i < len(digits) && i < 6; i++ {
		f += float64(digits[i]-'0') * scale
		scale /= 10
	}
	return f
}

// readFraction reads "1/2" or "1/4" as in "5 1/2 hours".
func readFraction(toks []token, i int) (float64, int) {
	if i+2 < len(toks) && toks[i].digits && toks[i+1].low == "/" && toks[i+2].digits {
		a, b := atoi(toks[i].low), atoi(toks[i+2].low)
		if b > 1 && b <= 4 && a < b {
			return float64(a) / float64(b), 3
		}
	}
	return 0, 0
}

// readNumberWords reads spelled-out numbers below a million.
func readNumberWords(toks []token, i int) (int, int) {
	n, used := 0, 0
	if w := word(toks, i); w == "a" || w == "an" {
		if mult := multiplier(word(toks, i+1)); mult > 0 {
			return mult, 2
		}
		return 0, 0
	}
	v, ok := numberWords[word(toks, i)]
	if !ok {
		return 0, 0
	}
	n, used = v, 1
	if v >= 20 && v%10 == 0 {
		j := i + 1
		if word(toks, j) == "-" {
			j++
		}
		if u, ok := numberWords[word(toks, j)]; ok && u < 10 {
			n, used = n+u, j+1-i
		}
	}
	if mult := multiplier(word(toks, i+used)); mult > 0 {
		n, used = n*mult, used+1
	}
	return n, used
}

func multiplier(w string) int {
	switch w {
	case "hundred":
		return 100
	case "thousand":
		return 1000
	}
	return 0
}

// readFuzzy reads a vague count: "several", "a few", "some", "many", "a couple of".
func readFuzzy(toks []token, i int, m *match) int {
	used := 0
	switch word(toks, i) {
	case "several", "few", "many", "some", "numerous":
		used = 1
	case "a":
		if word(toks, i+1) == "few" {
			used = 2
		}
	}
	if used > 0 {
		m.fuzzy = true
	}
	return used
}

// readUnit reads a calendar unit, singular or plural ("weeks", "centuries").
func readUnit(toks []token, i int, m *match) int {
	w := toks[i].low
	u, ok := unitWords[w]
	if !ok && strings.HasSuffix(w, "s") {
		u, ok = unitWords[w[:len(w)-1]]
	}
	if !ok {
		return 0
	}
	m.unit = u
	return 1
}

func readSeason(toks []token, i int, m *match) int {
	s, ok := seasonNames[toks[i].low]
	if !ok {
		return 0
	}
	m.season = s
	return 1
}

func readPart(toks []token, i int, m *match) int {
	p, ok := partNames[toks[i].low]
	if !ok {
		return 0
	}
	m.part = p
	return 1
}

// readOrdinal reads "third" or "3rd".
func readOrdinal(toks []token, i int, m *match) int {
	w := toks[i].low
	if n, ok := ordinalWords[w]; ok {
		m.ord = n
		return 1
	}
	if len(w) >= 3 && isOrdinalSuffix(w[len(w)-2:]) && allDigits(w[:len(w)-2]) {
		m.ord = atoi(w[:len(w)-2])
		return 1
	}
	return 0
}

// readDecade reads "1990s", "'90s", "90s" or "nineties" into a decade prefix.
func readDecade(toks []token, i int, m *match) int {
	w := trimApostrophe(toks[i].low)
	if d, ok := decadeWords[w]; ok {
		m.decade = "19" + d
		return 1
	}
	if !strings.HasSuffix(w, "s") || !strings.HasSuffix(w[:len(w)-1], "0") || !allDigits(w[:len(w)-1]) {
		return 0
	}
	switch digits := w[:len(w)-1]; len(digits) {
	case 4:
		m.decade = digits[:3]
	case 2:
		m.decade = itoa(pivotYear(digits))[:3]
	default:
		return 0
	}
	return 1
}

// readNumberYear reads a year spelled out: "nineteen ninety-eight".
func readNumberYear(toks []token, i int, m *match) int {
	hi, ok := numberWords[word(toks, i)]
	if !ok || hi < 10 || hi > 20 {
		return 0
	}
	lo, used := readNumberWords(toks, i+1)
	if used == 0 || lo < 10 || lo > 99 {
		return 0
	}
	m.year = hi*100 + lo
	return used + 1
}
