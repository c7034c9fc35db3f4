package models

import (
	"strings"
	"time"
)

// ItemKind names what a citation, relation, tag or timeline entry points at.
type ItemKind string

// The kinds of item that can be cited, related and put on a timeline.
const (
	KindClaim ItemKind = "claim"
	KindEvent ItemKind = "event"
)

// Ref points at one claim or event.
type Ref struct {
	Kind ItemKind
	ID   int64
}

// Citation anchors a claim or event in a source: the exact quoted passage with the
// text just before and after it (W3C TextQuoteSelector) and its offsets in code
// points (TextPositionSelector), plus a locator such as a page or timestamp.
type Citation struct {
	ID          int64     `json:"id"`
	ClaimID     *int64    `json:"claim_id"`
	EventID     *int64    `json:"event_id"`
	SourceID    int64     `json:"source_id"`
	Source      *Source   `gorm:"foreignKey:SourceID" json:"source"`
	Quote       string    `json:"quote"`
	Prefix      string    `json:"prefix"`
	Suffix      string    `json:"suffix"`
	StartOffset *int      `json:"start_offset"`
	EndOffset   *int      `json:"end_offset"`
	Locator     string    `json:"locator"`
	Note        string    `json:"note"`
	Orphaned    bool      `json:"orphaned"`                              // the source's text was edited and the quote is no longer in it
	CaptureID   *int64    `gorm:"<-:create" json:"capture_id,omitempty"` // the source's newest capture when the citation was made; never changed
	CreatedAt   time.Time `json:"created_at"`
	UpdatedAt   time.Time `json:"updated_at"`
}

// Item is the claim or event the citation supports.
func (c Citation) Item() Ref {
	if c.ClaimID != nil {
		return Ref{KindClaim, *c.ClaimID}
	}
	if c.EventID != nil {
		return Ref{KindEvent, *c.EventID}
	}
	return Ref{}
}

// Validate checks the fields a researcher types; the Store anchors the quote.
func (c *Citation) Validate() FieldErrors {
	fe := FieldErrors{}
	if c.SourceID == 0 {
		fe.Add("source_id", "Choose the source that says so.")
	}
	c.Quote = strings.TrimSpace(c.Quote)
	if c.Quote == "" && strings.TrimSpace(c.Locator) == "" && strings.TrimSpace(c.Note) == "" {
		fe.Add("quote", "Give the quoted passage, or at least a locator or a note.")
	}
	RefuseControls(fe, map[string]string{"quote": c.Quote, "prefix": c.Prefix, "suffix": c.Suffix, "locator": c.Locator, "note": c.Note})
	return fe
}

// Page kinds that a share link can open beside the timeline's own claims and
// events: the speakers, participants and cited sources they show.
const (
	KindActor  ItemKind = "actor"
	KindSource ItemKind = "source"
)
