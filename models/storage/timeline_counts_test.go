package storage

import (
	"context"
	"errors"
	"fmt"
	"math/rand/v2"
	"reflect"
	"slices"
	"testing"

	"github.com/factline/factline/models"
)

// TestTimelineCountsFollowEveryWrite is the oracle of the counts that
// triggers keep (timeline_counts): a long random sequence of every kind of
// write — entries added, removed, put back and moved between lanes; claims'
// dates, ratings, speakers and tags changed, events' dates, tags and
// participants; items trashed, restored and purged; edits undone; raw SQL
// over several rows; an import undone — on two timelines sharing items, and
// after each step the counts read from the table equal a count of the whole
// timeline (the summary's and facets' queries as they were before the table),
// and so do the time-scaled view's (timeline_scale_counts: checkScale).
func TestTimelineCountsFollowEveryWrite(t *testing.T) {
	s := NewTestStore(t, nil)
	ctx := models.AsSystem(context.Background())
	w := newCountsWorld(t, s)
	steps := 400
	if testing.Short() {
		steps = 150
	}
	rng := rand.New(rand.NewPCG(13, 22))
	for step := range steps {
		op := w.ops[rng.IntN(len(w.ops))]
		what := op.do(ctx, rng)
		w.check(ctx, fmt.Sprintf("step %d (%s: %s)", step, op.name, what))
	}
}

// countsWorld is the data the oracle test writes to: two timelines and a pool
// of claims and events, some on both.
type countsWorld struct {
	t          *testing.T
	s          *Store
	timelines  []int64
	actors     []int64
	claims     []int64
	events     []int64
	removed    []int64 // revisions that removed an entry, for putting it back
	imports    int
	ops        []countsOp
	lanes      []string
	tags       []string
	dates      []string
	ratings    []models.Rating
	checkExtra []int64 // timelines made and undone by an import, which must leave no counts
}

type countsOp struct {
	name string
	do   func(ctx context.Context, rng *rand.Rand) string
}

func newCountsWorld(t *testing.T, s *Store) *countsWorld {
	w := &countsWorld{t: t, s: s,
		lanes:   []string{"", "north", "south", "west"},
		tags:    []string{"red", "green", "blue", "amber"},
		dates:   []string{"2022-09-08", "2022-09", "2021", "1999-12-31", "-0044-03-15", "../2022-09-10", ""},
		ratings: []models.Rating{"unrated", "accurate", "mixed", "misleading"},
	}
	for _, name := range []string{"Ada", "Bea", "Cem", "Dov"} {
		w.actors = append(w.actors, MakeActor(t, s, name).ID)
	}
	for i := range 8 {
		w.newClaim(context.Background(), rand.New(rand.NewPCG(uint64(i), 1)))
		w.newEvent(context.Background(), rand.New(rand.NewPCG(uint64(i), 2)))
	}
	one := MakeTimeline(t, s, "one", models.Ref{Kind: models.KindClaim, ID: w.claims[0]}, models.Ref{Kind: models.KindClaim, ID: w.claims[1]}, models.Ref{Kind: models.KindEvent, ID: w.events[0]})
	two := MakeTimeline(t, s, "two", models.Ref{Kind: models.KindClaim, ID: w.claims[1]}, models.Ref{Kind: models.KindEvent, ID: w.events[0]}, models.Ref{Kind: models.KindEvent, ID: w.events[1]})
	w.timelines = []int64{one.ID, two.ID}
	w.ops = []countsOp{
		{"add entry", w.addEntry}, {"add entry", w.addEntry},
		{"remove entry", w.removeEntry},
		{"put entry back", w.putEntryBack},
		{"change lane", w.changeLane},
		{"edit claim", w.editClaim}, {"edit claim", w.editClaim},
		{"edit event", w.editEvent},
		{"add participant", w.addParticipant},
		{"remove participant", w.removeParticipant},
		{"trash", w.trash},
		{"restore", w.restore},
		{"purge", w.purge},
		{"new item", w.newItem},
		{"undo edit", w.undoEdit},
		{"raw SQL", w.rawSQL},
		{"import and undo", w.importAndUndo},
		{"speakers and ends", w.speakersAndEnds}, {"speakers and ends", w.speakersAndEnds},
	}
	return w
}

