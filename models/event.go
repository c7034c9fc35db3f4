package models

import (
	"strings"
	"time"

	"gorm.io/gorm"

	"github.com/factline/factline/models/edtf"
)

// Event is something that happened, when and where, and who took part.
type Event struct {
	ID               int64          `json:"id"`
	Title            string         `json:"title"`
	Description      string         `json:"description"`
	Occurred         edtf.Date      `json:"occurred"`
	OccurredEarliest *string        `json:"occurred_earliest"`
	OccurredLatest   *string        `json:"occurred_latest"`
	Place            string         `json:"place"`
	CreatedAt        time.Time      `json:"created_at"`
	UpdatedAt        time.Time      `json:"updated_at"`
	DeletedAt        gorm.DeletedAt `json:"-"`
	Version          int            `json:"version"` // row version; a stale save is refused
	Tags             []string       `gorm:"-" json:"tags"`
	Participants     []Participant  `gorm:"-" json:"participants"`
}

// Participant is an actor taking part in an event, with a role word ("host", "author").
type Participant struct {
	EventID  int64  `json:"event_id"`
	ActorID  int64  `json:"actor_id"`
	RoleWord string `json:"role_word"`
	Actor    *Actor `gorm:"foreignKey:ActorID" json:"actor"`
}

// TableName is the participants' table.
func (Participant) TableName() string { return "event_participants" }

// Validate checks the fields a researcher types.
func (e *Event) Validate() FieldErrors {
	fe := FieldErrors{}
	e.Title = strings.TrimSpace(e.Title)
	Required(fe, "title", e.Title, "A title")
	e.Tags = cleanTags(e.Tags)
	RefuseInNames(fe, map[string]string{"title": e.Title, "place": e.Place})
	checkTags(fe, e.Tags)
	RefuseControls(fe, map[string]string{"description": e.Description})
	return fe
}

// BeforeSave keeps the date's sortable bounds in step with the date.
func (e *Event) BeforeSave(*gorm.DB) error {
	e.OccurredEarliest, e.OccurredLatest = DateBounds(e.Occurred)
	return nil
}
