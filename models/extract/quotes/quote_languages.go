package quotes

import (
	"strings"

	"github.com/factline/factline/models/extract/tokens"
)

// The constructions below are read from each language's resources; in
// English most of them find nothing (it has no perfect auxiliary before a
// speech verb, no elided determiner, no verb-second order), so they cost
// English texts a lookup and change none of its readings.

// fills reports whether w may stand between a subject and its speech verb:
// a filler ("also") or a compound past's auxiliary ("a" in "a déclaré").
func (q *quoteLanguage) fills(w string) bool { return q.verbFillers.Has(w) || q.perfects.Has(w) }

// sourceCueAt reads a source cue starting at toks[k] ("according to",
// "selon", "so" when after is true) and returns it as written in the
// resources and its length in tokens, 0 when there is none.
func (q *quoteLanguage) sourceCueAt(toks []tokens.Token, k int, after bool) (string, int) {
	for _, c := range q.sourceCues {
		if c.after && !after || k+len(c.words) > len(toks) {
			continue
		}
		n := 0
		for n < len(c.words) && toks[k+n].Low == c.words[n] {
			n++
		}
		if n == len(c.words) {
			return c.text, n
		}
	}
	return "", 0
}

// sourceCueEndingAt reads a source cue that ends at toks[k] and may stand
// before a quotation: `According to Chen, "…"`, `Selon Chen, « … »`.
func (q *quoteLanguage) sourceCueEndingAt(toks []tokens.Token, k int) (string, int) {
	for _, c := range q.sourceCues {
		if i := k + 1 - len(c.words); !c.after && i >= 0 {
			if cue, n := q.sourceCueAt(toks, i, false); n == len(c.words) {
				return cue, n
			}
		}
	}
	return "", 0
}

// isSourceCue reports whether cue is a source cue that may stand before a
// quotation ("according to", "selon"): its source is no subject pronoun.
// One that cues only after a quotation may name one: „…“, so er.
func (q *quoteLanguage) isSourceCue(cue string) bool {
	for _, c := range q.sourceCues {
		if !c.after && c.text == cue {
			return true
		}
	}
	return false
}

// elide returns w without an elided determiner written onto it ("l'avocat"
// → "avocat") and whether it had one.
func (q *quoteLanguage) elide(w string) (string, bool) {
	for _, e := range q.elisions {
		if len(w) > len(e) && strings.HasPrefix(w, e) {
			return w[len(e):], true
		}
	}
	return w, false
}

// invertedPronoun reads a speech verb with its subject pronoun joined after
// it by hyphens, starting at toks[k]: "dit-il", "souligne-t-elle", or with
// a compound past's auxiliary, "a-t-il déclaré".
func (d *document) invertedPronoun(k int) (attribution, bool) {
	toks := d.toks
	w := tokens.Word(toks, k)
	aux := d.q.perfects.Has(w)
	if !aux && !d.q.invertible.Has(w) || tokens.Word(toks, k+1) != "-" {
		return attribution{}, false
	}
	p := k + 2
	if tokens.Word(toks, p) == "t" && tokens.Word(toks, p+1) == "-" {
		p += 2
	}
	if d.q.pronounGender.Get(tokens.Word(toks, p)) == "" {
		return attribution{}, false
	}
	if aux {
		if w = tokens.Word(toks, p+1); !d.q.invertible.Has(w) {
			return attribution{}, false
		}
	}
	return d.resolve(phrase{i: p, j: p + 1, pron: toks[p].Low}, w, ruleInvertedPronoun)
}

// verbSecond reads, in a language that puts its verb second, the subject
// after a speech verb that follows an opening phrase of its sentence:
// "Am Montag sagte Chen: „…“", "Dazu sagte der Minister: „…“". A name or
// pronoun right before the verb is its subject instead: "Chen sagte: „…“".
func (d *document) verbSecond(v, sent int) (attribution, bool) {
	w := d.toks[v].Low
	if !d.q.verbSecond || d.sentStart[v] || !d.q.invertible.Has(w) {
		return attribution{}, false
	}
	if p, ok := d.phraseBefore(v, 0); ok && (p.m != nil && !d.objectOf(p.i) || p.pron != "") && d.sent[p.i] == sent {
		return attribution{}, false
	}
	p, ok := d.phraseAfter(v+1, w)
	if !ok {
		return attribution{}, false
	}
	return d.resolve(p, w, ruleInvertedBefore)
}