func pick[T any](rng *rand.Rand, xs []T) T { return xs[rng.IntN(len(xs))] }

// refused reports whether err is a refusal a user could meet (which changes
// nothing), failing the test on any other error.
func (w *countsWorld) refused(err error, what string) bool {
	w.t.Helper()
	var fe models.FieldErrors
	var inUse *models.InUseError
	switch {
	case err == nil:
		return false
	case errors.As(err, &fe), errors.As(err, &inUse), errors.Is(err, ErrNotFound), errors.Is(err, models.ErrConflict):
		return true
	}
	w.t.Fatalf("%s: %v", what, err)
	return true
}

func (w *countsWorld) exec(ctx context.Context, q string, args ...any) {
	w.t.Helper()
	if err := w.s.w(ctx).Exec(q, args...).Error; err != nil {
		w.t.Fatalf("%s: %v", q, err)
	}
}

func (w *countsWorld) newClaim(ctx context.Context, rng *rand.Rand) string {
	speaker := pick(rng, w.actors)
	c := &models.Claim{Text: fmt.Sprintf("claim %d", len(w.claims)), SpeakerID: &speaker, Rating: pick(rng, w.ratings),
		SaidOn: mustDate(pick(rng, w.dates)), Tags: []string{pick(rng, w.tags)}}
	mustSave(w.t, w.s.SaveClaim(models.AsSystem(ctx), c))
	w.claims = append(w.claims, c.ID)
	return fmt.Sprintf("claim %d", c.ID)
}

func (w *countsWorld) newEvent(ctx context.Context, rng *rand.Rand) string {
	e := &models.Event{Title: fmt.Sprintf("event %d", len(w.events)), Occurred: mustDate(pick(rng, w.dates)), Tags: []string{pick(rng, w.tags)}}
	mustSave(w.t, w.s.SaveEvent(models.AsSystem(ctx), e))
	mustSave(w.t, w.s.AddParticipant(models.AsSystem(ctx), models.Participant{EventID: e.ID, ActorID: pick(rng, w.actors)}))
	w.events = append(w.events, e.ID)
	return fmt.Sprintf("event %d", e.ID)
}

func (w *countsWorld) item(rng *rand.Rand) models.Ref {
	if rng.IntN(2) == 0 {
		return models.Ref{Kind: models.KindClaim, ID: pick(rng, w.claims)}
	}
	return models.Ref{Kind: models.KindEvent, ID: pick(rng, w.events)}
}

// entry is an entry of a random timeline, if it has any.
func (w *countsWorld) entry(ctx context.Context, rng *rand.Rand) (tl, id int64, ok bool) {
	tl = pick(rng, w.timelines)
	var ids []int64
	if err := w.s.r(ctx).Raw("SELECT id FROM timeline_entries WHERE timeline_id = ? ORDER BY id", tl).Scan(&ids).Error; err != nil {
		w.t.Fatal(err)
	}
	if len(ids) == 0 {
		return tl, 0, false
	}
	return tl, pick(rng, ids), true
}

func (w *countsWorld) addEntry(ctx context.Context, rng *rand.Rand) string {
	it := w.item(rng)
	e := &models.Entry{TimelineID: pick(rng, w.timelines), ItemKind: it.Kind, ItemID: it.ID, Lane: pick(rng, w.lanes)}
	if old, err := w.s.GetEntry(ctx, e.TimelineID, it); err == nil {
		e.Version = old.Version // on it already: a change of its lane
	}
	w.refused(w.s.AddEntry(ctx, e), "add entry")
	return fmt.Sprintf("%s-%d to %d in %q", it.Kind, it.ID, e.TimelineID, e.Lane)
}

func (w *countsWorld) removeEntry(ctx context.Context, rng *rand.Rand) string {
	tl, id, ok := w.entry(ctx, rng)
	if !ok {
		return "none"
	}
	rev, err := w.s.RemoveEntry(ctx, tl, id)
	if !w.refused(err, "remove entry") {
		w.removed = append(w.removed, rev)
	}
	return fmt.Sprintf("entry %d of %d", id, tl)
}

