package assist

import (
	"github.com/factline/factline/models/edtf"
	"github.com/factline/factline/models/extract/quotes"
)

// Proposal is something the extraction assist found in a source's text for the
// researcher to confirm: a date, resolved against the publication date, or a
// quotation with its proposed speaker.
type Proposal struct {
	Kind    string // "date" or "quote"
	Start   int    // the expression or the quoted words, in code points
	End     int
	Text    string
	Date    edtf.Date // a date's resolved value (zero when unresolved)
	Value   string    // a date's TIMEX3 value
	Speaker string    // a quote's proposed speaker ("" when unsure)
	// Passage is the span a citation would quote: a quote's words, or the
	// sentence around a date.
	PassageStart, PassageEnd int
}

// LinkSpeakers names each quotation's speaker that matched a known actor by
// the actor's name ("Okafor" → "Maria Okafor").
func LinkSpeakers(quotes []quotes.Quote, known []quotes.Actor) []quotes.Quote {
	for i, q := range quotes {
		for _, a := range known {
			if q.ActorID != 0 && a.ID == q.ActorID {
				quotes[i].Speaker = a.Name
			}
		}
	}
	return quotes
}
