package quotes

import (
	"sort"
	"strings"

	"github.com/factline/factline/models/extract/tokens"
)

// entity is one person or organisation named in a text: every mention of
// it (full name, surname, title with surname) points here.
type entity struct {
	full   string // the longest name written for it, without titles
	first  string // lower-case first word of a name of two words or more
	sur    string // lower-case last word
	gender string // "m", "f" or "" when the text does not tell
	org    bool
	// personal: the text names it as a person, with a first name or a title;
	// only such an entity is what "he" or "she" may stand for ("China" is not).
	personal bool
	descs    map[string]bool // lower-case words that describe it: "nominee", "spokesman"
}

// mention is a name in the text outside quotations.
type mention struct {
	i, j      int // the name's tokens, titles included
	written   string
	ent       *entity
	ambiguous bool // a surname shared by two people named before
	subject   bool // the name opens its sentence
	speaks    bool // the name is the subject of a speech verb
}

// mentionModel is the document's people and organisations.
type mentionModel struct {
	q     *quoteLanguage
	list  []mention
	bySur map[string][]*entity
	byEnd map[int]int // mention index by the token after its last
	fired quoteRules  // the rules that read the names
}

// buildMentions reads the names outside quotations. A capital opening a
// sentence is a name only when the word is not also written in lower case
// or a known function word ("Sure", "Although Clinton").
func (q *quoteLanguage) buildMentions(toks []tokens.Token, inQuote []bool, sentStart []bool) *mentionModel {
	lower := map[string]bool{}
	for _, t := range toks {
		if t.Kind == tokens.TokWord && !t.Upper {
			lower[t.Low] = true
		}
	}
	mm := &mentionModel{q: q, bySur: map[string][]*entity{}, byEnd: map[int]int{}}
	for k := 0; k < len(toks); k++ {
		if inQuote[k] || k > 0 && (q.isNameWord(toks[k-1]) && !sentStart[k] && !(q.capitalisedNouns && q.nounAt(toks, k-1)) || toks[k-1].Low == "(") {
			continue
		}
		n, ok := q.readNameForward(toks, k)
		if !ok {
			continue
		}
		if shouted(toks, n) { // a heading in capitals: "CONGRESS HAS INVESTIGATED HIM"
			mm.fired |= ruleHeading
			k = n.j - 1
			continue
		}
		if sentStart[n.i] && !n.titled && (lower[toks[n.i].Low] || q.describers.Has(toks[n.i].Low) || n.j-n.i == 1 && commonOpener(toks[n.i])) {
			mm.fired |= ruleOpeningCapital
			if n.j-n.i == 1 {
				continue
			}
			n.i++
			if toks[n.i].Kind != tokens.TokWord || q.nameLinks.Has(toks[n.i].Low) {
				k = n.j - 1
				continue
			}
		}
		if q.capitalisedNouns && n.j-n.i == 1 && !n.titled && len(mm.bySur[toks[n.i].Low]) == 0 {
			continue // a capitalised word alone is a noun, unless it is the surname of someone named before: "Missstand meinte"
		}
		if of := q.personOfOrganisation(toks, n); of > 0 { // "David Kessler of Harbour University"
			mm.fired |= rulePersonOfOrganisation
			n.j = of
		}
		mm.add(toks, n, sentStart)
		k = n.j - 1
	}
	return mm
}

// personOfOrganisation returns where "of" splits a person's name from the
// organisation after it, or 0.
func (q *quoteLanguage) personOfOrganisation(toks []tokens.Token, n name) int {
	of := 0
	for k := n.i + 1; k < n.j; k++ {
		if toks[k].Low == "of" {
			of = k
		}
	}
	if of == 0 || of-n.i < 2 {
		return 0
	}
	for k := n.i; k < n.j; k++ {
		if q.organisationWords.Has(toks[k].Low) != (k > of) {
			if k > of {
				continue
			}
			return 0
		}
	}
	for k := of + 1; k < n.j; k++ {
		if q.organisationWords.Has(toks[k].Low) {
			return of
		}
	}
	return 0
}

// shouted reports whether a name of several words, or one long word, is all
// in capitals: a heading or a dateline.
func shouted(toks []tokens.Token, n name) bool {
	words := 0
	for k := n.i; k < n.j; k++ {
		if toks[k].Kind == tokens.TokWord {
			if toks[k].Text != strings.ToUpper(toks[k].Text) {
				return false
			}
			words++
		}
	}
	return words > 1 || words == 1 && len(toks[n.i].Text) >= 6 // "WASHINGTON —"
}

// commonOpener reports whether a capitalised word is one that opens
// sentences rather than names someone: a word ending in "ly", "ing" or "ed".
func commonOpener(t tokens.Token) bool {
	return strings.HasSuffix(t.Low, "ly") || strings.HasSuffix(t.Low, "ing") || strings.HasSuffix(t.Low, "ed")
}

