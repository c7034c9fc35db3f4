package models

import (
	"strings"
	"time"

	"gorm.io/gorm"

	"github.com/factline/factline/models/edtf"
)

// Event is something that happened, when and where, and who took part.
type Event struct {
	ID               int64
	Title            string
	Description      string
	Occurred         edtf.Date
	OccurredEarliest *string
	OccurredLatest   *string
	Place            string
	CreatedAt        time.Time
	UpdatedAt        time.Time
	DeletedAt        gorm.DeletedAt
	Tags             []string      `gorm:"-"`
	Participants     []Participant `gorm:"-"`
}

// Participant is an actor taking part in an event, with a role word ("host", "author").
type Participant struct {
	EventID  int64
	ActorID  int64
	RoleWord string
	Actor    *Actor `gorm:"foreignKey:ActorID"`
}

// TableName is the participants' table.
func (Participant) TableName() string { return "event_participants" }

// Validate checks the fields a researcher types.
func (e *Event) Validate() FieldErrors {
	fe := FieldErrors{}
	e.Title = strings.TrimSpace(e.Title)
	required(fe, "title", e.Title, "A title")
	e.Tags = cleanTags(e.Tags)
	return fe
}

// BeforeSave keeps the date's sortable bounds in step with the date.
func (e *Event) BeforeSave(*gorm.DB) error {
	e.OccurredEarliest, e.OccurredLatest = dateBounds(e.Occurred)
	return nil
}
