package models

import (
	"context"
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
	required(fe, "title", e.Title, "An era's title")
	refuseInNames(fe, map[string]string{"title": e.Title})
	if e.Period.IsZero() {
		fe.Add("period", "An era needs its period, such as 602 – 629.")
	}
	return fe
}

// BeforeSave keeps the period's sortable bounds in step with the period.
func (e *Era) BeforeSave(*gorm.DB) error {
	e.PeriodEarliest, e.PeriodLatest = dateBounds(e.Period)
	return nil
}

// AddEra adds a named period to a timeline, recording the change on the timeline.
func (s *Store) AddEra(ctx context.Context, e *Era) error {
	if fe := e.Validate(); len(fe) > 0 {
		return fe
	}
	err := s.WithTx(ctx, func(tx *Store) error {
		if err := tx.w(ctx).Create(e).Error; err != nil {
			return err
		}
		return tx.record(ctx, "timeline", e.TimelineID, "update", nil,
			map[string]string{"era": e.Title, "period": e.Period.String()})
	})
	if err != nil {
		return fmt.Errorf("store: add era %q to timeline %d: %w", e.Title, e.TimelineID, err)
	}
	return nil
}

// ErasOf lists a timeline's eras in date order.
func (s *Store) ErasOf(ctx context.Context, timelineID int64) ([]Era, error) {
	var out []Era
	if err := s.r(ctx).Where("timeline_id = ?", timelineID).Order("period_earliest, period_latest, id").
		Find(&out).Error; err != nil {
		return nil, fmt.Errorf("store: eras of timeline %d: %w", timelineID, err)
	}
	return out, nil
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
