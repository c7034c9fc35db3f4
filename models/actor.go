package models

import (
	"strings"
	"time"

	"gorm.io/gorm"

	"github.com/factline/factline/models/edtf"
)

// ActorKind says whether an actor is a person or an organisation.
type ActorKind string

// The kinds of actor.
const (
	Person       ActorKind = "person"
	Organisation ActorKind = "organisation"
)

// Actor is a person or organisation that speaks or takes part in events; a
// "speaker" in the interface when it speaks.
type Actor struct {
	ID          int64          `json:"id"`
	Kind        ActorKind      `json:"kind"`
	Name        string         `json:"name"`
	Aliases     string         `json:"aliases"` // one alias a line
	Description string         `json:"description"`
	WikidataID  string         `gorm:"column:wikidata_id" json:"wikidata_id"`
	CreatedAt   time.Time      `json:"created_at"`
	UpdatedAt   time.Time      `json:"updated_at"`
	DeletedAt   gorm.DeletedAt `json:"-"`
	Version     int            `json:"version"` // row version; a stale save is refused
	Roles       []Role         `gorm:"-" json:"roles"`
}

// AliasList returns the actor's aliases, one per non-empty line.
func (a Actor) AliasList() []string {
	var out []string
	for _, l := range strings.Split(a.Aliases, "\n") {
		if l = strings.TrimSpace(l); l != "" {
			out = append(out, l)
		}
	}
	return out
}

// Validate checks the fields a researcher types.
func (a *Actor) Validate() FieldErrors {
	fe := FieldErrors{}
	a.Name = strings.TrimSpace(a.Name)
	Required(fe, "name", a.Name, "A name")
	if a.Kind != Person && a.Kind != Organisation {
		fe.Add("kind", "Choose person or organisation.")
	}
	a.Aliases = strings.Join(a.AliasList(), "\n")
	RefuseInNames(fe, map[string]string{"name": a.Name, "aliases": a.Aliases})
	RefuseControls(fe, map[string]string{"description": a.Description, "wikidata_id": a.WikidataID})
	if a.WikidataID != "" && !isWikidataID(a.WikidataID) {
		fe.Add("wikidata_id", "A Wikidata id looks like Q42.")
	}
	return fe
}

func isWikidataID(s string) bool {
	if len(s) < 2 || s[0] != 'Q' {
		return false
	}
	for _, r := range s[1:] {
		if r < '0' || r > '9' {
			return false
		}
	}
	return true
}

// Role is a title an actor holds for a time, optionally at an organisation:
// "UN High Commissioner for Human Rights", 2018-09-01/2022-08-31.
type Role struct {
	ID             int64     `json:"id"`
	ActorID        int64     `json:"actor_id"`
	Title          string    `json:"title"`
	OrganisationID *int64    `json:"organisation_id"`
	Organisation   *Actor    `gorm:"foreignKey:OrganisationID" json:"organisation"`
	Period         edtf.Date `json:"period"`
	PeriodEarliest *string   `json:"period_earliest"`
	PeriodLatest   *string   `json:"period_latest"`
	CreatedAt      time.Time `json:"created_at"`
	UpdatedAt      time.Time `json:"updated_at"`
}

// BeforeSave keeps the period's sortable bounds in step with the period.
func (r *Role) BeforeSave(*gorm.DB) error {
	r.PeriodEarliest, r.PeriodLatest = DateBounds(r.Period)
	return nil
}
