package models

import "time"

// The states of a source's live page, as its newest LiveCheck found it.
const (
	LiveSame    = "same"    // the page answers with the text kept
	LiveChanged = "changed" // its text differs from the text kept
	LiveMoved   = "moved"   // it answers from another address
	LiveGone    = "gone"    // an HTTP error, or no answer at all
)

// LiveStates lists the states in the order the source list offers them.
var LiveStates = []string{LiveChanged, LiveMoved, LiveGone, LiveSame}

// LiveCheck is one look at a source's live address, compared with what
// factline kept of it: the newest capture (CaptureID) or, with none, the
// source's text.
type LiveCheck struct {
	ID         int64        `json:"id"`
	SourceID   int64        `json:"source_id"`
	CaptureID  *int64       `json:"capture_id"` // the capture compared with; nil for the source's text
	CheckedAt  time.Time    `json:"checked_at"`
	CheckedBy  *int64       `json:"checked_by"` // nil for the operator's schedule
	State      string       `json:"state"`
	Status     int          `json:"status,omitempty"`                                // the final HTTP status, when the site answered
	FinalURL   string       `gorm:"column:final_url" json:"final_url,omitempty"`     // where the address led
	Problem    string       `json:"problem,omitempty"`                               // why it is gone, in words for the researcher
	TextSHA256 string       `gorm:"column:text_sha256" json:"text_sha256,omitempty"` // of the live text
	Changes    []TextChange `gorm:"serializer:json" json:"changes,omitempty"`        // what differs, when the text does
}

// TextChange is one run of a text compared with another: paragraphs
// removed ("-"), added ("+"), or a count of those unchanged ("=").
type TextChange struct {
	Op        string `json:"op"`
	Text      string `json:"text,omitempty"`
	Unchanged int    `json:"unchanged,omitempty"`
}
