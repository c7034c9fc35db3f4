package quotes

import (
	"strings"

	"github.com/factline/factline/models/extract/tokens"
)

// attribution is a proposed speaker with the cue that names it.
type attribution struct {
	speaker string
	ent     *entity
	actor   int64
	cue     string
	rules   quoteRules // the rules that made it
}

// phrase is the source of a cue as written: a name, a pronoun or a
// description ("a spokeswoman", "the report"), toks[i:j].
type phrase struct {
	i, j  int
	to    int        // where a description's words end when they go on past its head (toks[j-1])
	m     *mention   // for a name
	pron  string     // for a pronoun
	rules quoteRules // the rules that read it
}

// attribute finds the cue of quotation x in its own sentence: right after
// it (`…," Chen said`, `…," said Chen`), before it (`Chen said: "…"`,
// `Chen said about the plan, "…"`, `Chen said the plan was "a sham"`) or
// later in the sentence (`the "new deal" is dead, Chen said`).
func (d *document) attribute(x int) (attribution, bool) {
	s := d.spans[x]
	if at, ok := d.transcript(s.open + d.q.markLen(d.toks, s.open)); ok {
		return at, true
	}
	closed := d.toks[s.close].Kind != tokens.TokPara // and not continued in the next paragraph
	after := s.close + d.q.markLen(d.toks, s.close)
	if w := tokens.Word(d.toks, after); closed && (w == "―" || w == "—") { // "…" ― Maria Okafor
		if m, ok := d.mm.startingAt(after + 1); ok {
			return d.resolve(phrase{i: m.i, j: m.j, m: m}, "", ruleSignOff)
		}
	}
	if at, ok := d.byline(after); closed && ok && (s.open == 0 || d.toks[s.open-1].Kind == tokens.TokPara) {
		return at, true
	}
	goesOn := closed && !d.quoteEndsSentence(x)
	if goesOn {
		if at, ok := d.adjacentAfter(after); ok {
			return at, true
		}
	}
	if at, ok := d.leftOf(s.open); ok && !s.turn { // left of a turn is the other side's
		return at, true
	}
	if goesOn {
		return d.laterIn(after)
	}
	return attribution{}, false
}

// byline reads a name on a line of its own behind a dash, after a quotation
// that is a paragraph of its own and ends at toks[k]: `"…"` then `- Maria
// Okafor, Kent.` (but not a wire service's credit after an article's last
// sentence).
func (d *document) byline(k int) (attribution, bool) {
	toks := d.toks
	if tokens.Word(toks, k) == "." {
		k++
	}
	if k+2 >= len(toks) || toks[k].Kind != tokens.TokPara {
		return attribution{}, false
	}
	switch toks[k+1].Low {
	case "-", "–", "—", "―":
		if m, ok := d.mm.startingAt(k + 2); ok {
			return d.resolve(phrase{i: m.i, j: m.j, m: m}, "", ruleByline)
		}
	}
	return attribution{}, false
}

// transcript reads a speaker written in capitals before a colon at the
// start of a quotation: "OKAFOR: We will not resign."
func (d *document) transcript(k int) (attribution, bool) {
	toks := d.toks
	j := k
	for j < len(toks) && j < k+3 && toks[j].Kind == tokens.TokWord && toks[j].Text == strings.ToUpper(toks[j].Text) && !toks[j].Digits {
		j++
	}
	if j == k || tokens.Word(toks, j) != ":" || len(toks[k].Text) < 2 {
		return attribution{}, false
	}
	for _, m := range d.mm.list {
		if m.ent.sur == toks[j-1].Low && !m.ent.org {
			return d.attribution(m.ent.full, m.ent, "transcript", ruleTranscript), true
		}
	}
	return d.attribution(joinTokens(toks, k, j), nil, "transcript", ruleTranscript), true
}

