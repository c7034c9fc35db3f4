package extract

// pronoun resolves "he" or "she" at toks[k] (gender g) to the most likely
// person: the speaker of the quotation just before, when no other person of
// that gender opened a sentence since; otherwise the last person of that
// gender named within the two paragraphs before, preferring the one that
// opens its sentence. It returns nil when two people are equally likely.
func (d *document) pronoun(k int, g string) *entity {
	list := d.mm.list
	fits := func(e *entity) bool { return !e.org && (e.gender == "" || e.gender == g) }
	if d.lastEnt != nil && fits(d.lastEnt) && k-d.lastEnd < 200 && d.para[k]-d.para[d.lastEnd] <= 2 {
		rival := false
		for i := d.mm.before(d.lastEnd); i < len(list) && list[i].i < k; i++ {
			if e := list[i].ent; e != d.lastEnt && fits(e) && list[i].subject {
				rival = true
			}
		}
		if !rival {
			return d.lastEnt
		}
	}
	var found *mention
	for i := d.mm.before(k) - 1; i >= 0; i-- {
		m := &list[i]
		if d.para[k]-d.para[m.i] > 2 || k-m.j > 250 {
			break
		}
		if !fits(m.ent) {
			continue
		}
		if found == nil {
			found = m
			continue
		}
		if d.sent[m.i] != d.sent[found.i] {
			break
		}
		if m.ent == found.ent {
			continue
		}
		switch {
		case m.subject && !found.subject:
			found = m
		case !found.subject:
			return nil
		}
	}
	if found == nil || found.ent.gender == "" && len(found.ent.full) > 0 && found.ent.first == "" && !found.subject {
		return nil
	}
	return found.ent
}