func (mm *mentionModel) add(toks []tokens.Token, n name, sentStart []bool) {
	q := mm.q
	p := q.properStart(toks, n.i, n.j)
	written := joinTokens(toks, p, n.j)
	words := strings.Fields(written)
	m := mention{i: n.i, j: n.j, written: written, subject: sentStart[n.i] || n.i > 0 && sentStart[n.i-1] && q.definites.Has(toks[n.i-1].Low)}
	v := n.j
	for v < len(toks) && q.fills(toks[v].Low) {
		v++
	}
	before := n.i - 1
	if before >= 0 && q.determiners.Has(toks[before].Low) {
		before--
	}
	if q.speechVerbs.Has(tokens.Word(toks, v)) && !q.partialCues.Has(tokens.Word(toks, v)) && !(before >= 0 && q.prepositions.Has(toks[before].Low)) {
		m.subject, m.speaks = true, true // the subject of a speech verb: "…, Mr. Obama said." (not "… of the Harbour Trust said")
		mm.fired |= ruleSpeechSubject
	}
	if !m.subject && mm.describedFromStart(toks, sentStart, n.i) {
		m.subject = true // "Republican Ana Ruiz, the former mayor, …"
		mm.fired |= ruleDescribedFromStart
	}
	if !m.speaks && m.subject && q.speaksAfterApposition(toks, n.j) {
		m.speaks = true // "Ana Ruiz, the former mayor, told …"
		mm.fired |= ruleSpeaksAfterApposition
	}
	if !m.subject && p > 1 && q.introduced(toks, q.describedFrom(toks, p), sentStart) {
		m.subject = true // after an opening phrase: "In her speech on Monday, Ruiz warned", "At the fair, 62-year-old Ana Ruiz …"
		mm.fired |= ruleIntroduced
	}
	if !m.subject && q.apposedToOpening(toks, sentStart, n.i, n.j) {
		m.subject = true // "One delegate, party chairwoman Ana Ruiz, pledged", "But his wife, Jane, offered"
		mm.fired |= ruleApposedToOpening
	}
	if p > 1 && q.invertible.Has(toks[p-1].Low) && toks[p-2].Kind != tokens.TokWord && (n.j == len(toks) || toks[n.j].Kind == tokens.TokPara || q.closesSubject.Has(toks[n.j].Low)) {
		m.subject, m.speaks = true, true // the subject after its verb: "…, said Tom Berger"
		mm.fired |= ruleSubjectAfterVerb
	}
	if last := len(mm.list) - 1; last >= 0 && mm.list[last].subject && mm.list[last].j == n.i-1 && q.ands.Has(toks[n.i-1].Low) {
		m.subject = true // "Peter Novak and Tom Berger argued"
		mm.fired |= ruleNamesJoined
		mm.list[last].speaks = mm.list[last].speaks || m.speaks
	}
	org := false
	for k := n.i; k < n.j; k++ {
		if q.organisationWords.Has(toks[k].Low) {
			org = true
		}
	}
	if n.titled || p > n.i {
		org = false
	}
	sur := strings.ToLower(words[len(words)-1])
	first := ""
	if len(words) > 1 && !org {
		first = strings.ToLower(words[0])
	}
	gender := n.gender
	if gender == "" && first != "" {
		gender = q.firstNameGender.Get(first)
	}
	var ent *entity
	cands := mm.bySur[sur]
	switch {
	case org:
		for _, e := range cands {
			if e.org && strings.EqualFold(e.full, written) {
				ent = e
			}
		}
	case first != "":
		for _, e := range cands {
			if !e.org && (e.first == first || e.first == "" && (len(e.descs) == 0 || n.titled) || isInitialOf(e.first, first)) {
				ent = e
				break
			}
		}
	default:
		var persons []*entity
		for _, e := range cands {
			if !e.org {
				persons = append(persons, e)
			}
		}
		if len(persons) > 1 {
			if gender != "" {
				var same []*entity
				for _, e := range persons {
					if e.gender == gender {
						same = append(same, e)
					}
				}
				persons = same
			}
			m.ambiguous = len(persons) > 1
			if m.ambiguous {
				persons = mm.latest(persons)
			}
		}
		if len(persons) > 0 {
			ent = persons[0]
		}
	}
	if ent == nil {
		ent = &entity{full: written, first: first, sur: sur, gender: gender, org: org, descs: map[string]bool{}}
		mm.bySur[sur] = append(mm.bySur[sur], ent)
	} else if len(written) > len(ent.full) && !org {
		ent.full, ent.first = written, first
	}
	if ent.gender == "" {
		ent.gender = gender
	}
	if g, ok := q.firstNameGender.Lookup(sur); ok && len(words) == 1 && !org && n.i >= 2 && toks[n.i-1].Low == "," && q.descNouns.Has(toks[n.i-2].Low) { // "his wife, Jane,"
		ent.personal = true
		mm.fired |= ruleNamedRelation
		if ent.gender == "" {
			ent.gender = g
		}
	}
	if !org && (first != "" && !q.adjectival(first) && !q.placeStarts.Has(strings.TrimSuffix(first, ".")) && !q.placeEnds.Has(sur) && !(n.i > 0 && q.definites.Has(toks[n.i-1].Low)) || n.titled || p > n.i) {
		ent.personal = true
	}

	describe := func(k int) {
		if q.descNouns.Has(toks[k].Low) {
			ent.descs[toks[k].Low] = true
		}
	}
	for k := n.i; k < p; k++ {
		describe(k)
	}
	for k := n.i - 1; k >= 0 && k >= n.i-3 && q.descNouns.Has(toks[k].Low); k-- {
		describe(k) // "nominee Maria Okafor"
	}
	if tokens.Word(toks, n.j) == "," && (tokens.Word(toks, n.j+1) == "the" || tokens.Word(toks, n.j+1) == "a") { // ", the minister,"
		end := n.j + 2
		for end < n.j+8 && end < len(toks) && toks[end].Kind == tokens.TokWord {
			end++
		}
		for k := n.j + 2; k < end && tokens.Word(toks, end) == ","; k++ {
			describe(k)
		}
	}
	m.ent = ent
	mm.byEnd[n.j] = len(mm.list)
	mm.list = append(mm.list, m)
}

