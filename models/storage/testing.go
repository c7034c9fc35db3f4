package storage

import (
	"context"
	"database/sql"
	"fmt"

	"gorm.io/gorm/logger"

	"github.com/factline/factline/models"
	"github.com/factline/factline/models/edtf"
)

// TB is the part of testing.TB that these helpers for tests use. They take it
// rather than testing.TB so that this package does not import testing: the
// factline binary links neither the testing package nor, since nothing in it
// calls them, these helpers (TestBinaryLinksNoTestCode).
type TB interface {
	Helper()
	Fatal(args ...any)
	TempDir() string
	Cleanup(func())
}

// NewTestStore opens a fresh, migrated database (TestDSN), closed when the
// test ends. A non-nil log receives every SQL statement.
func NewTestStore(tb TB, log logger.Interface) *Store {
	tb.Helper()
	dsn := TestDSN(tb)
	if TestEngine() == SQLite {
		if err := copyMigratedSQLite(dsn); err != nil {
			tb.Fatal(err)
		}
	}
	return openTestStore(tb, dsn, log)
}

// NewTestStoreAt opens and migrates the database at path (a DSN), closed when the test ends.
func NewTestStoreAt(tb TB, path string) *Store {
	tb.Helper()
	return openTestStore(tb, path, nil)
}

func openTestStore(tb TB, path string, log logger.Interface) *Store {
	tb.Helper()
	s, err := Open(path, Options{Logger: log})
	if err != nil {
		tb.Fatal(err)
	}
	tb.Cleanup(func() { _ = s.Close() })
	if err := s.Migrate(context.Background(), nil); err != nil {
		tb.Fatal(err)
	}
	return s
}

// MakeActor stores a person called name.
func MakeActor(tb TB, s *Store, name string) *models.Actor {
	tb.Helper()
	a := &models.Actor{Kind: models.Person, Name: name}
	mustSave(tb, s.SaveActor(context.Background(), a))
	return a
}

// MakeSource stores an article with the given title and text, published on date.
func MakeSource(tb TB, s *Store, title, text, date string) *models.Source {
	tb.Helper()
	src := &models.Source{Kind: "article", Title: title, Text: text, Published: edtf.MustParse(date)}
	mustSave(tb, s.SaveSource(context.Background(), src))
	return src
}

// MakeClaim stores a claim by speaker (nil for none) said on date.
func MakeClaim(tb TB, s *Store, speaker *models.Actor, text, date string) *models.Claim {
	tb.Helper()
	c := &models.Claim{Text: text, SaidOn: edtf.MustParse(date)}
	if speaker != nil {
		c.SpeakerID = &speaker.ID
	}
	mustSave(tb, s.SaveClaim(context.Background(), c))
	return c
}

// MakeEvent stores an event on date.
func MakeEvent(tb TB, s *Store, title, date string) *models.Event {
	tb.Helper()
	e := &models.Event{Title: title, Occurred: edtf.MustParse(date)}
	mustSave(tb, s.SaveEvent(context.Background(), e))
	return e
}

// MakeCitation cites source for item with the quoted passage.
func MakeCitation(tb TB, s *Store, item models.Ref, source *models.Source, quote string) *models.Citation {
	tb.Helper()
	c := &models.Citation{SourceID: source.ID, Quote: quote}
	if item.Kind == models.KindClaim {
		c.ClaimID = &item.ID
	} else {
		c.EventID = &item.ID
	}
	mustSave(tb, s.SaveCitation(context.Background(), c))
	return c
}

// MakeTimeline stores a public timeline with the given slug and the items as entries.
func MakeTimeline(tb TB, s *Store, slug string, items ...models.Ref) *models.Timeline {
	tb.Helper()
	ctx := context.Background()
	t := &models.Timeline{Slug: slug, Title: "Timeline " + slug, Visibility: "public"}
	mustSave(tb, s.SaveTimeline(ctx, t))
	for _, it := range items {
		mustSave(tb, s.AddEntry(ctx, &models.Entry{TimelineID: t.ID, ItemKind: it.Kind, ItemID: it.ID}))
	}
	return t
}

// SeedTimeline makes a timeline of n entries, alternating claims and events, each
// cited, tagged and related to the previous one.
func SeedTimeline(t TB, s *Store, slug string, n int) {
	t.Helper()
	ctx := context.Background()
	speaker := MakeActor(t, s, "Speaker "+slug)
	src := MakeSource(t, s, "Source "+slug, "", "2022-09-10")
	tl := MakeTimeline(t, s, slug)
	var prev models.Ref
	for i := range n {
		date := fmt.Sprintf("2022-%02d-%02d", i%12+1, i%28+1)
		var ref models.Ref
		if i%2 == 0 {
			c := &models.Claim{Text: fmt.Sprintf("claim %d", i), SpeakerID: &speaker.ID, SaidOn: edtf.MustParse(date), Tags: []string{"t"}}
			mustSave(t, s.SaveClaim(ctx, c))
			ref = models.Ref{Kind: models.KindClaim, ID: c.ID}
		} else {
			e := &models.Event{Title: fmt.Sprintf("event %d", i), Occurred: edtf.MustParse(date), Tags: []string{"t"}}
			mustSave(t, s.SaveEvent(ctx, e))
			mustSave(t, s.AddParticipant(ctx, models.Participant{EventID: e.ID, ActorID: speaker.ID}))
			ref = models.Ref{Kind: models.KindEvent, ID: e.ID}
		}
		MakeCitation(t, s, ref, src, fmt.Sprintf("quote %d", i))
		if prev.ID != 0 {
			mustSave(t, s.SaveRelation(ctx, &models.Relation{FromKind: ref.Kind, FromID: ref.ID, ToKind: prev.Kind, ToID: prev.ID, Kind: "refers to"}))
		}
		mustSave(t, s.AddEntry(ctx, &models.Entry{TimelineID: tl.ID, ItemKind: ref.Kind, ItemID: ref.ID}))
		prev = ref
	}
}