// sentenceBefore reads the speaker of a quotation without a cue from the
// sentence just before it, when that sentence reports a named person's
// words: `…, Chen said. "We will see."`
func (d *document) sentenceBefore(open int) (attribution, bool) {
	toks := d.toks
	k := open - 1
	if k >= 0 && toks[k].Kind == tokens.TokPara {
		k--
	}
	if k < 0 || d.quoted(k) || d.sent[k] == d.sent[open] {
		return attribution{}, false
	}
	lo := k
	for v := k; v >= 0 && d.sent[v] == d.sent[k]; v-- {
		lo = v
		if d.quoted(v) {
			return attribution{}, false // the sentence before quotes someone else
		}
	}
	for v := k; v >= lo; v-- {
		if !d.q.speechVerbs.Has(toks[v].Low) || d.q.partialCues.Has(toks[v].Low) {
			continue
		}
		if p, ok := d.phraseBefore(v, lo); ok && (p.m != nil && !p.m.ent.org || p.pron != "") {
			if at, ok := d.resolve(p, toks[v].Low, ruleSentenceBefore); ok && at.speaker != "" {
				return at, true
			}
		}
		break
	}
	// a person who opens the sentence before and is the only one named in it:
	// `Okafor turned to the crowd. "We will win."`
	p, ok := d.phraseAt(lo)
	if !ok || p.m == nil || !p.m.ent.personal || d.q.capitalisedNouns && p.m.ent.gender == "" {
		return attribution{}, false // where every noun is capitalised, a person is one a title or first name tells: not "Solche Entwicklungen"
	}
	for i := d.mm.before(lo); i < len(d.mm.list) && d.mm.list[i].i <= k; i++ {
		if e := d.mm.list[i].ent; e != p.m.ent && e.personal {
			return attribution{}, false
		}
	}
	return d.resolve(p, "", ruleOpensSentenceBefore)
}

// adjacentAfter reads a cue that starts at toks[k], just after a quotation.
func (d *document) adjacentAfter(k int) (attribution, bool) {
	toks := d.toks
	if tokens.Word(toks, k) == "," {
		k++
	}
	if cue, n := d.q.sourceCueAt(toks, k, true); n > 0 {
		if p, ok := d.phraseAfter(k+n, cue); ok {
			return d.resolve(p, cue, ruleAccordingToAfter)
		}
		return attribution{}, false
	}
	if at, ok := d.invertedPronoun(k); ok { // `« … », a-t-il déclaré`, `« … », dit-elle`
		return at, true
	}
	if d.q.perfects.Has(tokens.Word(toks, k)) && d.q.speechVerbs.Has(tokens.Word(toks, k+1)) { // `« … », a déclaré Chen`
		k++
	}
	for v := k; v < len(toks) && v < k+30; v++ {
		if d.quoted(v) || toks[v].Kind == tokens.TokPara || d.q.endsSentence(toks, v) {
			break
		}
		w := toks[v].Low
		if !d.q.speechVerbs.Has(w) || d.q.partialCues.Has(w) || d.q.participles.Has(w) {
			continue
		}
		if v == k {
			if !d.q.invertible.Has(w) {
				break
			}
			if p, ok := d.phraseAfter(v+1, w); ok {
				return d.resolve(p, w, ruleInvertedAfter)
			}
			break
		}
		if p, ok := d.phraseBefore(v, k); ok && d.describes(k, p.i) {
			return d.resolve(p, w, ruleSubjectAfter)
		}
		break
	}
	return attribution{}, false
}

// leftOf looks for the nearest cue before toks[open] in the same sentence,
// or in the sentence that ends the paragraph before with a colon.
func (d *document) leftOf(open int) (attribution, bool) {
	toks := d.toks
	sent := d.sent[open]
	participle := ""
	k := open - 1
	if k > 0 && toks[k].Kind == tokens.TokPara && toks[k-1].Low == ":" {
		k--
		sent = d.sent[k]
	}
	lo := k
	for ; k >= 0 && d.sent[k] == sent; k-- {
		lo = k
		if d.quoted(k) || toks[k].Kind != tokens.TokWord {
			continue
		}
		w := toks[k].Low
		if cue, n := d.q.sourceCueEndingAt(toks, k); n > 0 {
			if p, ok := d.phraseAfter(k+1, cue); ok {
				return d.resolve(p, cue, ruleAccordingToBefore)
			}
			continue
		}
		if !d.q.speechVerbs.Has(w) {
			continue
		}
		if d.q.participles.Has(w) {
			if p, ok := d.absoluteSubject(k); ok { // "…, with Chen saying "…""
				return d.resolve(p, w, ruleAbsoluteParticiple)
			}
			participle = w
			continue
		}
		if d.sentStart[k] && d.q.invertible.Has(w) { // Said Chen: "…"
			if p, ok := d.phraseAfter(k+1, w); ok {
				return d.resolve(p, w, ruleInvertedBefore)
			}
		}
		if at, ok := d.verbSecond(k, sent); ok { // "Am Montag sagte Chen: „…“"
			return at, true
		}
		if d.subordinate(k, open) { // "When Chen suggested …, Ruiz fired back: "…""
			d.fired |= ruleSubordinate
			continue
		}
		if p, ok := d.phraseBefore(k, 0); ok && d.sent[p.i] == sent {
			return d.resolve(p, w, ruleSubjectBefore)
		}
		if d.coordinated(k) { // "He then adopted an accent and joked, "…""
			if p, ok := d.coordinatedSubject(k); ok {
				return d.resolve(p, w, ruleCoordinated)
			}
		}
	}
	if participle != "" { // "Chen left the room, saying "…"", "Here in Dayton, Chen stepped up …, saying "…""
		if p, ok := d.subjectOf(lo, open); ok {
			return d.resolve(p, participle, ruleParticiple)
		}
	}
	colon := open - 1
	if colon > 0 && toks[colon].Kind == tokens.TokPara { // the colon may end the paragraph before
		colon--
	}
	if colon >= 0 && toks[colon].Low == ":" { // "Chen disagreed: "…"", "… surprised pollster Ana Ruiz: "…"", "She added: "…""
		if m, ok := d.mm.endingAt(colon); ok && m.ent.personal && (!d.q.capitalisedNouns || m.ent.gender != "") { // not "Musik Bozen: „…“"
			return d.resolve(phrase{i: m.i, j: m.j, m: m}, ":", ruleColonName)
		}
		if p, ok := d.subjectOf(lo, colon); ok && (p.pron != "" || p.m != nil && p.m.ent.personal && (!d.q.capitalisedNouns || p.m.ent.gender != "")) {
			return d.resolve(p, ":", ruleColonSubject)
		}
	}
	return attribution{}, false
}