// adjectival reports whether the first word of a name reads as an adjective
// rather than a first name: "Presidential Debates", "National Guard".
func (q *quoteLanguage) adjectival(first string) bool {
	_, known := q.firstNameGender.Lookup(first)
	return !known && (strings.HasSuffix(first, "al") || strings.HasSuffix(first, "ic"))
}

// isInitialOf reports whether a ("k") is the initial of b ("kim").
func isInitialOf(a, b string) bool {
	return len(a) == 1 && strings.HasPrefix(b, a) || len(b) == 1 && strings.HasPrefix(a, b)
}

// latest keeps, of several entities, the one mentioned last.
func (mm *mentionModel) latest(ents []*entity) []*entity {
	for i := len(mm.list) - 1; i >= 0; i-- {
		for _, e := range ents {
			if mm.list[i].ent == e {
				return []*entity{e}
			}
		}
	}
	return ents[:1]
}

// endingAt returns the mention whose last token is toks[j-1].
func (mm *mentionModel) endingAt(j int) (*mention, bool) {
	i, ok := mm.byEnd[j]
	if !ok {
		return nil, false
	}
	return &mm.list[i], true
}

// startingAt returns the mention whose first token is toks[i] (or its title).
func (mm *mentionModel) startingAt(i int) (*mention, bool) {
	x := mm.before(i)
	if x < len(mm.list) && mm.list[x].i == i {
		return &mm.list[x], true
	}
	return nil, false
}

// before returns the index of the first mention starting at or after toks[k].
func (mm *mentionModel) before(k int) int {
	return sort.Search(len(mm.list), func(i int) bool { return mm.list[i].i >= k })
}

// describedAs finds the person last named before toks[k] whom the text
// described with head ("the nominee"); nil when none or when it is unsure.
func (mm *mentionModel) describedAs(head string, k int) *entity {
	for i := mm.before(k) - 1; i >= 0; i-- {
		if e := mm.list[i].ent; !e.org && e.descs[head] {
			return e
		}
	}
	return nil
}

// describedFrom returns the comma before a name at toks[p] and the few
// words that describe it ("62-year-old", "local teacher"), or -1.
func (q *quoteLanguage) describedFrom(toks []tokens.Token, p int) int {
	for c := p - 1; c >= 0 && c >= p-6; c-- {
		t := toks[c]
		switch {
		case t.Low == ",":
			return c
		case t.Kind == tokens.TokWord && (t.Digits || !t.Upper) && !q.prepositions.Has(t.Low) && !q.speechVerbs.Has(t.Low) && !q.notNames.Has(t.Low), t.Low == "-":
			continue
		case t.Kind == tokens.TokWord && t.Upper && c+2 == p && q.personNoun(toks[c+1]):
			continue // a place or party before the noun before the name: "Kent developer"
		}
		return -1
	}
	return -1
}