func mustSave(tb TB, err error) {
	tb.Helper()
	if err != nil {
		tb.Fatal(err)
	}
}

// Must takes the results of a call that must not fail and gives its value to
// a test, failing it at once otherwise — Must(store.ListClaims(ctx, 10))(t) —
// so that no check passes on a query that failed.
func Must[T any](v T, err error) func(TB) T {
	return func(tb TB) T {
		tb.Helper()
		if err != nil {
			tb.Fatal(err)
		}
		return v
	}
}

// CountRows counts the rows of a table.
func (s *Store) CountRows(tb TB, table string) int64 {
	tb.Helper()
	var n int64
	if err := s.r(context.Background()).Table(table).Count(&n).Error; err != nil {
		tb.Fatal(err)
	}
	return n
}

// SeedLongTimeline seeds a public timeline of n claims in a few statements, for
// benchmarks of long timelines: one speaker, one source, each claim dated a
// few days after the one before from 1 Jan 2000 (so the timeline spans years),
// tagged, cited once, and related to the claim before it. SQLite only.
func SeedLongTimeline(tb TB, s *Store, slug string, n int) *models.Timeline {
	tb.Helper()
	ctx := models.AsSystem(context.Background())
	speaker := MakeActor(tb, s, "Speaker "+slug)
	src := MakeSource(tb, s, "Source "+slug, "", "2022-09-10")
	tl := MakeTimeline(tb, s, slug)
	err := s.WithTx(ctx, func(tx *Store) error {
		w := tx.w(ctx)
		var first int64
		if err := w.Raw("SELECT COALESCE(MAX(id), 0) + 1 FROM claims").Scan(&first).Error; err != nil {
			return err
		}
		for _, q := range []string{
			`INSERT INTO claims (id, text, speaker_id, said_on, said_on_earliest, said_on_latest, rating, created_at, updated_at)
				WITH RECURSIVE seq(i) AS (SELECT 0 UNION ALL SELECT i + 1 FROM seq WHERE i < @n - 1)
				SELECT @first + i, 'claim ' || i || ' of a long timeline, said in so many words', @speaker,
					date('2000-01-01', '+' || (i * 3) || ' days'), date('2000-01-01', '+' || (i * 3) || ' days'),
					date('2000-01-01', '+' || (i * 3) || ' days'), CASE WHEN i % 5 = 0 THEN 'accurate' ELSE 'unrated' END,
					CURRENT_TIMESTAMP, CURRENT_TIMESTAMP FROM seq`,
			`INSERT INTO tags (item_kind, item_id, name) SELECT 'claim', id, 'tag' || (id % 7) FROM claims WHERE id >= @first`,
			`INSERT INTO citations (claim_id, source_id, quote, created_at, updated_at)
				SELECT id, @source, 'quote ' || id, CURRENT_TIMESTAMP, CURRENT_TIMESTAMP FROM claims WHERE id >= @first`,
			`INSERT INTO relations (from_kind, from_id, to_kind, to_id, kind, created_at)
				SELECT 'claim', id, 'claim', id - 1, 'refers to', CURRENT_TIMESTAMP FROM claims WHERE id > @first`,
			`INSERT INTO timeline_entries (timeline_id, item_kind, item_id, created_at)
				SELECT @tl, 'claim', id, CURRENT_TIMESTAMP FROM claims WHERE id >= @first`,
			`UPDATE timelines SET visibility = 'public' WHERE id = @tl`,
		} {
			err := w.Exec(q, sql.Named("n", n), sql.Named("first", first), sql.Named("speaker", speaker.ID),
				sql.Named("source", src.ID), sql.Named("tl", tl.ID)).Error
			if err != nil {
				return fmt.Errorf("seed %s: %w", slug, err)
			}
		}
		return nil
	})
	if err != nil {
		tb.Fatal(err)
	}
	return tl
}

// TimelineSlugs lists the slugs of every timeline not deleted, in id order.
func (s *Store) TimelineSlugs(ctx context.Context) ([]string, error) {
	var slugs []string
	if err := s.r(ctx).Raw("SELECT slug FROM timelines WHERE " + Live("timelines") + " ORDER BY id").Scan(&slugs).Error; err != nil {
		return nil, fmt.Errorf("store: timeline slugs: %w", err)
	}
	return slugs, nil
}