// laterIn looks for a cue after toks[k] up to the end of the sentence:
// `the "new deal" is dead, Chen said.`
func (d *document) laterIn(k int) (attribution, bool) {
	toks := d.toks
	for v := k; v < len(toks) && v < k+40; v++ {
		if toks[v].Kind == tokens.TokPara || !d.quoted(v) && d.q.endsSentence(toks, v) {
			break
		}
		if d.quoted(v) || !d.q.speechVerbs.Has(toks[v].Low) || d.q.partialCues.Has(toks[v].Low) || d.q.participles.Has(toks[v].Low) {
			continue
		}
		w := toks[v].Low
		if d.q.perfects.Has(toks[v-1].Low) && tokens.Word(toks, v-2) == "," && d.q.invertible.Has(w) { // ", a déclaré Chen"
			if p, ok := d.phraseAfter(v+1, w); ok {
				return d.resolve(p, w, ruleInvertedLater)
			}
		}
		if toks[v-1].Low == "," && d.q.invertible.Has(w) {
			if p, ok := d.phraseAfter(v+1, w); ok {
				return d.resolve(p, w, ruleInvertedLater)
			}
		}
		if p, ok := d.phraseBefore(v, k); ok && (p.i == k || toks[p.i-1].Low == ",") {
			return d.resolve(p, w, ruleSubjectLater)
		}
		break
	}
	return attribution{}, false
}

// phraseBefore reads the subject ending before the speech verb toks[v],
// not reaching before toks[lo]: "Chen", "Chen also", "Chen, the minister,",
// "Chen (R-Ohio)", "he", "a spokeswoman", "Chen's lawyer".
func (d *document) phraseBefore(v, lo int) (phrase, bool) {
	toks := d.toks
	k := v - 1
	for k >= lo && k >= 0 && (d.q.fills(toks[k].Low) || toks[k].Low == "on" && d.q.verbFillers.Has(tokens.Word(toks, k+1)) ||
		!toks[k].Upper && strings.HasSuffix(toks[k].Low, "ly")) { // "Chen similarly warned"
		k--
	}
	if k < lo || k < 0 || d.quoted(k) {
		return phrase{}, false
	}
	if toks[k].Low == ")" {
		for b := k - 1; b >= lo && b > k-10; b-- {
			if toks[b].Low == "(" {
				k = b - 1
				break
			}
		}
	}
	if k < lo || k < 0 {
		return phrase{}, false
	}
	if _, ok := d.q.pronounGender.Lookup(toks[k].Low); ok {
		return phrase{i: k, j: k + 1, pron: toks[k].Low}, true
	}
	if m, ok := d.mm.endingAt(k + 1); ok && m.i >= lo {
		if m.i >= 2 && toks[m.i-1].Low == "of" && (toks[m.i-2].Low == "percent" || toks[m.i-2].Low == "%" || toks[m.i-2].Low == "majority") {
			d.fired |= rulePoll
			return phrase{}, false // "37 percent of Americans say" reports a poll
		}
		if p, ok := d.modified(m.i, lo); ok { // "Aris Hovian of the Harbour Trust told", "a source speaking to Harbour News said"
			return p, true
		}
		if m.i >= 2 && d.q.ands.Has(toks[m.i-1].Low) { // "Chen and Okafor said": both, as written
			if first, ok := d.mm.endingAt(m.i - 1); ok && first.i >= lo {
				return phrase{i: first.i, j: m.j, rules: ruleBothNames}, true
			}
		}
		return phrase{i: m.i, j: m.j, m: m}, true
	}
	if toks[k].Low == "," {
		return d.apposed(k, lo)
	}
	if p, ok := d.throughPhrase(k, lo); ok {
		return p, true
	}
	return d.description(k, lo)
}