// personNoun reports whether a lower-case word names what a person is:
// "spokesman", "developer", "activist", "historian".
func (q *quoteLanguage) personNoun(t tokens.Token) bool {
	if t.Kind != tokens.TokWord || t.Upper {
		return false
	}
	for _, end := range []string{"er", "or", "ist", "ian", "ant", "ent"} {
		if strings.HasSuffix(t.Low, end) {
			return true
		}
	}
	return q.descNouns.Has(t.Low)
}

// describedFromStart reports whether only a few words that describe it
// stand between the start of its sentence and the name at toks[i]:
// "Republican", "Former state senator", "Democratic front-runner".
func (mm *mentionModel) describedFromStart(toks []tokens.Token, sentStart []bool, i int) bool {
	q := mm.q
	if last := len(mm.list) - 1; last >= 0 && mm.list[last].j > i-5 && !sentStart[mm.list[last].i] && mm.list[last].ent.personal {
		return false // another person stands between: "Tom Berger met Ana Ruiz" (but "Florida delegate Ana Ruiz")
	}
	for k, lim := i-1, i-4; k >= 0 && k >= lim; k-- {
		t := toks[k]
		if k >= 2 && toks[k-1].Low == "-" && t.Kind == tokens.TokWord && toks[k-2].Kind == tokens.TokWord && !t.Digits {
			k, lim = k-2, lim-2 // a compound describes: "Democratic front-runner"
			if sentStart[k] {
				return true
			}
			continue
		}
		_, title := q.titles.Lookup(t.Low)
		if t.Kind != tokens.TokWord || t.Digits || q.prepositions.Has(t.Low) || q.openers.Has(t.Low) || !t.Upper && !title && !q.descNouns.Has(t.Low) && !q.describers.Has(t.Low) {
			return false
		}
		if sentStart[k] {
			return true
		}
	}
	return false
}

// speaksAfterApposition reports whether an apposition set off by commas
// after a name at toks[j] ends with a speech verb: ", the former mayor, told".
func (q *quoteLanguage) speaksAfterApposition(toks []tokens.Token, j int) bool {
	if tokens.Word(toks, j) != "," {
		return false
	}
	for k := j + 1; k < len(toks) && k < j+25; k++ {
		if toks[k].Kind == tokens.TokPara || toks[k].Kind != tokens.TokWord && toks[k].Low != "," && toks[k].Low != "-" && toks[k].Low != "." {
			return false
		}
		if toks[k].Low == "," {
			v := k + 1
			for v < len(toks) && q.fills(toks[v].Low) {
				v++
			}
			return q.speechVerbs.Has(tokens.Word(toks, v)) && !q.partialCues.Has(tokens.Word(toks, v))
		}
	}
	return false
}

// apposedToOpening reports whether a name at toks[i:j], closed by a comma,
// stands in apposition to a short noun phrase that opens its sentence with a
// determiner: "One delegate, party chairwoman Ana Ruiz, pledged", "But his
// wife, Jane, offered".
func (q *quoteLanguage) apposedToOpening(toks []tokens.Token, sentStart []bool, i, j int) bool {
	if tokens.Word(toks, j) != "," {
		return false
	}
	c := i - 1
	for c >= 0 && c > i-6 && toks[c].Kind == tokens.TokWord && !sentStart[c] {
		c-- // the words that describe the name: "party chairwoman"
	}
	if c < 1 || toks[c].Low != "," {
		return false
	}
	for k := c - 1; k >= 0 && k > c-6; k-- {
		if toks[k].Kind != tokens.TokWord && !tokens.PossessiveMark(toks, k) {
			return false
		}
		if sentStart[k] {
			if (toks[k].Low == "but" || q.ands.Has(toks[k].Low)) && k+1 < c {
				k++
			}
			_, elided := q.elide(toks[k].Low) // "L'avocate de Bernard, Alexandra Michel, a souligné"
			return q.determiners.Has(toks[k].Low) && k+1 < c || elided && k < c
		}
	}
	return false
}

// introduced reports whether the comma at toks[c] closes a short phrase that
// opens its sentence with a preposition, a conjunction or a participle
// ("In her speech on Monday,", "Growing up in Akron, Ohio,", "Just a month ago,"), so that the name after
// it is the sentence's subject.
func (q *quoteLanguage) introduced(toks []tokens.Token, c int, sentStart []bool) bool {
	for k := c - 1; k >= 0 && k > c-20; k-- {
		if toks[k].Low == "," && k+2 == c && toks[k+1].Upper {
			c = k // a place's state: "In Dayton, Ohio,"
			continue
		}
		if toks[k].Kind == tokens.TokPara || toks[k].Low == "," {
			return false
		}
		if sentStart[k] {
			w := toks[k].Low
			return q.prepositions.Has(w) || q.openers.Has(w) || len(w) > 5 && strings.HasSuffix(w, "ing") || q.timeOpeners.Has(w) || toks[c-1].Low == "ago"
		}
	}
	return false
}
