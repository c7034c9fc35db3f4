package extract

import "strings"

func wordSet(s string) map[string]bool {
	m := map[string]bool{}
	for _, w := range strings.Fields(s) {
		m[w] = true
	}
	return m
}

// name is a run of tokens naming someone: toks[i:j].
type name struct {
	i, j   int
	gender string // "m", "f" or "" from a title
	titled bool
}

func isNameWord(t token) bool {
	return t.kind == tokWord && t.upper && !notNames.has(t.low) && !speechVerbs.has(t.low)
}

// isInitial reports whether toks[k] is a middle initial: "K" followed by ".".
func isInitial(toks []token, k int) bool {
	return k+2 < len(toks) && toks[k].kind == tokWord && len(toks[k].text) == 1 && toks[k].upper &&
		toks[k+1].low == "." && isNameWord(toks[k+2])
}

// readNameForward reads a name starting at toks[i]: an optional title and
// up to five capitalised words ("Mr. Li Chen", "William K. Reilly", "Maria de Souza").
func readNameForward(toks []token, i int) (name, bool) {
	n := name{i: i}
	j := i
	if g, ok := titles.lookup(word(toks, j)); ok && j < len(toks) && toks[j].upper {
		n.gender, n.titled = g, true
		j++
		if word(toks, j) == "." {
			j++
		}
	}
	words := 0
	for j < len(toks) && words < 5 {
		switch {
		case words > 0 && isInitial(toks, j):
			j += 2
		case words > 0 && toks[j].low == "." && abbreviations.has(toks[j-1].low) && j+1 < len(toks) && isNameWord(toks[j+1]):
			j++ // "Former Arizona Gov. Jan Brewer"
		case isNameWord(toks[j]):
			words++
			j++
		case words > 0 && nameLinks.has(toks[j].low) && j+1 < len(toks) && isNameWord(toks[j+1]):
			j++
		case words > 0 && toks[j].low == "-" && j+1 < len(toks) && toks[j+1].kind == tokWord && toks[j].start == toks[j-1].end && toks[j+1].start == toks[j].end:
			j++
		default:
			words += 10 // stop
		}
	}
	if j == i || !isNameWord(toks[j-1]) {
		return name{}, false
	}
	n.j = j
	return n, true
}

// properStart returns where the proper name inside toks[i:j] begins, after
// its titles: "Homeland Security Secretary Jeh Johnson" → "Jeh Johnson".
func properStart(toks []token, i, j int) int {
	start := i
	for k := i; k < j-1; k++ {
		if _, ok := titles.lookup(toks[k].low); ok && toks[k].upper {
			start = k + 1
		}
	}
	for start < j && (toks[start].kind != tokWord || nameLinks.has(toks[start].low)) {
		start++
	}
	if start >= j {
		return i
	}
	return start
}

// joinTokens writes toks[i:j] as in the text, one space between separated tokens.
func joinTokens(toks []token, i, j int) string {
	var b strings.Builder
	for k := i; k < j; k++ {
		if k > i && toks[k].start != toks[k-1].end {
			b.WriteByte(' ')
		}
		b.WriteString(toks[k].text)
	}
	return b.String()
}