// throughPhrase reads a name before a short prepositional phrase that ends at
// toks[k] and stands between the name and its verb: "Chen in his speech on
// Monday said", "Chen at the rally called".
func (d *document) throughPhrase(k, lo int) (phrase, bool) {
	toks := d.toks
	for b := k; b >= lo && b > k-7; b-- {
		t := toks[b]
		if t.Kind != tokens.TokWord || t.Upper && !d.q.verbFillers.Has(t.Low) || d.quoted(b) || d.q.speechVerbs.Has(t.Low) {
			return phrase{}, false
		}
		if !d.q.prepositions.Has(t.Low) || t.Low == "of" || b == k {
			continue
		}
		if m, ok := d.mm.endingAt(b); ok && m.i >= lo && m.ent.personal && (m.subject || m.i == lo) {
			return phrase{i: m.i, j: m.j, m: m, rules: ruleThroughPhrase}, true
		}
	}
	return phrase{}, false
}

// modified reads the subject before a name at toks[i] that is only the
// object of a preposition modifying it: "Aris Hovian of the Harbour Trust",
// "a source speaking to Harbour News", "Ana Ruiz, writing in the Harbour
// Times,". It fails when the name is not after a preposition.
func (d *document) modified(i, lo int) (phrase, bool) {
	toks := d.toks
	k := i - 1
	if k >= lo && d.q.determiners.Has(toks[k].Low) {
		k--
	}
	if k < lo || k < 1 || !d.q.prepositions.Has(toks[k].Low) || d.quoted(k) {
		return phrase{}, false
	}
	if m, ok := d.mm.startingAt(i); !ok || m.ent.personal && k == i-1 {
		return phrase{}, false // "Secretary of State John Kerry"; but "of the Harbour Trust" names no person
	}
	prep, participle := toks[k].Low, false
	if w := toks[k-1]; w.Kind == tokens.TokWord && !w.Upper && strings.HasSuffix(w.Low, "ing") && prep != "of" {
		k, participle = k-1, true // "speaking to", "writing in"
	}
	if tokens.Word(toks, k-1) == "," {
		return phrase{}, false
	}
	if m, ok := d.mm.endingAt(k); ok && m.i >= lo && m.ent.personal && prep == "of" {
		return phrase{i: m.i, j: m.j, m: m, rules: ruleModifiedName}, true
	}
	p, ok := d.phraseBefore(k, lo)
	if !ok || p.pron != "" || p.m != nil && (!p.m.ent.personal || prep == "of") {
		return phrase{}, false
	}
	if p.m == nil && !participle { // a description keeps what it is of: "a spokeswoman for the Harbour Trust"
		if m, ok := d.mm.startingAt(i); ok {
			p.to = m.j
		}
	}
	p.rules |= ruleModifiedPhrase
	return p, true
}

// apposed reads the name before appositions and clauses that end at the
// comma toks[k]: "Chen, the minister, said", "Chen, who runs the ferry,
// said", "Ayrault, the minister of France, a member of the council, said",
// "Ana Reyes, 30, of Dayton, Ohio, said".
func (d *document) apposed(k, lo int) (phrase, bool) {
	toks := d.toks
	if b, ok := d.partyTag(k); ok { // "Ana Ruiz, D-Ohio, said"
		if m, ok := d.mm.endingAt(b); ok && m.i >= lo {
			return phrase{i: m.i, j: m.j, m: m, rules: rulePartyTag}, true
		}
	}
	end := k
	if tokens.Word(toks, k-1) == ")" { // "Jim Jordan (R-Ohio), said"
		for p := k - 2; p > k-10 && p > lo; p-- {
			if toks[p].Low == "(" {
				end = p
				break
			}
		}
	}
	if m, ok := d.mm.endingAt(end); ok && m.i >= lo && (end < k || m.i > lo && toks[m.i-1].Low == ",") && !d.placeName(m.i) { // "Chen's lawyer, Tom Berger, said"
		return phrase{i: m.i, j: m.j, m: m, rules: ruleApposedName}, true
	}
	commas := 0
	for b := k - 1; b >= lo && b > k-45; b-- {
		if d.quoted(b) || d.q.endsSentence(toks, b) || toks[b].Kind == tokens.TokPara {
			return phrase{}, false
		}
		if toks[b].Low != "," {
			continue
		}
		// toks[b+1:k] is an apposition or a clause when it opens with a
		// determiner or a lower-case word; the name ends at the comma before.
		if t := toks[b+1]; t.Kind != tokens.TokWord || t.Upper && !d.q.determiners.Has(t.Low) && tokens.Word(toks, b+2) != "-" && !d.possessive(b+1) && !d.placeName(b+1) {
			return phrase{}, false
		}
		end := b
		if tokens.Word(toks, b-1) == ")" { // "Jim Jordan (R-Ohio), a member of the panel,"
			for p := b - 2; p > b-10 && p > lo; p-- {
				if toks[p].Low == "(" {
					end = p
					break
				}
			}
		}
		if m, ok := d.mm.endingAt(end); ok && m.i >= lo && d.opensPhrase(m.i, lo) && !d.placeName(m.i) {
			return phrase{i: m.i, j: m.j, m: m, rules: ruleApposition}, true
		}
		if commas++; commas == 4 {
			break
		}
		k = b
	}
	return phrase{}, false
}