func (w *countsWorld) putEntryBack(ctx context.Context, rng *rand.Rand) string {
	if len(w.removed) == 0 {
		return "none"
	}
	i := rng.IntN(len(w.removed))
	rev := w.removed[i]
	w.removed = slices.Delete(w.removed, i, i+1)
	_, err := w.s.RestoreEntry(ctx, rev)
	w.refused(err, "put entry back")
	return fmt.Sprintf("revision %d", rev)
}

func (w *countsWorld) changeLane(ctx context.Context, rng *rand.Rand) string {
	tl, id, ok := w.entry(ctx, rng)
	if !ok {
		return "none"
	}
	lane := pick(rng, w.lanes)
	version := 1
	if e, err := w.s.GetEntryByID(ctx, tl, id); err == nil {
		version = e.Version
	}
	if !w.refused(w.s.UpdateEntry(ctx, tl, id, lane, "a note", version), "change lane") {
		if e, err := w.s.GetEntryByID(ctx, tl, id); err != nil || e.Lane != lane {
			w.t.Fatalf("entry %d moved to %q, read back as %+v (%v)", id, lane, e, err)
		}
	}
	return fmt.Sprintf("entry %d to %q", id, lane)
}

func (w *countsWorld) editClaim(ctx context.Context, rng *rand.Rand) string {
	id := pick(rng, w.claims)
	c, err := w.s.GetClaim(ctx, id)
	if w.refused(err, "get claim") {
		return fmt.Sprintf("claim %d (in the trash)", id)
	}
	c.Tags, _ = w.s.tagsOf(ctx, models.Ref{Kind: models.KindClaim, ID: id})
	var what string
	switch rng.IntN(5) {
	case 0:
		c.SaidOn, what = mustDate(pick(rng, w.dates)), "date"
	case 1:
		c.Rating, what = pick(rng, w.ratings), "rating"
	case 2:
		speaker := pick(rng, w.actors)
		c.SpeakerID, what = &speaker, "speaker"
	case 3:
		c.SpeakerID, what = nil, "no speaker"
	case 4:
		c.Tags, what = []string{pick(rng, w.tags), pick(rng, w.tags)}, "tags"
	}
	c.Speaker = nil
	if !w.refused(w.s.SaveClaim(ctx, c), "edit claim") {
		// The triggers let the write through as it was made.
		got, err := w.s.GetClaim(ctx, id)
		if err != nil || got.Rating != c.Rating || got.SaidOn != c.SaidOn || (got.SpeakerID == nil) != (c.SpeakerID == nil) {
			w.t.Fatalf("claim %d saved with its %s, read back as %+v (%v)", id, what, got, err)
		}
	}
	return fmt.Sprintf("claim %d %s", id, what)
}

func (w *countsWorld) editEvent(ctx context.Context, rng *rand.Rand) string {
	id := pick(rng, w.events)
	e, err := w.s.GetEvent(ctx, id)
	if w.refused(err, "get event") {
		return fmt.Sprintf("event %d (in the trash)", id)
	}
	e.Tags, _ = w.s.tagsOf(ctx, models.Ref{Kind: models.KindEvent, ID: id})
	what := "date"
	if rng.IntN(2) == 0 {
		e.Occurred = mustDate(pick(rng, w.dates))
	} else {
		e.Tags, what = []string{pick(rng, w.tags)}, "tags"
	}
	e.Participants = nil
	w.refused(w.s.SaveEvent(ctx, e), "edit event")
	return fmt.Sprintf("event %d %s", id, what)
}

func (w *countsWorld) addParticipant(ctx context.Context, rng *rand.Rand) string {
	p := models.Participant{EventID: pick(rng, w.events), ActorID: pick(rng, w.actors), RoleWord: "host"}
	w.refused(w.s.AddParticipant(ctx, p), "add participant")
	return fmt.Sprintf("actor %d to event %d", p.ActorID, p.EventID)
}

func (w *countsWorld) removeParticipant(ctx context.Context, rng *rand.Rand) string {
	ev, actor := pick(rng, w.events), pick(rng, w.actors)
	w.refused(w.s.RemoveParticipant(ctx, ev, actor), "remove participant")
	return fmt.Sprintf("actor %d from event %d", actor, ev)
}

