// Package quotes finds direct quotations in a text and attributes them to
// their speakers by the cues around them ("said X", "according to X",
// pronouns, known actors), precision first.
package quotes

import (
	"strings"

	"github.com/factline/factline/models/extract/tokens"
)

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
	turn        bool // a turn of a dialogue (quote_dialogue.go): it takes no other quotation's speaker
}

// markAt reads a quotation mark of the language at toks[k] (““” and
// "”" are two tokens).
func (q *quoteLanguage) markAt(toks []tokens.Token, k int) (string, int) {
	w := toks[k].Low
	if (w == "`" || w == "'") && k+1 < len(toks) && toks[k+1].Low == w && toks[k+1].Start == toks[k].End {
		return w + w, 2
	}
	if q.marks[w] {
		return w, 1
	}
	return "", 0
}

// findQuotes pairs quotation marks within paragraphs. An unclosed quotation
// at a paragraph's end continues when the next paragraph opens with a mark;
// otherwise it is dropped. In a language with dialogue dashes, a line may
// open a turn and a dash inside quotation marks may start another.
func (q *quoteLanguage) findQuotes(text string, toks []tokens.Token) []quoteSpan {
	var spans []quoteSpan
	open, openMark, chain, pendingChain := -1, "", 0, -1
	for k := 0; k < len(toks); k++ {
		if toks[k].Kind == tokens.TokPara {
			if open >= 0 && k+1 < len(toks) {
				if m, _ := q.markAt(toks, k+1); q.closers[m] != "" {
					spans = append(spans, quoteSpan{open: open, close: k, chain: chain})
					pendingChain = chain
				}
			}
			open = -1
			continue
		}
		if open < 0 && q.isDialogueDash(toks, k) && atLineStart(text, toks, k) {
			if s, ok := q.lineTurn(text, toks, k); ok {
				spans = append(spans, s)
				k = s.close
			}
			continue
		}
		mark, n := q.markAt(toks, k)
		if n == 0 {
			continue
		}
		switch {
		case open < 0 && q.closers[mark] != "":
			open, openMark = k, mark
			chain++
			if pendingChain >= 0 {
				chain, pendingChain = pendingChain, -1
			}
		case open >= 0 && strings.Contains(q.closers[openMark], mark):
			spans = append(spans, quoteSpan{open: open, close: k, chain: chain})
			open, pendingChain = -1, -1
		}
		k += n - 1
	}
	if len(q.dialogueDashes) == 0 {
		return spans
	}
	var out []quoteSpan
	for _, s := range spans {
		out = append(out, q.splitTurns(toks, s)...)
	}
	return out
}

// Quotes finds direct quotations and proposes their speakers from a cue in
// the quotation's sentence (see attribute). A quotation without one keeps
// the speaker of another quotation in its sentence, of the paragraphs it
// continues, or of the quotation just before it in the same or the previous
// paragraph when no one else is named between. Quotations of three words or
// fewer count only with a cue of their own (others are titles and scare
// quotes). When unsure it proposes no speaker.
func Quotes(text string, known []Actor) []Quote { return QuotesIn("en", text, known) }

// QuotesIn is Quotes for a text of the language lang (an ISO 639-1 code of
// Languages), with that language's quotation marks, speech verbs and word
// lists; a language it does not know is read as English.
func QuotesIn(lang, text string, known []Actor) []Quote {
	out, _ := quotes(quoteLanguageOf(lang), text, known)
	return out
}

// quotes is QuotesIn with the rules that fired on the text.
func quotes(q *quoteLanguage, text string, known []Actor) ([]Quote, quoteRules) {
	toks := tokens.Tokenize(text)
	spans := q.findQuotes(text, toks)
	d := newDocument(q, toks, spans, known)
	var out []Quote
	var chains []int
	byChain := map[int]attribution{}
	prev, prevAt := -1, attribution{}
	for x, s := range spans {
		first, last := s.open+q.markLen(toks, s.open), s.close-1
		if first > last {
			continue
		}
		at, direct := d.attribute(x)
		switch {
		case direct:
		case s.turn: // in a dialogue the quotation before is the other side's
		case byChain[s.chain].speaker != "":
			at = byChain[s.chain]
			d.fired |= ruleSameChain
		case prev >= 0 && d.unbroken(prev, s.open, prevAt.ent):
			at = prevAt
			d.fired |= rulePrevious
		default:
			at, _ = d.sentenceBefore(s.open)
		}
		d.fired |= at.rules
		if at.speaker != "" && !s.turn {
			byChain[s.chain] = at
			prev, prevAt = s.close, at
			if at.ent != nil {
				d.lastEnt, d.lastEnd = at.ent, s.close
			}
		}
		if !direct && wordsIn(toks, first, last+1) <= 3 && !isSentence(toks, first, last) {
			d.fired |= ruleScareQuote
			continue // a title or a scare quote, not a quotation
		}
		if s.turn {
			chains = append(chains, -1) // no chain: a turn's speaker is its own
		} else {
			chains = append(chains, s.chain)
		}
		out = append(out, Quote{
			Start: toks[first].Start, End: toks[last].End,
			Text: text[toks[first].B0:toks[last].B1], Speaker: at.speaker, ActorID: at.actor, Cue: at.cue,
		})
	}
	for i := range out { // a chain's first paragraphs take the speaker named at its end
		if at, ok := byChain[chains[i]]; ok && out[i].Speaker == "" {
			out[i].Speaker, out[i].ActorID, out[i].Cue = at.speaker, at.actor, at.cue
			d.fired |= ruleChainStart
		}
	}
	return out, d.fired
}

// unbroken reports whether the quotation opening at toks[to] follows the one
// closing at toks[from] without another person or organisation named
// between, in the same paragraph or at the start of the next.
func (d *document) unbroken(from, to int, speaker *entity) bool {
	switch d.para[to] - d.para[from] {
	case 0:
	case 1:
		if to > 0 && d.toks[to-1].Kind != tokens.TokPara {
			return false
		}
	default:
		return false
	}
	cue := d.sent[min(from+1, len(d.toks)-1)] // the sentence that names the speaker may name others
	for i := d.mm.before(from + 1); i < len(d.mm.list) && d.mm.list[i].i < to; i++ {
		if m := d.mm.list[i]; m.ent != speaker && d.sent[m.i] != cue {
			return false
		}
	}
	return true
}

// isSentence reports whether toks[first:last+1] reads as a sentence: a capital
// first, a full stop, question or exclamation mark last ("Neither do I.").
func isSentence(toks []tokens.Token, first, last int) bool {
	switch toks[last].Low {
	case ".", "?", "!":
		return toks[first].Upper
	}
	return false
}

// wordsIn counts the words in toks[i:j].
func wordsIn(toks []tokens.Token, i, j int) int {
	n := 0
	for k := i; k < j; k++ {
		if toks[k].Kind == tokens.TokWord {
			n++
		}
	}
	return n
}

func (q *quoteLanguage) markLen(toks []tokens.Token, k int) int {
	_, n := q.markAt(toks, k)
	return max(n, 1)
}