// placeName reports whether a name at toks[i] only says where: the object
// of a preposition ("of Dayton") or the state after one ("of Dayton, Ohio").
func (d *document) placeName(i int) bool {
	if d.objectOf(i) {
		d.fired |= rulePlace
		return true
	}
	m, ok := d.mm.startingAt(i)
	if ok && !m.ent.personal && i >= 2 && d.toks[i-1].Low == "," {
		if p, ok := d.mm.endingAt(i - 1); ok && d.objectOf(p.i) {
			d.fired |= rulePlace
			return true
		}
	}
	return false
}

// partyTag reads a party and state set off by commas that end at toks[k]
// (", D-Ohio,", ", R-N.Y.,") and returns the comma that opens it.
func (d *document) partyTag(k int) (int, bool) {
	toks := d.toks
	for b := k - 1; b > 0 && b > k-8; b-- {
		if toks[b].Low == "-" {
			p := toks[b-1]
			if b >= 2 && len(p.Text) == 1 && strings.Contains("RDI", p.Text) && toks[b-2].Low == "," {
				return b - 2, true
			}
			return 0, false
		}
		if toks[b].Kind != tokens.TokWord && toks[b].Low != "." {
			return 0, false
		}
	}
	return 0, false
}

// describes reports whether toks[k:i] is empty or only words that describe
// the name at toks[i]: "the", "Tulsa police", "Clinton campaign spokesman".
func (d *document) describes(k, i int) bool {
	if i-k > 6 {
		return false
	}
	for ; k < i; k++ {
		if t := d.toks[k]; t.Kind != tokens.TokWord && t.Low != "-" && t.Low != "." && !tokens.PossessiveMark(d.toks, k) {
			return false
		}
		if d.q.speechVerbs.Has(d.toks[k].Low) || d.q.prepositions.Has(d.toks[k].Low) || d.q.openers.Has(d.toks[k].Low) && d.toks[k].Low != "as" {
			return false
		}
	}
	return true
}

// possessive reports whether a name at toks[i] is followed by "'s": "Tom Berger's deputy", "Harris' deputy".
func (d *document) possessive(i int) bool {
	j := i + 1
	if m, ok := d.mm.startingAt(i); ok {
		j = m.j
	}
	return tokens.PossessiveMark(d.toks, j)
}

// opensPhrase reports whether a name at toks[i] opens its phrase: at the
// start of the sentence or of the search, after punctuation or after a
// description ("spokesman Tom Berger").
func (d *document) opensPhrase(i, lo int) bool {
	if i == lo || i == 0 || d.sentStart[i] {
		return true
	}
	p := d.toks[i-1]
	_, title := d.q.titles.Lookup(p.Low)
	return p.Kind != tokens.TokWord || d.q.descNouns.Has(p.Low) || !p.Upper && title || p.Low == "that"
}