func (w *countsWorld) trash(ctx context.Context, rng *rand.Rand) string {
	it := w.item(rng)
	if it.Kind == models.KindClaim {
		w.refused(w.s.DeleteClaim(ctx, it.ID), "trash claim")
	} else {
		w.refused(w.s.DeleteEvent(ctx, it.ID), "trash event")
	}
	return fmt.Sprintf("%s %d", it.Kind, it.ID)
}

func (w *countsWorld) restore(ctx context.Context, rng *rand.Rand) string {
	it := w.item(rng)
	w.refused(w.s.Restore(ctx, string(it.Kind), it.ID), "restore")
	return fmt.Sprintf("%s %d", it.Kind, it.ID)
}

// purge purges an item if it is in the trash, and makes a new one in its
// place, so that the pool keeps its size.
func (w *countsWorld) purge(ctx context.Context, rng *rand.Rand) string {
	it := w.item(rng)
	if w.refused(w.s.Purge(ctx, string(it.Kind), it.ID), "purge") {
		return fmt.Sprintf("%s %d (not in the trash)", it.Kind, it.ID)
	}
	if it.Kind == models.KindClaim {
		w.claims = slices.DeleteFunc(w.claims, func(id int64) bool { return id == it.ID })
		return fmt.Sprintf("claim %d, new %s", it.ID, w.newClaim(ctx, rng))
	}
	w.events = slices.DeleteFunc(w.events, func(id int64) bool { return id == it.ID })
	return fmt.Sprintf("event %d, new %s", it.ID, w.newEvent(ctx, rng))
}

func (w *countsWorld) newItem(ctx context.Context, rng *rand.Rand) string {
	made := w.newClaim(ctx, rng)
	it := models.Ref{Kind: models.KindClaim, ID: w.claims[len(w.claims)-1]}
	if rng.IntN(2) == 0 {
		made = w.newEvent(ctx, rng)
		it = models.Ref{Kind: models.KindEvent, ID: w.events[len(w.events)-1]}
	}
	for _, tl := range w.timelines {
		if rng.IntN(2) == 0 {
			mustSave(w.t, w.s.AddEntry(ctx, &models.Entry{TimelineID: tl, ItemKind: it.Kind, ItemID: it.ID, Lane: pick(rng, w.lanes)}))
		}
	}
	return made
}

// undoEdit restores a claim or event to what one of its revisions recorded.
func (w *countsWorld) undoEdit(ctx context.Context, rng *rand.Rand) string {
	var revs []int64
	if err := w.s.r(ctx).Raw("SELECT id FROM revisions WHERE entity IN ('claim', 'event') AND action = 'update' AND after IS NOT NULL ORDER BY id").
		Scan(&revs).Error; err != nil {
		w.t.Fatal(err)
	}
	if len(revs) == 0 {
		return "none"
	}
	rev := revs[len(revs)-1-rng.IntN(min(len(revs), 10))]
	w.refused(w.s.RestoreRevision(ctx, rev), "undo edit")
	return fmt.Sprintf("revision %d", rev)
}

// rawSQL writes several rows in one statement, as a script or another
// program on the same database would.
func (w *countsWorld) rawSQL(ctx context.Context, rng *rand.Rand) string {
	ids := []int64{pick(rng, w.claims), pick(rng, w.claims), pick(rng, w.claims)}
	evs := []int64{pick(rng, w.events), pick(rng, w.events)}
	switch rng.IntN(7) {
	case 0:
		w.exec(ctx, "UPDATE claims SET rating = ? WHERE id IN ?", pick(rng, w.ratings), ids)
		return "ratings of three claims"
	case 1:
		tag := pick(rng, w.tags)
		w.exec(ctx, "DELETE FROM tags WHERE name = ?", tag)
		return "tag " + tag + " everywhere"
	case 2:
		w.exec(ctx, "UPDATE tags SET name = ? WHERE item_kind = 'claim' AND item_id IN ? AND name = ?",
			fmt.Sprintf("renamed %d", rng.IntN(1000)), ids, pick(rng, w.tags))
		return "a tag renamed"
	case 3:
		lane := pick(rng, w.lanes)
		w.exec(ctx, "UPDATE timeline_entries SET lane = ? WHERE timeline_id = ?", lane, pick(rng, w.timelines))
		return "every lane to " + lane
	case 4:
		w.exec(ctx, "UPDATE events SET occurred_earliest = '1850-01-01', occurred_latest = '1850-12-31' WHERE id IN ?", evs)
		return "two events to 1850"
	case 5:
		w.exec(ctx, "DELETE FROM event_participants WHERE actor_id = ?", pick(rng, w.actors))
		return "an actor off every event"
	default:
		w.exec(ctx, "UPDATE claims SET deleted_at = NULL WHERE id IN ?", ids)
		return "three claims out of the trash"
	}
}

