package assist

import (
	"fmt"

	"github.com/factline/factline/models/edtf"
)

// Prefill is what a selected passage brings into the citation form from the
// extraction assist: a quotation detected in it, with its speaker, and the
// first date in it that resolved against the publication date.
type Prefill struct {
	Quote *Proposal // nil when no quotation overlaps the passage
	Date  *Proposal // nil when no resolved date lies inside it
}

// PrefillFor picks, of a source's proposals, the first quotation that
// overlaps the passage [start, end) and the first resolved date inside it.
func PrefillFor(props []Proposal, start, end int) Prefill {
	var pre Prefill
	for i := range props {
		p := &props[i]
		switch {
		case p.Kind == "quote" && pre.Quote == nil && p.Start < end && start < p.End:
			pre.Quote = p
		case p.Kind == "date" && pre.Date == nil && !p.Date.IsZero() && p.Start >= start && p.End <= end:
			pre.Date = p
		}
	}
	return pre
}

// Whole reports whether the quotation lies wholly inside the passage [start, end).
func (p Proposal) Whole(start, end int) bool { return p.Start >= start && p.End <= end }

// DateExplanation says how a date proposal was resolved: "8 Sep 2022 — from
// “on Thursday”, relative to the publication date 10 Sep 2022".
func (p Proposal) DateExplanation(anchor edtf.Date) string {
	return fmt.Sprintf("%s — from “%s”, relative to the publication date %s", p.Date.Display(), p.Text, anchor.Display())
}