// description reads a noun phrase ending at toks[k] that opens with a
// determiner or a possessive: "a spokeswoman", "the group", "Chen's lawyer".
func (d *document) description(k, lo int) (phrase, bool) {
	toks := d.toks
	if d.q.bareSources.Has(toks[k].Low) && (k == lo || k == 0 || toks[k-1].Kind != tokens.TokWord || d.sentStart[k]) {
		return phrase{i: k, j: k + 1, rules: ruleBareSource}, true
	}
	if t := toks[k]; t.Kind != tokens.TokWord || t.Upper && !d.q.capitalisedNouns || t.Digits || d.q.notNames.Has(t.Low) || strings.HasSuffix(t.Low, "ly") {
		return phrase{}, false
	}
	if head, ok := d.q.elide(toks[k].Low); ok && d.q.descNouns.Has(head) { // "l'avocat a déclaré"
		return phrase{i: k, j: k + 1, rules: ruleDescription}, true
	}
	for b := k - 1; b >= lo && b >= 0 && b > k-6; b-- {
		t := toks[b]
		switch {
		case d.q.auxiliaries.Has(t.Low): // "Chen's name was announced"
			d.fired |= ruleClauseBefore
			return phrase{}, false
		case d.q.determiners.Has(t.Low):
			if b > 0 && d.q.prepositions.Has(toks[b-1].Low) || d.q.prepositions.Has(t.Low) { // "vom IVD": a preposition with its article
				d.fired |= rulePrepObject
				return phrase{}, false // "in a box labeled"
			}
			return phrase{i: b, j: k + 1, rules: ruleDescription}, true
		case tokens.PossessiveMark(toks, b):
			if m, ok := d.mm.endingAt(b); ok && !strings.HasSuffix(toks[k].Low, "ed") { // "Chen's repeated calls" is no subject and verb
				return phrase{i: m.i, j: k + 1, rules: rulePossessive}, true
			}
			return phrase{}, false
		case t.Kind == tokens.TokWord && !d.q.speechVerbs.Has(t.Low) && !d.q.verbFillers.Has(t.Low) && !d.q.notNames.Has(t.Low):
			continue
		case t.Low == "-":
			continue
		}
		break
	}
	return phrase{}, false
}

// phraseAfter reads the source after an inverted verb or "according to":
// "said Chen", "said economist Maria Okafor", "said a spokeswoman for the
// group" (the head, "a spokeswoman"), "according to the report".
func (d *document) phraseAfter(k int, cue string) (phrase, bool) {
	toks := d.toks
	if k < len(toks) && d.q.pronounGender.Get(toks[k].Low) != "" && !d.q.isSourceCue(cue) {
		return phrase{i: k, j: k + 1, pron: toks[k].Low}, true
	}
	for k < len(toks) && (d.q.verbFillers.Has(toks[k].Low) || toks[k].Low == "on" && d.q.verbFillers.Has(tokens.Word(toks, k+1))) {
		k++
	}
	start := k
	var head *mention
	end := k
	for ; k < len(toks) && k < start+10; k++ {
		if toks[k].Low == "-" && k > start {
			continue
		}
		if d.quoted(k) || toks[k].Kind != tokens.TokWord || d.q.phraseStops.Has(toks[k].Low) {
			break
		}
		if m, ok := d.mm.startingAt(k); ok {
			head, end = m, m.j
			k = m.j - 1
			continue
		}
		end = k + 1
	}
	if head != nil && end > head.j && d.q.determiners.Has(toks[start].Low) { // "said a Harbour Trust member"
		return phrase{i: start, j: end, rules: ruleDescribedNameAfter}, true
	}
	if head != nil {
		return phrase{i: head.i, j: head.j, m: head}, true
	}
	if end <= start { // no word after the cue: nothing to describe the speaker
		return phrase{}, false
	}
	_, elided := d.q.elide(toks[start].Low) // "a déclaré l'avocat de la famille"
	if d.q.determiners.Has(toks[start].Low) || toks[start].Low == "one" || elided {
		if m, ok := d.nameClosing(end); ok { // "said the spokeswoman of the presidency Jane Doe,"
			return phrase{i: m.i, j: m.j, m: m, rules: ruleNameAfterDescription}, true
		}
		return phrase{i: start, j: end, rules: ruleDescriptionAfter}, true
	}
	return phrase{}, false
}

// nameClosing finds the person's name that closes a description after an
// inverted verb, whose head ends before toks[k]: "a dit la porte-parole de
// la présidence Catherine Colonna,", "disse o general de quatro estrelas
// John Dailey.". The name follows a lower-case word of the description, is
// a person's and ends the phrase at a comma, full stop or paragraph.
func (d *document) nameClosing(k int) (*mention, bool) {
	toks := d.toks
	for v := k; v < len(toks) && v < k+10; v++ {
		t := toks[v]
		if d.quoted(v) || t.Kind != tokens.TokWord && t.Low != "-" {
			return nil, false
		}
		m, ok := d.mm.startingAt(v)
		if !ok {
			continue
		}
		p := toks[v-1]
		if !m.ent.personal || strings.Count(m.written, " ") == 0 || p.Kind != tokens.TokWord || p.Upper && !d.q.capitalisedNouns ||
			d.q.determiners.Has(p.Low) || d.q.prepositions.Has(p.Low) || d.q.phraseStops.Has(p.Low) {
			return nil, false
		}
		if n := tokens.Word(toks, m.j); m.j == len(toks) || toks[m.j].Kind == tokens.TokPara || n == "," || n == "." || n == ";" {
			return m, true
		}
		return nil, false
	}
	return nil, false
}

