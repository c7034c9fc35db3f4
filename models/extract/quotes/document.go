package quotes

import (
	"github.com/factline/factline/models/extract/tokens"
)

// document is a text prepared for attribution: its quotations, sentences,
// paragraphs and the people and organisations it names.
type document struct {
	q         *quoteLanguage
	toks      []tokens.Token
	spans     []quoteSpan
	qid       []int  // the quotation each token belongs to (marks included), -1 outside
	sent      []int  // sentence number of each token; a quotation shares its opening's
	para      []int  // paragraph number of each token
	sentStart []bool // the token opens a sentence
	mm        *mentionModel
	known     []Actor
	lastEnt   *entity // speaker of the last attributed quotation
	lastEnd   int     // and where it ended
	fired     quoteRules
}

func newDocument(q *quoteLanguage, toks []tokens.Token, spans []quoteSpan, known []Actor) *document {
	d := &document{q: q, toks: toks, spans: spans, known: known, qid: make([]int, len(toks)),
		sent: make([]int, len(toks)), para: make([]int, len(toks)), sentStart: make([]bool, len(toks))}
	for k := range d.qid {
		d.qid[k] = -1
	}
	for x, s := range spans {
		for k := s.open; k <= s.close && k < len(toks); k++ {
			d.qid[k] = x
		}
	}
	sent, para, open := 0, 0, true
	for k, t := range toks {
		if t.Kind == tokens.TokPara {
			para++
			sent++
			open = true
		}
		d.para[k], d.sent[k] = para, sent
		if x := d.qid[k]; x >= 0 {
			d.sent[k], open = d.sent[spans[x].open], false // the quotation opens the sentence
			if k == spans[x].close && d.quoteEndsSentence(x) {
				sent++
				open = true
			}
			continue
		}
		if open && t.Kind == tokens.TokWord {
			d.sentStart[k], open = true, false
		}
		if q.endsSentence(toks, k) {
			sent++
			open = true
		}
	}
	inQuote := make([]bool, len(toks))
	for k, x := range d.qid {
		inQuote[k] = x >= 0
	}
	d.mm = q.buildMentions(toks, inQuote, d.sentStart)
	d.fired = d.mm.fired
	for _, m := range d.mm.list { // a known person is a person however the text names them
		if _, kind := q.matchActor(known, m.ent.full); kind == "person" {
			m.ent.personal = true
		}
	}
	return d
}

// endsSentence reports whether toks[k] is a full stop, question or
// exclamation mark that ends a sentence (not "Mr.", the "K." of "William K.
// Reilly" or the "Ky." of "(R-Ky.)" and "R-Ky., said").
func (q *quoteLanguage) endsSentence(toks []tokens.Token, k int) bool {
	if n := tokens.Word(toks, k+1); n == ")" || n == "," {
		return false
	}
	if k+1 < len(toks) && toks[k+1].Kind == tokens.TokWord && toks[k+1].Start == toks[k].End {
		return false // "GunBroker.com"
	}
	switch toks[k].Low {
	case "?", "!":
		return true
	case ".":
		if k == 0 {
			return true
		}
		p := toks[k-1]
		_, isMonth := q.months[p.Low]
		return !q.abbreviations.Has(p.Low) && !isMonth && !(len(p.Text) == 1 && p.Upper)
	}
	return false
}

// quoteEndsSentence reports whether quotation x ends its sentence: its last
// word is followed by a full stop, question or exclamation mark and the text
// after it does not go on with a speech verb ("Where?" Chen asked).
func (d *document) quoteEndsSentence(x int) bool {
	s, toks := d.spans[x], d.toks
	if s.close < 1 || toks[s.close].Kind == tokens.TokPara || !d.q.endsSentence(toks, s.close-1) {
		return false
	}
	k := s.close + 1
	if tokens.Word(toks, k) == "," {
		return false // the sentence goes on after the mark: „Geht!“, sagte Chen
	}
	if toks[s.close-1].Low == "." && k < len(toks) && toks[k].Kind == tokens.TokWord && toks[k].Upper {
		return true // after a full stop, a speech verb belongs to the next sentence
	}
	if k >= len(toks) || toks[k].Kind != tokens.TokWord {
		return true
	}
	if !toks[k].Upper || d.q.speechVerbs.Has(toks[k].Low) {
		return false
	}
	if n, ok := d.q.readNameForward(toks, k); ok {
		k = n.j
	} else if d.q.pronounGender.Get(toks[k].Low) != "" {
		k++
	}
	return !d.q.speechVerbs.Has(tokens.Word(toks, k)) && !d.q.speaksAfterApposition(toks, k) // "Go!" Rep. Ana Ruiz, R-Ohio, said
}

// quoted reports whether toks[k] lies in a quotation or is one's mark.
func (d *document) quoted(k int) bool { return k >= 0 && k < len(d.qid) && d.qid[k] >= 0 }
