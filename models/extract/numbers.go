package extract

import "strings"

// readNumber reads a count: "3", "2.5", "5 1/2", "four", "twenty-four",
// "twenty four", "a hundred", "one thousand".
func readNumber(lx *lexicon, toks []token, i int, m *match) int {
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
	n, used := readNumberWords(lx, toks, i)
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

// readOtherNumber reads the second count of a range ("two to three weeks")
// or of a sum ("two years and three months"), keeping the first.
func readOtherNumber(lx *lexicon, toks []token, i int, m *match) int {
	var scratch match
	n := readNumber(lx, toks, i, &scratch)
	m.num2 = scratch.num
	return n
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

// readNumberWords reads spelled-out numbers below a million: the numerals of
// numerals.txt, a ten and a unit ("twenty-four", "vingt-deux") and English
// hundreds and thousands.
func readNumberWords(lx *lexicon, toks []token, i int) (int, int) {
	n, used := 0, 0
	if w := word(toks, i); w == "a" || w == "an" {
		if mult := multiplier(word(toks, i+1)); mult > 0 {
			return mult, 2
		}
		return 0, 0
	}
	if i >= len(toks) {
		return 0, 0
	}
	p, k := lx.numbers.read(toks, i)
	if k == 0 {
		return 0, 0
	}
	n, used = p.n, k
	if p.n >= 20 && p.n%10 == 0 && p.n < 100 {
		j := i + k
		if w := word(toks, j); w == "-" || lx.numberAnd[w] {
			j++ // "twenty-four", "vinte e quatro"
		}
		if j < len(toks) {
			if u, k2 := lx.numbers.read(toks, j); k2 > 0 && u.n < 10 {
				n, used = n+u.n, j+k2-i
			}
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

// readFuzzy reads a vague count of vague-counts.txt: "several", "a few".
func readFuzzy(lx *lexicon, toks []token, i int, m *match) int {
	_, used := lx.fuzzy.read(toks, i)
	if used > 0 {
		m.fuzzy = true
	}
	return used
}

// readUnit reads a calendar unit of units.txt, singular or plural ("weeks",
// "centuries").
func readUnit(lx *lexicon, toks []token, i int, m *match) int {
	p, n := lx.units.read(toks, i)
	if n > 0 {
		m.unit, m.plural = p.value, p.plural
	}
	return n
}

func readSeason(lx *lexicon, toks []token, i int, m *match) int {
	p, n := lx.seasons.read(toks, i)
	if n > 0 {
		m.season = p.value
	}
	return n
}

func readPart(lx *lexicon, toks []token, i int, m *match) int {
	p, n := lx.parts.read(toks, i)
	if n > 0 {
		m.part = p.value
	}
	return n
}

// readOrdinal reads "third" or "3rd".
func readOrdinal(lx *lexicon, toks []token, i int, m *match) int {
	if p, n := lx.ordinals.read(toks, i); n > 0 {
		m.ord = p.n
		return n
	}
	w := toks[i].low
	if n := lx.leadingInt(w); n > 0 && !toks[i].digits {
		m.ord = n
		return 1
	}
	if lx.ordinalDot && toks[i].digits && len(w) <= 2 && word(toks, i+1) == "." && toks[i+1].start == toks[i].end {
		m.ord = atoi(w)
		return 2
	}
	return 0
}

// readDecade reads "1990s", "'90s", "90s" or "nineties" into a decade prefix.
func readDecade(lx *lexicon, toks []token, i int, m *match) int {
	if p, n := lx.decades.read(toks, i); n > 0 {
		m.decade = "19" + p.value
		return n
	}
	w := trimApostrophe(toks[i].low)
	digits := strings.TrimRightFunc(w, func(r rune) bool { return !isDigit(byte(r)) || r > 127 })
	if !lx.decadeSuffix[w[len(digits):]] || !strings.HasSuffix(digits, "0") || !allDigits(digits) {
		return 0
	}
	switch len(digits) {
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
func readNumberYear(lx *lexicon, toks []token, i int, m *match) int {
	p, k := lx.numbers.read(toks, i)
	if k != 1 || p.n < 10 || p.n > 20 {
		return 0
	}
	hi := p.n
	lo, used := readNumberWords(lx, toks, i+1)
	if used == 0 || lo < 10 || lo > 99 {
		return 0
	}
	m.year = hi*100 + lo
	return used + 1
}

// readOtherUnit reads the second unit of a sum of durations, keeping the first.
func readOtherUnit(lx *lexicon, toks []token, i int, m *match) int {
	p, n := lx.units.read(toks, i)
	if n > 0 {
		m.unit2 = p.value
	}
	return n
}
