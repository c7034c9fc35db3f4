package duplicates

import (
	"context"
	"fmt"
	"time"

	"gorm.io/gorm"

	"github.com/factline/factline/models"
)

// nearDays is how far apart, in days, two events' dates may be and still be
// offered as one event.
const nearDays = 3

// EventDuplicates returns the stored events that e may be a second copy of:
// dated within nearDays of e's date (or overlapping it: "Sep 2022" is near "8
// Sep 2022"), with a similar title — most words shared, case, accents and
// punctuation aside ("Türk" is "Turk"). An undated event is matched by
// nothing. e itself, when stored, is left out; so is what the viewer
// may not read.
func (s Finder) EventDuplicates(ctx context.Context, e *models.Event) ([]models.Event, error) {
	lo, hi := models.DateBounds(e.Occurred)
	if lo == nil || len(contentWords(e.Title)) == 0 {
		return nil, nil
	}
	var near []models.Event
	// The nearest first, so that the limit drops the farthest.
	if err := s.Reader(ctx).Where("id <> ? AND occurred_earliest <= ? AND occurred_latest >= ?",
		e.ID, shiftDay(*hi, nearDays), shiftDay(*lo, -nearDays)).
		Where(s.v.ReadableOf(models.KindEvent, "events.id")).
		Order(gorm.Expr("abs(julianday(occurred_earliest) - julianday(?)), id", *lo)).Limit(200).Find(&near).Error; err != nil {
		return nil, fmt.Errorf("store: events like %q: %w", e.Title, err)
	}
	words := contentWords(e.Title)
	var out []models.Event
	for _, n := range near {
		if len(out) < maxDuplicates && similarWords(words, contentWords(n.Title)) {
			out = append(out, n)
		}
	}
	return out, nil
}

// shiftDay moves a day key (YYYY-MM-DD) by days; a key of another era (a year
// before 1 or after 9999) is left as it is.
func shiftDay(key string, days int) string {
	d, err := time.Parse(time.DateOnly, key)
	if err != nil {
		return key
	}
	return d.AddDate(0, 0, days).Format(time.DateOnly)
}
