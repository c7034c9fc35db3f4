package assist

import (
	"fmt"

	"github.com/factline/factline/models"
	"github.com/factline/factline/models/edtf"
)

// SaidOn is the date a passage proposes for a claim's said-on field.
type SaidOn struct {
	Date edtf.Date // what the field is filled with; zero when nothing is known
	Note string    // how it was found, for the researcher to confirm
	From *Proposal // the date expression it was resolved from; nil for "by" the publication
	// Later is a date in the passage after the publication: not when the
	// words were said but when something they mention happens, offered as
	// an event ("the session starting Monday").
	Later *Proposal
}

// SaidOnFor proposes the said-on date of a claim cited from the passage
// [start, end) of a source published on published: the first date resolved
// inside it that is not after the publication, else "by" the publication
// date, since a claim is said by the time its source reports it. A quotation
// accepted from "Found in the text" and a selection are filled alike.
func SaidOnFor(props []Proposal, start, end int, published edtf.Date) SaidOn {
	var out SaidOn
	for i := range props {
		p := &props[i]
		if p.Kind != "date" || p.Date.IsZero() || p.Start < start || p.End > end {
			continue
		}
		switch {
		case models.SaidAfter(p.Date, published):
			if out.Later == nil {
				out.Later = p
			}
		case out.Date.IsZero():
			out.Date, out.From, out.Note = p.Date, p, p.DateExplanation(published)+". Save to confirm it, or change it."
		}
	}
	if out.Date.IsZero() && !published.IsZero() {
		out.Date = edtf.MustParse("../" + published.EndKey())
		out.Note = fmt.Sprintf("%s — a claim is said by the time its source reports it, the publication date %s. "+
			"Give the day if the text says it.", out.Date.Display(), published.Display())
	}
	if out.Later != nil {
		out.Note += fmt.Sprintf(" “%s” (%s) is after the publication: cite it as an event.", out.Later.Text, out.Later.Date.Display())
	}
	return out
}