// coordinated reports whether the speech verb toks[v] is the second verb of
// its subject: "…and said", "…, and later joked", "…, but told", "…went on to say".
func (d *document) coordinated(v int) bool {
	k := v - 1
	for k >= 0 && (d.q.verbFillers.Has(d.toks[k].Low) || !d.toks[k].Upper && strings.HasSuffix(d.toks[k].Low, "ly")) {
		k--
	}
	return k > 0 && (d.q.ands.Has(d.toks[k].Low) || d.toks[k].Low == "but" || d.toks[k].Low == "to" && !d.toks[k-1].Upper) && !d.quoted(k) // "went on to say"
}

// subordinate reports whether the speech verb toks[v] is in a clause that
// opens the sentence and ends with a comma before the quotation at
// toks[open]: "When Chen suggested the port would close, Ruiz …".
func (d *document) subordinate(v, open int) bool {
	s := d.sentenceStart(v)
	for s < v && d.toks[s].Kind != tokens.TokWord {
		s++
	}
	if !d.q.openers.Has(d.toks[s].Low) || d.toks[s].Low == "as" { // "As Chen put it, …" is the cue's own clause
		return false
	}
	for k := s; k < v; k++ {
		if d.toks[k].Low == "," && !d.quoted(k) {
			return false // the opening clause ended before the verb: "If it fails, he said, …"
		}
	}
	for k := v + 1; k < open-1; k++ { // a comma right before the quotation ends the cue's own clause: "As Chen said, "…""
		if d.toks[k].Low == "," && !d.quoted(k) {
			return true
		}
	}
	return false
}

// absoluteSubject reads a name written right before the participle toks[v]
// as its own subject, in a phrase that opens after "with", a comma, a dash
// or "and": "…, with Senator Tom Berger telling reporters", "– Ruiz saying
// she was "encouraged" and Berger calling it".
func (d *document) absoluteSubject(v int) (phrase, bool) {
	m, ok := d.mm.endingAt(v)
	if !ok {
		return phrase{}, false
	}
	b := m.i - 1
	for b >= 0 && b > m.i-4 && d.toks[b].Kind == tokens.TokWord && (d.toks[b].Upper || d.q.descNouns.Has(d.toks[b].Low)) {
		b-- // "Republican Senator"
	}
	if b < 0 || d.quoted(b) {
		return phrase{}, false
	}
	switch d.toks[b].Low {
	case "with", ",", "–", "—":
		return phrase{i: m.i, j: m.j, m: m}, true
	}
	if d.q.ands.Has(d.toks[b].Low) {
		return phrase{i: m.i, j: m.j, m: m}, true
	}
	return phrase{}, false
}

// asFor reads the name a pronoun at toks[k] takes up from the phrase before
// it: "As for Chen, he said …".
func (d *document) asFor(k int) *mention {
	if k < 4 || d.toks[k-1].Low != "," {
		return nil
	}
	m, ok := d.mm.endingAt(k - 1)
	if !ok || m.i < 2 || d.toks[m.i-1].Low != "for" || d.toks[m.i-2].Low != "as" || !d.sentStart[m.i-2] {
		return nil
	}
	return m
}

// coordinatedSubject reads the subject of a verb coordinated with the speech
// verb toks[v]: the nearest "he" or "she", or name that opens its sentence
// or follows a comma, before it in the sentence ("Eight years ago, she
// backed Novak over Berger and said", "…, he laughed and said").
func (d *document) coordinatedSubject(v int) (phrase, bool) {
	start := d.sentenceStart(v)
	for b := v - 1; b >= start; b-- {
		if d.quoted(b) || d.toks[b].Kind != tokens.TokWord {
			continue
		}
		if d.q.pronounGender.Get(d.toks[b].Low) != "" {
			return phrase{i: b, j: b + 1, pron: d.toks[b].Low}, true
		}
		m, ok := d.mm.endingAt(b + 1)
		if !ok {
			continue
		}
		if m.i <= start || d.toks[m.i-1].Kind != tokens.TokWord || m.subject {
			return phrase{i: m.i, j: m.j, m: m}, true
		}
		b = m.i
	}
	return phrase{}, false
}

// sentenceStart is the first token of the sentence of toks[k].
func (d *document) sentenceStart(k int) int {
	for k > 0 && d.sent[k-1] == d.sent[k] {
		k--
	}
	return k
}

