package models

import "time"

// RelationKinds lists the kinds of relation between claims and events.
var RelationKinds = []string{"responds to", "supports", "contradicts", "repeats", "refers to"}

// Relation links one claim or event to another: Chen Xu's claim "responds to" the
// assessment. It is shown on both ends.
type Relation struct {
	ID        int64     `json:"id"`
	FromKind  ItemKind  `json:"from_kind"`
	FromID    int64     `json:"from_id"`
	ToKind    ItemKind  `json:"to_kind"`
	ToID      int64     `json:"to_id"`
	Kind      string    `json:"kind"`
	CreatedAt time.Time `json:"created_at"`
}

// From is the relation's first end.
func (r Relation) From() Ref { return Ref{r.FromKind, r.FromID} }

// To is the relation's second end.
func (r Relation) To() Ref { return Ref{r.ToKind, r.ToID} }

// Validate checks the kind and the ends.
func (r *Relation) Validate() FieldErrors {
	fe := FieldErrors{}
	if !contains(RelationKinds, r.Kind) {
		fe.Add("kind", "Choose how the two are related.")
	}
	if r.ToID == 0 || (r.ToKind != KindClaim && r.ToKind != KindEvent) {
		fe.Add("to", "Choose the claim or event it relates to.")
	}
	if r.From() == r.To() {
		fe.Add("to", "An item cannot relate to itself.")
	}
	return fe
}

// RelationView is a relation with a label for each end.
type RelationView struct {
	Relation  `gorm:"embedded"`
	FromLabel string `json:"from_label"`
	ToLabel   string `json:"to_label"`
}
