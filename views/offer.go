package views

import "github.com/factline/factline/models"

// Offer proposes, beside a form that creates something, the stored items it
// may be a second copy of: the researcher uses one of them, or saves the new
// one anyway (the form's confirm_new=1).
type Offer struct {
	Question string // "This source may already exist:"
	Items    []OfferItem
	// How an item is taken: Link opens it ("Use it"), Repeats saves the new
	// claim as a repetition of it, Cite cites the passage for it instead.
	Take OfferTake
}

// OfferTake is how an offered item is taken instead of the new one.
type OfferTake int

// The ways to take an offered item.
const (
	OfferLink OfferTake = iota
	OfferRepeats
	OfferCite
)

// OfferItem is one stored item offered, with what tells it apart (its date,
// publisher, speaker).
type OfferItem struct {
	Ref    models.Ref
	Label  string
	Detail string
}

// RefValue is an item's form value in the reader's "existing item" field.
func (it OfferItem) RefValue() string { return string(it.Ref.Kind) + "-" + itoa(it.Ref.ID) }