// importAndUndo makes a timeline the way an import does — new claims and
// events, tagged, with participants, and one item of the pool — checks it,
// then undoes it as a failed import is undone.
func (w *countsWorld) importAndUndo(ctx context.Context, rng *rand.Rand) string {
	w.imports++
	tl := MakeTimeline(w.t, w.s, fmt.Sprintf("import-%d", w.imports))
	made := models.ImportMade{TimelineID: tl.ID}
	for range 3 {
		w.newClaim(ctx, rng)
		w.newEvent(ctx, rng)
		made.Claims = append(made.Claims, w.claims[len(w.claims)-1])
		made.Events = append(made.Events, w.events[len(w.events)-1])
	}
	w.claims, w.events = w.claims[:len(w.claims)-3], w.events[:len(w.events)-3]
	for _, id := range made.Claims {
		mustSave(w.t, w.s.AddEntry(ctx, &models.Entry{TimelineID: tl.ID, ItemKind: models.KindClaim, ItemID: id, Lane: pick(rng, w.lanes)}))
	}
	for _, id := range made.Events {
		mustSave(w.t, w.s.AddEntry(ctx, &models.Entry{TimelineID: tl.ID, ItemKind: models.KindEvent, ItemID: id}))
	}
	shared := w.item(rng)
	w.refused(w.s.AddEntry(ctx, &models.Entry{TimelineID: tl.ID, ItemKind: shared.Kind, ItemID: shared.ID}), "add to the import")
	w.compare(ctx, tl.ID, "the import")
	if err := w.s.UndoImport(ctx, made); err != nil {
		w.t.Fatal(err)
	}
	w.checkExtra = append(w.checkExtra, tl.ID)
	return fmt.Sprintf("timeline %d", tl.ID)
}

// check compares the counts of both timelines with the oracle, and the whole
// table with what its view adds up to.
func (w *countsWorld) check(ctx context.Context, step string) {
	w.t.Helper()
	for _, tl := range append(slices.Clone(w.timelines), w.checkExtra...) {
		w.compare(ctx, tl, step)
	}
	var stray []string
	err := w.s.r(ctx).Raw(`SELECT c.timeline_id || ' ' || c.facet || ' ' || c.key || ': ' || c.entries || ' entries, ' || c.rated || ' rated, want ' ||
			COALESCE(v.entries, 0) || ', ' || COALESCE(v.rated, 0)
		FROM timeline_counts c LEFT JOIN (SELECT timeline_id, facet, key, count(*) AS entries, sum(rated) AS rated
			FROM timeline_entry_counts GROUP BY timeline_id, facet, key) v
			ON v.timeline_id = c.timeline_id AND v.facet = c.facet AND v.key = c.key
		WHERE v.entries IS NULL OR v.entries <> c.entries OR v.rated <> c.rated OR c.entries <= 0`).Scan(&stray).Error
	if err != nil {
		w.t.Fatal(err)
	}
	if len(stray) > 0 {
		w.t.Fatalf("after %s, rows of timeline_counts that no live entry makes: %v", step, stray)
	}
	w.checkScale(ctx, step)
}

func (w *countsWorld) compare(ctx context.Context, tl int64, step string) {
	w.t.Helper()
	sum, facets, err := w.s.TimelineCounts(ctx, tl)
	if err != nil {
		w.t.Fatal(err)
	}
	want, err := w.s.countTimeline(ctx, tl, models.TimelineFilter{})
	if err != nil {
		w.t.Fatal(err)
	}
	wantFacets, err := w.s.facetsByScan(ctx, tl)
	if err != nil {
		w.t.Fatal(err)
	}
	if !reflect.DeepEqual(sum, want) {
		w.t.Fatalf("after %s, timeline %d:\n counts %+v\ncounted %+v", step, tl, sum, want)
	}
	if !reflect.DeepEqual(facets, wantFacets) {
		w.t.Fatalf("after %s, timeline %d:\n facets %+v\ncounted %+v", step, tl, facets, wantFacets)
	}
	w.compareScale(ctx, tl, step)
}

