package storage

import (
	"cmp"
	"context"
	"fmt"
	"math/rand/v2"
	"reflect"
	"slices"

	"github.com/factline/factline/models"
)

// compareScale is the oracle of the time-scaled view's kept counts
// (timeline_scale_counts): what EachScaleCount reads from them for a whole
// timeline equals what it counts from the timeline's entries (countScale,
// how the view counted before they were kept), row for row.
func (w *countsWorld) compareScale(ctx context.Context, tl int64, step string) {
	w.t.Helper()
	var kept, counted []models.ScaleCount
	collect := func(into *[]models.ScaleCount) func(*models.ScaleCount) error {
		return func(c *models.ScaleCount) error { *into = append(*into, *c); return nil }
	}
	if err := w.s.EachScaleCount(ctx, tl, models.TimelineFilter{}, collect(&kept)); err != nil {
		w.t.Fatal(err)
	}
	if err := w.s.countScale(ctx, tl, models.TimelineFilter{}, collect(&counted)); err != nil {
		w.t.Fatal(err)
	}
	// In one order whatever the database's collation of names.
	order := func(a, b models.ScaleCount) int {
		return cmp.Or(cmp.Compare(a.SortKey, b.SortKey), cmp.Compare(a.SortEnd, b.SortEnd), cmp.Compare(a.Kind, b.Kind),
			cmp.Compare(a.Lane, b.Lane), cmp.Compare(a.SpeakerName, b.SpeakerName))
	}
	slices.SortFunc(kept, order)
	slices.SortFunc(counted, order)
	if !reflect.DeepEqual(kept, counted) {
		w.t.Fatalf("after %s, timeline %d's scale counts:\n   kept %+v\ncounted %+v", step, tl, kept, counted)
	}
}

// checkScale finds the rows of timeline_scale_counts, of any timeline, that
// the live entries do not add up to: a row left at zero or below, or one
// counting entries that are not there.
func (w *countsWorld) checkScale(ctx context.Context, step string) {
	w.t.Helper()
	var stray []string
	err := w.s.r(ctx).Raw(`SELECT c.timeline_id || ' ' || c.sort_key || ' ' || c.sort_end || ' ' || c.item_kind || ' ' || c.lane || ' ' ||
			c.speaker_id || ': ' || c.entries || ' entries, want ' || COALESCE(v.entries, 0)
		FROM timeline_scale_counts c LEFT JOIN (SELECT timeline_id, sort_key, sort_end, item_kind, lane, speaker_id, count(*) AS entries
			FROM timeline_entry_scale GROUP BY timeline_id, sort_key, sort_end, item_kind, lane, speaker_id) v
			ON v.timeline_id = c.timeline_id AND v.sort_key = c.sort_key AND v.sort_end = c.sort_end AND v.item_kind = c.item_kind
			AND v.lane = c.lane AND v.speaker_id = c.speaker_id
		WHERE v.entries IS NULL OR v.entries <> c.entries OR c.entries <= 0`).Scan(&stray).Error
	if err != nil {
		w.t.Fatal(err)
	}
	if len(stray) > 0 {
		w.t.Fatalf("after %s, rows of timeline_scale_counts that no live entry makes: %v", step, stray)
	}
}

// speakersAndEnds writes what only the scale counts show: an actor takes
// another's name (their claims then count as one speaker's) or a new one,
// three claims change speaker in one statement, or claims' and events' last
// possible days change alone.
func (w *countsWorld) speakersAndEnds(ctx context.Context, rng *rand.Rand) string {
	actor := pick(rng, w.actors)
	switch rng.IntN(5) {
	case 3:
		w.exec(ctx, "UPDATE claims SET said_on_latest = '2030-12-31' WHERE id IN ?", []int64{pick(rng, w.claims), pick(rng, w.claims)})
		return "two claims' last days"
	case 4:
		w.exec(ctx, "UPDATE events SET occurred_latest = '2030-12-31' WHERE id IN ?", []int64{pick(rng, w.events), pick(rng, w.events)})
		return "two events' last days"
	case 0:
		other := pick(rng, w.actors)
		w.exec(ctx, "UPDATE actors SET name = (SELECT name FROM actors WHERE id = ?) WHERE id = ?", other, actor)
		return fmt.Sprintf("actor %d named as actor %d", actor, other)
	case 1:
		name := fmt.Sprintf("Actor %d", rng.IntN(1000))
		w.exec(ctx, "UPDATE actors SET name = ? WHERE id = ?", name, actor)
		return fmt.Sprintf("actor %d named %s", actor, name)
	}
	ids := []int64{pick(rng, w.claims), pick(rng, w.claims), pick(rng, w.claims)}
	w.exec(ctx, "UPDATE claims SET speaker_id = ? WHERE id IN ?", actor, ids)
	return fmt.Sprintf("three claims said by actor %d", actor)
}