// subjectOf reads the subject of the clause that opens the sentence at
// toks[lo] and has its verb before toks[v]: a name or pronoun that opens the
// sentence or follows its opening phrase ("Eight years ago, he …", "Here in
// Dayton, Chen …").
func (d *document) subjectOf(lo, v int) (phrase, bool) {
	for lo < v && d.toks[lo].Kind != tokens.TokWord {
		lo++
	}
	if p, ok := d.phraseAt(lo); ok && p.j <= v && d.sent[p.i] == d.sent[lo] && (p.pron != "" || p.m != nil) {
		if p.i == lo || p.m != nil && d.describes(lo, p.i) {
			return p, true
		}
	}
	clause := d.q.openers.Has(d.toks[lo].Low) && d.toks[lo].Low != "as" // "When Chen spoke, Ruiz …": the subject follows the clause
	for c := lo; c < v && (c < lo+12 || clause && c < lo+40); c++ {
		if d.quoted(c) || !clause && c > lo && d.q.speechVerbs.Has(d.toks[c].Low) || d.toks[c].Kind == tokens.TokPara { // "Asked about it, he demurred"
			break
		}
		if d.toks[c].Low == "," {
			if p, ok := d.phraseAt(c + 1); ok && p.j <= v && (p.pron != "" || p.m != nil) && (p.i == c+1 || d.describes(c+1, p.i)) {
				p.rules |= ruleOpeningPhrase
				return p, true
			}
			break
		}
	}
	return phrase{}, false
}

// phraseAt reads the subject that opens a sentence at toks[k].
func (d *document) phraseAt(k int) (phrase, bool) {
	for k < len(d.toks) && d.toks[k].Kind != tokens.TokWord {
		k++
	}
	if k >= len(d.toks) {
		return phrase{}, false
	}
	if d.q.pronounGender.Get(d.toks[k].Low) != "" {
		return phrase{i: k, j: k + 1, pron: d.toks[k].Low}, true
	}
	// the name may follow words that describe it: "American Bridge President Jessica Mackler"
	if x := d.mm.before(k); x < len(d.mm.list) && d.describes(k, d.mm.list[x].i) {
		m := &d.mm.list[x]
		var r quoteRules
		if m.i > k {
			r = ruleDescribedSubject
		}
		return phrase{i: m.i, j: m.j, m: m, rules: r}, true
	}
	return phrase{}, false
}

// resolve turns a source phrase into a speaker: a name into its entity's
// full name, a pronoun into the person it most likely stands for, a
// description into the person it described, or kept as written.
func (d *document) resolve(p phrase, cue string, rule quoteRules) (attribution, bool) {
	at, r := d.resolved(p, cue)
	at.rules |= rule | p.rules | r
	return at, true
}

// resolved is resolve's speaker and the rule that found it, if any.
func (d *document) resolved(p phrase, cue string) (attribution, quoteRules) {
	switch {
	case p.m != nil:
		if p.m.ambiguous {
			return d.attribution(p.m.written, p.m.ent, cue, ruleAmbiguousSurname), 0
		}
		return d.attribution(p.m.ent.full, p.m.ent, cue, 0), 0
	case p.pron != "":
		if m := d.asFor(p.i); m != nil && m.ent.personal && (m.ent.gender == "" || m.ent.gender == d.q.pronounGender.Get(p.pron)) {
			return d.attribution(m.ent.full, m.ent, cue, 0), ruleAsFor
		}
		if e, r := d.pronoun(p.i, d.q.pronounGender.Get(p.pron)); e != nil {
			return d.attribution(e.full, e, cue, 0), r
		}
		return attribution{cue: cue}, rulePronounUnresolved // a cue, but no one to name
	}
	head, elided := d.q.elide(d.toks[p.j-1].Low)
	if d.q.definites.Has(d.toks[p.i].Low) || elided && p.j-p.i == 1 { // only "the mayor" takes up someone (and the search back is the costly part)
		if e := d.mm.describedAs(head, p.i); e != nil {
			return d.attribution(e.full, e, cue, 0), ruleDescribedAs
		}
	}
	return d.attribution(joinTokens(d.toks, p.i, max(p.j, p.to)), nil, cue, 0), 0
}

// attribution names speaker as the one cue made speak, by the given rules.
func (d *document) attribution(speaker string, e *entity, cue string, rules quoteRules) attribution {
	if low := strings.ToLower(strings.TrimSuffix(speaker, ".")); !strings.Contains(low, " ") {
		_, title := d.q.titles.Lookup(low)
		_, month := d.q.months[low]
		if title && !d.q.surnameTitles.Has(low) || month {
			speaker, e = "", nil // a title or a date alone names no one: "Speaker", "Dec."
			rules |= ruleTitleAlone
		}
	}
	id, _ := d.q.matchActor(d.known, speaker)
	return attribution{speaker: speaker, ent: e, actor: id, cue: cue, rules: rules}
}
