package quotes

import (
	"github.com/factline/factline/models/extract/tokens"
)

// pronoun resolves "he" or "she" at toks[k] (gender g) to the most likely
// person: the speaker of the quotation just before, when no other person of
// that gender opened a sentence since; otherwise the last person of that
// gender named within the two paragraphs before, preferring the subject of a
// speech verb, then the one that opens its sentence. It returns nil when two people are equally likely,
// and the rule that chose.
func (d *document) pronoun(k int, g string) (*entity, quoteRules) {
	list := d.mm.list
	fits := func(e *entity) bool { return e.personal && (e.gender == "" || e.gender == g) }
	if e := d.lastEnt; e != nil && !e.org && (e.gender == "" || e.gender == g) && k-d.lastEnd < 200 && d.para[k]-d.para[d.lastEnd] <= 2 {
		rival := false
		for i := d.mm.before(d.lastEnd); i < len(list) && list[i].i < k; i++ {
			if e := list[i].ent; e != d.lastEnt && fits(e) && list[i].subject {
				rival = true
			}
		}
		if !rival {
			return d.lastEnt, rulePronounLastSpeaker
		}
	}
	var found, subject, speaker *mention
	distinct, subjects, speakers := 0, 0, 0
	chained := false
	for i := d.mm.before(k) - 1; i >= 0; i-- {
		m := &list[i]
		if d.para[k]-d.para[m.i] > 2 || k-m.j > 250 || found != nil && d.sent[m.i] != d.sent[found.i] {
			break
		}
		if !fits(m.ent) || d.sent[m.i] == d.sent[k] && d.objectOf(m.i) {
			continue // "At an interview with Harbour News, he said": the pronoun's own sentence names its object
		}
		if found == nil && !m.subject && (chained || d.sent[m.i] != d.sent[k] && d.opensWithPronoun(m.i, g)) {
			chained = true // "He said he might vote for Ortiz. "…," he said": the pronoun goes on from the sentence's own subject
			continue
		}
		if found == nil || m.ent != found.ent {
			distinct++
		}
		if found == nil {
			found = m
		}
		if m.subject && (subject == nil || subject.ent != m.ent) {
			subjects++
			subject = m
		}
		if m.speaks && (speaker == nil || speaker.ent != m.ent) {
			speakers++
			speaker = m
		}
	}
	switch {
	case speakers == 1: // of two subjects, the one who speaks: "Cruz won them over, Ortiz said."
		return speaker.ent, rulePronounSpeaks
	case subjects > 1:
		return nil, 0
	case subject != nil:
		return subject.ent, rulePronounSubject
	case distinct == 1:
		return found.ent, rulePronounOnly
	}
	return nil, 0
}

// objectOf reports whether a name at toks[i] is the object of a preposition:
// "with Harbour News", "to the Harbour Trust".
func (d *document) objectOf(i int) bool {
	k := i - 1
	if k >= 0 && d.q.determiners.Has(d.toks[k].Low) {
		k--
	}
	return k >= 0 && d.q.prepositions.Has(d.toks[k].Low)
}

// opensWithPronoun reports whether the sentence of toks[k] opens with "he"
// or "she" of gender g.
func (d *document) opensWithPronoun(k int, g string) bool {
	s := d.sentenceStart(k)
	for s < k && d.toks[s].Kind != tokens.TokWord {
		s++
	}
	return d.q.pronounGender.Get(d.toks[s].Low) == g
}
