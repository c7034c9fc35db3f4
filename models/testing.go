package models

import (
	"context"
	"path/filepath"
	"testing"

	"gorm.io/gorm/logger"

	"github.com/factline/factline/models/edtf"
)

// NewTestStore opens a fresh, migrated SQLite database in a temporary folder,
// closed when the test ends. A non-nil log receives every SQL statement.
func NewTestStore(tb testing.TB, log logger.Interface) *Store {
	tb.Helper()
	s, err := Open(filepath.Join(tb.TempDir(), "test.db"), Options{Logger: log})
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
func MakeActor(tb testing.TB, s *Store, name string) *Actor {
	tb.Helper()
	a := &Actor{Kind: Person, Name: name}
	mustSave(tb, s.SaveActor(context.Background(), a))
	return a
}

// MakeSource stores an article with the given title and text, published on date.
func MakeSource(tb testing.TB, s *Store, title, text, date string) *Source {
	tb.Helper()
	src := &Source{Kind: "article", Title: title, Text: text, Published: edtf.MustParse(date)}
	mustSave(tb, s.SaveSource(context.Background(), src))
	return src
}

// MakeClaim stores a claim by speaker (nil for none) said on date.
func MakeClaim(tb testing.TB, s *Store, speaker *Actor, text, date string) *Claim {
	tb.Helper()
	c := &Claim{Text: text, SaidOn: edtf.MustParse(date)}
	if speaker != nil {
		c.SpeakerID = &speaker.ID
	}
	mustSave(tb, s.SaveClaim(context.Background(), c))
	return c
}

// MakeEvent stores an event on date.
func MakeEvent(tb testing.TB, s *Store, title, date string) *Event {
	tb.Helper()
	e := &Event{Title: title, Occurred: edtf.MustParse(date)}
	mustSave(tb, s.SaveEvent(context.Background(), e))
	return e
}

// MakeCitation cites source for item with the quoted passage.
func MakeCitation(tb testing.TB, s *Store, item Ref, source *Source, quote string) *Citation {
	tb.Helper()
	c := &Citation{SourceID: source.ID, Quote: quote}
	if item.Kind == KindClaim {
		c.ClaimID = &item.ID
	} else {
		c.EventID = &item.ID
	}
	mustSave(tb, s.SaveCitation(context.Background(), c))
	return c
}

// MakeTimeline stores a public timeline with the given slug and the items as entries.
func MakeTimeline(tb testing.TB, s *Store, slug string, items ...Ref) *Timeline {
	tb.Helper()
	ctx := context.Background()
	t := &Timeline{Slug: slug, Title: "Timeline " + slug, Visibility: "public"}
	mustSave(tb, s.SaveTimeline(ctx, t))
	for _, it := range items {
		mustSave(tb, s.AddEntry(ctx, &Entry{TimelineID: t.ID, ItemKind: it.Kind, ItemID: it.ID}))
	}
	return t
}

func mustSave(tb testing.TB, err error) {
	tb.Helper()
	if err != nil {
		tb.Fatal(err)
	}
}
