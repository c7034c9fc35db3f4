package extract

import "strings"

// Actor is a known actor to match speakers against.
type Actor struct {
	ID      int64
	Name    string
	Aliases []string
	Kind    string // "person" or "organisation"
}

// Quote is one direct quotation with its proposed speaker.
type Quote struct {
	Start   int    `json:"start"`    // code point offset of the quoted words (inside the marks)
	End     int    `json:"end"`      // exclusive
	Text    string `json:"text"`     // the quoted words
	Speaker string `json:"speaker"`  // speaker as written or resolved in the text; "" when unsure
	ActorID int64  `json:"actor_id"` // matched known actor, 0 if none
	Cue     string `json:"cue"`      // the speech verb or cue ("said", "told", "according to")
}

// quoteSpan is a quotation found between marks, as token indices: the
// marks are toks[open] and toks[close], the words lie between. A quotation
// running over paragraphs is one span a paragraph, chained by chain.
type quoteSpan struct {
	open, close int
	chain       int
}

// closers maps each opening mark to the marks that may close it.
var closers = map[string]string{
	"\"": "\"”", "“": "”\"", "„": "“”", "«": "»", "``": "''",
}

// markAt reads a quotation mark at toks[k] ("“" and "”" are two tokens).
func markAt(toks []token, k int) (string, int) {
	w := toks[k].low
	if (w == "`" || w == "'") && k+1 < len(toks) && toks[k+1].low == w && toks[k+1].start == toks[k].end {
		return w + w, 2
	}
	switch w {
	case "\"", "“", "”", "„", "«", "»":
		return w, 1
	}
	return "", 0
}

// findQuotes pairs quotation marks within paragraphs. An unclosed quotation
// at a paragraph's end continues when the next paragraph opens with a mark;
// otherwise it is dropped.
func findQuotes(toks []token) []quoteSpan {
	var spans []quoteSpan
	open, openMark, chain, pendingChain := -1, "", 0, -1
	for k := 0; k < len(toks); k++ {
		if toks[k].kind == tokPara {
			if open >= 0 && k+1 < len(toks) {
				if m, _ := markAt(toks, k+1); closers[m] != "" {
					spans = append(spans, quoteSpan{open: open, close: k, chain: chain})
					pendingChain = chain
				}
			}
			open = -1
			continue
		}
		mark, n := markAt(toks, k)
		if n == 0 {
			continue
		}
		switch {
		case open < 0 && closers[mark] != "":
			open, openMark = k, mark
			chain++
			if pendingChain >= 0 {
				chain, pendingChain = pendingChain, -1
			}
		case open >= 0 && strings.Contains(closers[openMark], mark):
			spans = append(spans, quoteSpan{open: open, close: k, chain: chain})
			open, pendingChain = -1, -1
		}
		k += n - 1
	}
	return spans
}

// Quotes finds direct quotations and proposes their speakers: from a speech
// verb next to the closing or opening mark ("…," Chen said; Chen said: "…"),
// "according to", or "he"/"she" resolved to the last person mentioned. A
// quotation without a cue keeps the speaker of the one before it in the same
// paragraph, or of the paragraphs it continues, when no one else is named
// between. When unsure it proposes no speaker.
func Quotes(text string, known []Actor) []Quote {
	toks := tokenize(text)
	spans := findQuotes(toks)
	a := newAttributor(toks, known, spans)
	var out []Quote
	var chains []int
	byChain := map[int]attribution{}
	prev, prevAt := -1, attribution{}
	for _, s := range spans {
		first, last := s.open+markLen(toks, s.open), s.close-1
		if first > last {
			continue
		}
		at := a.attribute(s)
		if at.speaker == "" {
			at = byChain[s.chain]
		}
		if at.speaker == "" && prev >= 0 && a.unbroken(prev, s.open, prevAt.speaker) {
			at = prevAt
		}
		if at.speaker != "" {
			byChain[s.chain] = at
			prev, prevAt = s.close, at
		}
		if last-first < 3 && at.cue == "" {
			continue // a scare quote, not a quotation
		}
		chains = append(chains, s.chain)
		out = append(out, Quote{
			Start: toks[first].start, End: toks[last].end,
			Text: text[toks[first].b0:toks[last].b1], Speaker: at.speaker, ActorID: at.actor, Cue: at.cue,
		})
	}
	for i := range out { // a chain's first paragraphs take the speaker named at its end
		if at, ok := byChain[chains[i]]; ok && out[i].Speaker == "" {
			out[i].Speaker, out[i].ActorID, out[i].Cue = at.speaker, at.actor, at.cue
		}
	}
	return out
}

// unbroken reports whether toks[from:to] stays in one paragraph and names
// no one but speaker.
func (a *attributor) unbroken(from, to int, speaker string) bool {
	for k := from; k < to; k++ {
		if a.toks[k].kind == tokPara {
			return false
		}
	}
	for i := a.mentionsBefore(from + 1); i < len(a.mentions) && a.mentions[i].i < to; i++ {
		if m := a.mentions[i]; m.full != speaker && a.nameText(m.name) != speaker {
			return false
		}
	}
	return true
}

func markLen(toks []token, k int) int {
	_, n := markAt(toks, k)
	return max(n, 1)
}
