package models

import (
	"encoding/json"
	"fmt"
	"strings"

	"gorm.io/gorm"

	"github.com/factline/factline/models/edtf"
)

// Era is a named period of a timeline, such as "Sui dynasty, 581 – 618",
// shown as a band on the timeline page; TimelineJS calls them eras.
type Era struct {
	ID             int64     `json:"id"`
	TimelineID     int64     `json:"timeline_id"`
	Title          string    `json:"title"`
	Period         edtf.Date `json:"period"`
	PeriodEarliest *string   `json:"period_earliest"`
	PeriodLatest   *string   `json:"period_latest"`
}

// TableName is the eras' table.
func (Era) TableName() string { return "timeline_eras" }

// Validate checks that the era has a title and a period.
func (e *Era) Validate() FieldErrors {
	fe := FieldErrors{}
	e.Title = strings.TrimSpace(e.Title)
	Required(fe, "title", e.Title, "An era's title")
	RefuseInNames(fe, map[string]string{"title": e.Title})
	if e.Period.IsZero() {
		fe.Add("period", "An era needs its period, such as 602 – 629.")
	}
	return fe
}

// BeforeSave keeps the period's sortable bounds in step with the period.
func (e *Era) BeforeSave(*gorm.DB) error {
	e.PeriodEarliest, e.PeriodLatest = DateBounds(e.Period)
	return nil
}

// LoadedEras is the timeline's eras as GetTimelineFor read them with it, in date order.
func (t *Timeline) LoadedEras() ([]Era, error) {
	if t.ErasJSON == "" {
		return nil, nil
	}
	var out []Era
	if err := json.Unmarshal([]byte(t.ErasJSON), &out); err != nil {
		return nil, fmt.Errorf("store: eras of timeline %q: %w", t.Slug, err)
	}
	for i := range out {
		out[i].TimelineID = t.ID
	}
	return out, nil
}