// facetsByScan collects the actors, tags and lanes of a timeline's entries,
// sorted by name, from the whole timeline: how the facets were read before
// their counts were kept, and the oracle of those counts.
func (s *Store) facetsByScan(ctx context.Context, timelineID int64) (models.Facets, error) {
	// Actors of one name in the order TimelineCounts puts them: by id as text.
	rows, err := s.r(ctx).Raw(`WITH live AS (SELECT e.item_kind, e.item_id, e.lane, c.speaker_id FROM timeline_entries e
			LEFT JOIN claims c ON e.item_kind = 'claim' AND c.id = e.item_id AND c.deleted_at IS NULL
			LEFT JOIN events v ON e.item_kind = 'event' AND v.id = e.item_id AND v.deleted_at IS NULL
			WHERE e.timeline_id = ? AND COALESCE(c.id, v.id) IS NOT NULL)
		SELECT 'actor' AS facet, a.id, a.name, CAST(a.id AS TEXT) AS key FROM actors a WHERE a.id IN (SELECT speaker_id FROM live
			UNION SELECT p.actor_id FROM live l JOIN event_participants p ON l.item_kind = 'event' AND p.event_id = l.item_id)
		UNION ALL SELECT DISTINCT 'tag', 0, t.name, '' FROM live l JOIN tags t ON t.item_kind = l.item_kind AND t.item_id = l.item_id
		UNION ALL SELECT DISTINCT 'lane', 0, lane, '' FROM live WHERE lane <> ''
		ORDER BY 1, 3, 4`, timelineID).Rows()
	if err != nil {
		return models.Facets{}, fmt.Errorf("store: facets of timeline %d: %w", timelineID, err)
	}
	defer rows.Close()
	var f models.Facets
	for rows.Next() {
		var facet, name string
		var id int64
		if err := rows.Scan(&facet, &id, &name, new(string)); err != nil {
			return models.Facets{}, fmt.Errorf("store: facets of timeline %d: %w", timelineID, err)
		}
		switch facet {
		case "actor":
			f.Actors = append(f.Actors, models.Actor{ID: id, Name: name})
		case "tag":
			f.Tags = append(f.Tags, name)
		case "lane":
			f.Lanes = append(f.Lanes, name)
		}
	}
	return f, rows.Err()
}

// TestTimelineCountsMigrationCountsWhatIsStored takes a database with
// timelines on it back to before their counts and forward again: the
// migration counts what is stored, and the triggers go on from there.
func TestTimelineCountsMigrationCountsWhatIsStored(t *testing.T) {
	s := NewTestStore(t, nil)
	ctx := models.AsSystem(context.Background())
	w := newCountsWorld(t, s)
	rng := rand.New(rand.NewPCG(22, 13))
	for range 30 {
		pick(rng, w.ops).do(ctx, rng)
	}
	db, err := s.write.DB()
	if err != nil {
		t.Fatal(err)
	}
	p, err := s.dialect.migrations(ctx, db)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := p.DownTo(ctx, 21); err != nil {
		t.Fatal(err)
	}
	// Written while nothing counts, in the schema of then (the Store of now
	// writes columns added since).
	it := w.item(rng)
	w.exec(ctx, `INSERT INTO timeline_entries (timeline_id, item_kind, item_id, lane, created_at)
		VALUES (?, ?, ?, ?, CURRENT_TIMESTAMP) ON CONFLICT DO NOTHING`, pick(rng, w.timelines), it.Kind, it.ID, pick(rng, w.lanes))
	w.editClaim(ctx, rng)
	if _, err := p.Up(ctx); err != nil {
		t.Fatal(err)
	}
	w.check(ctx, "the migration")
	for range 30 {
		op := pick(rng, w.ops)
		w.check(ctx, "after the migration, "+op.name+": "+op.do(ctx, rng))
	}
}
