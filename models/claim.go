package models

import (
	"strings"
	"time"

	"gorm.io/gorm"

	"github.com/factline/factline/models/edtf"
)

// Rating is a claim's rating on factline's scale, which maps onto schema.org
// ClaimReview's 1–5 ratingValue.
type Rating string

// The ratings, best first; Unsupported means no evidence either way.
const (
	Unrated        Rating = "unrated"
	Accurate       Rating = "accurate"
	MostlyAccurate Rating = "mostly accurate"
	Mixed          Rating = "mixed"
	Misleading     Rating = "misleading"
	Inaccurate     Rating = "inaccurate"
	Unsupported    Rating = "unsupported"
)

// Ratings lists every rating in the order forms offer them.
var Ratings = []Rating{Unrated, Accurate, MostlyAccurate, Mixed, Misleading, Inaccurate, Unsupported}

// Value is the rating's ClaimReview ratingValue (5 best, 1 worst); 0 when it has none.
func (r Rating) Value() int {
	switch r {
	case Accurate:
		return 5
	case MostlyAccurate:
		return 4
	case Mixed:
		return 3
	case Misleading:
		return 2
	case Inaccurate:
		return 1
	}
	return 0
}

// Rated reports whether a fact-checker rated the claim (what ClaimReview holds).
func (r Rating) Rated() bool { return r != Unrated && r != "" }

// Valid reports whether r is on the scale.
func (r Rating) Valid() bool {
	for _, v := range Ratings {
		if v == r {
			return true
		}
	}
	return false
}

// Claim is something an actor said, when, and how it rates.
type Claim struct {
	ID             int64          `json:"id"`
	Text           string         `json:"text"`
	Verbatim       bool           `json:"verbatim"`
	SpeakerID      *int64         `json:"speaker_id"`
	Speaker        *Actor         `gorm:"foreignKey:SpeakerID" json:"speaker"`
	SaidOn         edtf.Date      `json:"said_on"`
	SaidOnEarliest *string        `json:"said_on_earliest"`
	SaidOnLatest   *string        `json:"said_on_latest"`
	Rating         Rating         `json:"rating"`
	Rationale      string         `json:"rationale"`
	CreatedAt      time.Time      `json:"created_at"`
	UpdatedAt      time.Time      `json:"updated_at"`
	DeletedAt      gorm.DeletedAt `json:"-"`
	Version        int            `json:"version"` // row version; a stale save is refused
	Tags           []string       `gorm:"-" json:"tags"`
	// Repeats, when set on the save that creates the claim, is a claim this one
	// repeats: the save also stores that "repeats" relation.
	Repeats int64 `gorm:"-" json:"-"`
}

// Validate checks the fields a researcher types; the Store checks the speaker exists.
func (c *Claim) Validate() FieldErrors {
	fe := FieldErrors{}
	c.Text = strings.TrimSpace(c.Text)
	Required(fe, "text", c.Text, "The claim's text")
	if c.Rating == "" {
		c.Rating = Unrated
	}
	if !c.Rating.Valid() {
		fe.Add("rating", "Choose a rating from the list.")
	}
	c.Tags = cleanTags(c.Tags)
	RefuseControls(fe, map[string]string{"text": c.Text, "rationale": c.Rationale})
	checkTags(fe, c.Tags)
	return fe
}

// BeforeSave keeps the date's sortable bounds in step with the date.
func (c *Claim) BeforeSave(*gorm.DB) error {
	c.SaidOnEarliest, c.SaidOnLatest = DateBounds(c.SaidOn)
	return nil
}

// ParseTags splits a comma-separated tag field.
func ParseTags(raw string) []string { return cleanTags(strings.Split(raw, ",")) }

func cleanTags(tags []string) []string {
	seen := map[string]bool{}
	var out []string
	for _, t := range tags {
		t = strings.ToLower(strings.TrimSpace(t))
		if t != "" && !seen[t] {
			seen[t] = true
			out = append(out, t)
		}
	}
	return out
}

// Repeat is one of an actor's claims that repeats someone else's claim.
type Repeat struct {
	Claim    Claim // the actor's claim
	Repeated Claim // the claim it repeats, with its speaker
}
