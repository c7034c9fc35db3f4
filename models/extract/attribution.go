package extract

import (
	"sort"
	"strings"
)

// attributor proposes speakers for the quotations of one text.
type attributor struct {
	toks     []token
	known    []Actor
	inQuote  []bool
	mentions []mention // people and organisations named outside quotations, in order
	// surnames maps the last word of each person's longest name (lower case)
	// to that mention, the first one made.
	surnames map[string]*mention
}

// mention is a name in the text, with the longest form used for the same
// person so far ("Chen" after "Li Chen" resolves to "Li Chen").
type mention struct {
	name
	full   string
	person bool
}

func newAttributor(toks []token, known []Actor, spans []quoteSpan) *attributor {
	a := &attributor{toks: toks, known: known, inQuote: make([]bool, len(toks)), surnames: map[string]*mention{}}
	for _, s := range spans {
		for k := s.open; k <= s.close && k < len(toks); k++ {
			a.inQuote[k] = true
		}
	}
	for k := 0; k < len(toks); k++ {
		if a.inQuote[k] || k > 0 && isNameWord(toks[k-1]) {
			continue
		}
		n, ok := readNameForward(toks, k)
		if !ok {
			continue
		}
		n.text = a.nameText(n)
		m := mention{name: n, full: n.text, person: personLike(toks, n)}
		if id, kind := a.actor(n.text); id != 0 {
			m.person = kind == "person"
		}
		key := surname(n.text)
		if prev, ok := a.surnames[key]; ok && len(prev.full) > len(m.full) {
			m.full, m.person = prev.full, true
			if m.gender == "" {
				m.gender = prev.gender
			}
		}
		a.mentions = append(a.mentions, m)
		if prev := a.surnames[key]; m.person && n.j-n.i > 1 && (prev == nil || len(prev.full) < len(m.full)) {
			a.surnames[key] = &mention{name: m.name, full: m.full, person: true}
		}
		k = n.j - 1
	}
	return a
}

func (a *attributor) nameText(n name) string {
	parts := make([]string, 0, n.j-n.i)
	for k := n.i; k < n.j; k++ {
		t := a.toks[k]
		if k > n.i && t.start == a.toks[k-1].end {
			parts[len(parts)-1] += t.text
			continue
		}
		parts = append(parts, t.text)
	}
	return strings.Join(parts, " ")
}

// surname is the last word of a name, lower-cased.
func surname(s string) string {
	f := strings.Fields(s)
	if len(f) == 0 {
		return ""
	}
	return strings.ToLower(f[len(f)-1])
}

// mentionsBefore returns the index of the first mention starting at or after toks[k].
func (a *attributor) mentionsBefore(k int) int {
	return sort.Search(len(a.mentions), func(i int) bool { return a.mentions[i].i >= k })
}

// sameSurname reports whether short ends with the last word of full's name.
func sameSurname(full, short string) bool {
	f, s := strings.Fields(full), strings.Fields(short)
	return len(f) > 0 && len(s) > 0 && strings.EqualFold(f[len(f)-1], s[len(s)-1])
}

// actor matches a written name to a known actor by name, alias or surname
// (case-insensitive); an ambiguous surname matches no one.
func (a *attributor) actor(written string) (int64, string) {
	w := strings.ToLower(stripTitle(written))
	var found *Actor
	for i := range a.known {
		k := &a.known[i]
		if strings.ToLower(k.Name) == w {
			return k.ID, k.Kind
		}
		for _, al := range k.Aliases {
			if l := strings.ToLower(al); l == w || strings.TrimPrefix(l, "the ") == w {
				return k.ID, k.Kind
			}
		}
	}
	for i := range a.known {
		k := &a.known[i]
		if k.Kind == "person" && !strings.Contains(w, " ") && sameSurname(k.Name, w) {
			if found != nil {
				return 0, ""
			}
			found = k
		}
	}
	if found == nil {
		return 0, ""
	}
	return found.ID, found.Kind
}

