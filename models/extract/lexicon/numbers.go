package lexicon

import (
	"fmt"
	"strings"

	"github.com/factline/factline/models/extract/tokens"
)

// readNumber reads a count: "3", "2.5", "5 1/2", "four", "twenty-four",
// "twenty four", "a hundred", "one thousand".
func readNumber(lx *Lexicon, toks []tokens.Token, i int, m *Match) int {
	t := toks[i]
	if t.Digits && len(t.Low) <= 6 {
		n := float64(atoi(t.Low))
		used := 1
		if tokens.Word(toks, i+1) == "." && i+2 < len(toks) && toks[i+2].Digits && toks[i+2].Start == toks[i+1].End {
			n += fraction(toks[i+2].Low)
			used = 3
		} else if f, k := readFraction(toks, i+1); k > 0 && toks[i+1].Start > t.End {
			n += f
			used += k
		}
		m.Num, m.HasNum = n, true
		return used
	}
	n, used := readNumberWords(lx, toks, i)
	if used == 0 {
		return readCouple(toks, i, m)
	}
	m.Num, m.HasNum = float64(n), true
	if tokens.Word(toks, i+used) == "and" && tokens.Word(toks, i+used+1) == "a" && tokens.Word(toks, i+used+2) == "half" {
		m.Num += 0.5
		used += 3
	}
	return used
}

// readOtherNumber reads the second count of a range ("two to three weeks")
// or of a sum ("two years and three months"), keeping the first.
func readOtherNumber(lx *Lexicon, toks []tokens.Token, i int, m *Match) int {
	var scratch Match
	n := readNumber(lx, toks, i, &scratch)
	m.Num2 = scratch.Num
	return n
}

// readCouple reads "a couple of" and "couple of" as two.
func readCouple(toks []tokens.Token, i int, m *Match) int {
	j := i
	if tokens.Word(toks, j) == "a" {
		j++
	}
	if tokens.Word(toks, j) != "couple" || tokens.Word(toks, j+1) != "of" {
		return 0
	}
	m.Num, m.HasNum = 2, true
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
func readFraction(toks []tokens.Token, i int) (float64, int) {
	if i+2 < len(toks) && toks[i].Digits && toks[i+1].Low == "/" && toks[i+2].Digits {
		a, b := atoi(toks[i].Low), atoi(toks[i+2].Low)
		if b > 1 && b <= 4 && a < b {
			return float64(a) / float64(b), 3
		}
	}
	return 0, 0
}

// readNumberWords reads spelled-out numbers below a million: the numerals of
// numerals.txt, a ten and a unit ("twenty-four", "vingt-deux") and English
// hundreds and thousands.
func readNumberWords(lx *Lexicon, toks []tokens.Token, i int) (int, int) {
	n, used := 0, 0
	if w := tokens.Word(toks, i); w == "a" || w == "an" {
		if mult := multiplier(tokens.Word(toks, i+1)); mult > 0 {
			return mult, 2
		}
		return 0, 0
	}
	if i >= len(toks) {
		return 0, 0
	}
	p, k := lx.Numbers.Read(toks, i)
	if k == 0 {
		return 0, 0
	}
	n, used = p.n, k
	if p.n >= 20 && p.n%10 == 0 && p.n < 100 {
		j := i + k
		if w := tokens.Word(toks, j); w == "-" || lx.numberAnd[w] {
			j++ // "twenty-four", "vinte e quatro"
		}
		if j < len(toks) {
			if u, k2 := lx.Numbers.Read(toks, j); k2 > 0 && u.n < 10 {
				n, used = n+u.n, j+k2-i
			}
		}
	}
	if mult := multiplier(tokens.Word(toks, i+used)); mult > 0 {
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
func readFuzzy(lx *Lexicon, toks []tokens.Token, i int, m *Match) int {
	_, used := lx.fuzzy.Read(toks, i)
	if used > 0 {
		m.Fuzzy = true
	}
	return used
}

// readUnit reads a calendar unit of units.txt, singular or plural ("weeks",
// "centuries").
func readUnit(lx *Lexicon, toks []tokens.Token, i int, m *Match) int {
	p, n := lx.units.Read(toks, i)
	if n > 0 {
		m.Unit, m.Plural = p.Value, p.plural
	}
	return n
}

func readSeason(lx *Lexicon, toks []tokens.Token, i int, m *Match) int {
	p, n := lx.seasons.Read(toks, i)
	if n > 0 {
		m.Season = p.Value
	}
	return n
}

func readPart(lx *Lexicon, toks []tokens.Token, i int, m *Match) int {
	p, n := lx.parts.Read(toks, i)
	if n > 0 {
		m.Part = p.Value
	}
	return n
}

// readOrdinal reads "third" or "3rd".
func readOrdinal(lx *Lexicon, toks []tokens.Token, i int, m *Match) int {
	if p, n := lx.ordinals.Read(toks, i); n > 0 {
		m.Ord = p.n
		return n
	}
	w := toks[i].Low
	if n := lx.leadingInt(w); n > 0 && !toks[i].Digits {
		m.Ord = n
		return 1
	}
	if lx.ordinalDot && toks[i].Digits && len(w) <= 2 && tokens.Word(toks, i+1) == "." && toks[i+1].Start == toks[i].End {
		m.Ord = atoi(w)
		return 2
	}
	return 0
}

// readDecade reads "1990s", "'90s", "90s" or "nineties" into a decade prefix.
func readDecade(lx *Lexicon, toks []tokens.Token, i int, m *Match) int {
	if p, n := lx.decades.Read(toks, i); n > 0 {
		m.Decade = "19" + p.Value
		return n
	}
	w := trimApostrophe(toks[i].Low)
	digits := strings.TrimRightFunc(w, func(r rune) bool { return !tokens.IsDigit(byte(r)) || r > 127 })
	if !lx.decadeSuffix[w[len(digits):]] || !strings.HasSuffix(digits, "0") || !allDigits(digits) {
		return 0
	}
	switch len(digits) {
	case 4:
		m.Decade = digits[:3]
	case 2:
		m.Decade = Itoa(pivotYear(digits))[:3]
	default:
		return 0
	}
	return 1
}

// readNumberYear reads a year spelled out: "nineteen ninety-eight".
func readNumberYear(lx *Lexicon, toks []tokens.Token, i int, m *Match) int {
	p, k := lx.Numbers.Read(toks, i)
	if k != 1 || p.n < 10 || p.n > 20 {
		return 0
	}
	hi := p.n
	lo, used := readNumberWords(lx, toks, i+1)
	if used == 0 || lo < 10 || lo > 99 {
		return 0
	}
	m.Year = hi*100 + lo
	return used + 1
}

// readOtherUnit reads the second unit of a sum of durations, keeping the first.
func readOtherUnit(lx *Lexicon, toks []tokens.Token, i int, m *Match) int {
	p, n := lx.units.Read(toks, i)
	if n > 0 {
		m.Unit2 = p.Value
	}
	return n
}

func Itoa(n int) string { return fmt.Sprint(n) }