func stripTitle(s string) string {
	f := strings.Fields(s)
	if len(f) > 1 {
		if _, ok := titles[strings.ToLower(strings.TrimSuffix(f[0], "."))]; ok {
			return strings.Join(f[1:], " ")
		}
	}
	return s
}

// attribute looks for the speaker after the closing mark, then before the
// opening one.
func (a *attributor) attribute(s quoteSpan) attribution {
	if a.toks[s.close].kind != tokPara {
		if at, ok := a.after(s.close + markLen(a.toks, s.close)); ok {
			return at
		}
	}
	at, _ := a.before(s.open)
	return at
}

// after reads `"…," Chen said`, `"…," said Chen`, `"…," he said`,
// `"…," Chen, the minister, said` and `"…," according to Chen`.
func (a *attributor) after(k int) (attribution, bool) {
	toks := a.toks
	if word(toks, k) == "," {
		k++
	}
	w := word(toks, k)
	switch {
	case speechVerbs[w]:
		if p := word(toks, k+1); p == "he" || p == "she" {
			return a.pronoun(k+1, w)
		}
		for d := k + 1; d < k+4 && d < len(toks); d++ { // said economist Maria Okafor
			if n, ok := readNameForward(toks, d); ok {
				return a.named(n, w)
			}
			if toks[d].kind != tokWord || toks[d].upper || toks[d].low == "the" || toks[d].low == "a" {
				break
			}
		}
	case w == "he" || w == "she":
		if speechVerbs[word(toks, k+1)] {
			return a.pronoun(k, word(toks, k+1))
		}
	case w == "according" && word(toks, k+1) == "to":
		if n, ok := readNameForward(toks, k+2); ok {
			return a.named(n, "according to")
		}
	default:
		n, ok := readNameForward(toks, k)
		if !ok {
			return attribution{}, false
		}
		v := n.j
		if word(toks, v) == "," { // an apposition: Chen, the minister, said
			for v++; v < n.j+12 && v < len(toks) && toks[v].low != ","; v++ {
				if isSentenceEnd(toks, v) {
					return attribution{}, false
				}
			}
			v++
		}
		if word(toks, v) == "also" || word(toks, v) == "later" {
			v++
		}
		if speechVerbs[word(toks, v)] {
			return a.named(n, word(toks, v))
		}
	}
	return attribution{}, false
}

// before reads `Chen said: "…"`, `Chen told reporters: "…"`, `he said, "…"`.
func (a *attributor) before(open int) (attribution, bool) {
	toks := a.toks
	k := open - 1
	if k < 0 {
		return attribution{}, false
	}
	colon := toks[k].low == ":"
	if colon || toks[k].low == "," {
		k--
	}
	if k >= 2 && toks[open-1].low == "," && toks[k].kind == tokWord {
		for s := k; s >= 2 && s > k-6; s-- { // According to Chen, "…"
			if toks[s-2].low == "according" && toks[s-1].low == "to" {
				if n, ok := readNameForward(toks, s); ok && n.j == open-1 {
					return a.named(n, "according to")
				}
			}
		}
	}
	for back := 0; k >= 0 && back < 4; back++ { // "told reporters:" puts words after the verb
		if speechVerbs[toks[k].low] {
			break
		}
		if !colon || isSentenceEnd(toks, k) {
			return attribution{}, false
		}
		k--
	}
	if k < 1 || !speechVerbs[toks[k].low] {
		return attribution{}, false
	}
	verb := toks[k].low
	s := k - 1
	if toks[s].low == "also" || toks[s].low == "later" {
		s--
	}
	if s >= 0 && (toks[s].low == "he" || toks[s].low == "she") {
		return a.pronoun(s, verb)
	}
	if s > 0 && toks[s].low == "," { // Berger, who runs the ferry, said: "…"
		for s--; s > 0 && k-s < 14 && toks[s].low != ","; s-- {
			if isSentenceEnd(toks, s) {
				return attribution{}, false
			}
		}
		s--
	}
	if n, ok := readNameBackward(toks, s+1); ok {
		return a.named(n, verb)
	}
	return attribution{}, false
}
