package storage

import (
	"context"
	"errors"
	"fmt"
	"testing"

	"gorm.io/gorm/logger"

	"github.com/factline/factline/models"
)

func TestEachEntryStreamsWhatThePageShows(t *testing.T) {
	s := NewTestStore(t, nil)
	SeedTimeline(t, s, "seeded", 40)
	ctx := context.Background()
	lt, err := s.LoadTimeline(ctx, "seeded")
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	err = s.EachEntry(ctx, lt.Timeline.ID, func(e *models.StreamedEntry) error {
		got = append(got, fmt.Sprintf("%s %s %s tags=%v citations=%d participants=%d relations=%d",
			e.Kind, e.Title, e.Date, e.Tags, len(e.Citations), len(e.Participants), len(e.Relations)))
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	if len(got) != len(lt.Items) {
		t.Fatalf("streamed %d entries, the page has %d", len(got), len(lt.Items))
	}
	for i, it := range lt.Items {
		want := fmt.Sprintf("%s %s %s tags=%v citations=%d participants=%d relations=%d",
			it.Kind, it.Title, it.Date, it.Tags, len(it.Citations), len(it.Participants), len(it.Relations))
		if got[i] != want {
			t.Errorf("entry %d:\n got %s\nwant %s", i+1, got[i], want)
		}
	}
	if n, err := s.CountEntries(ctx, lt.Timeline.ID); err != nil || n != 40 {
		t.Errorf("CountEntries = %d, %v; want 40", n, err)
	}
}

func TestStreamsRunAFixedNumberOfStatements(t *testing.T) {
	counter := &statementCounter{Interface: logger.Discard}
	s := NewTestStore(t, counter)
	SeedTimeline(t, s, "small", 5)
	SeedTimeline(t, s, "large", 200)
	ctx := context.Background()
	counts := map[string]int64{}
	for _, slug := range []string{"small", "large"} {
		tl, err := s.GetTimeline(ctx, slug)
		if err != nil {
			t.Fatal(err)
		}
		counter.n.Store(0)
		rows := 0
		count := func() error { rows++; return nil }
		err = errors.Join(
			s.EachActor(ctx, tl.ID, func(*models.Actor) error { return count() }),
			s.EachSource(ctx, tl.ID, func(*models.Source) error { return count() }),
			s.EachEntry(ctx, tl.ID, func(*models.StreamedEntry) error { return count() }))
		if err != nil {
			t.Fatal(err)
		}
		counts[slug] = counter.n.Load()
		if want := map[string]int{"small": 7, "large": 202}[slug]; rows != want {
			t.Errorf("%s: %d rows, want %d", slug, rows, want)
		}
	}
	if counts["small"] != 3 || counts["large"] != 3 {
		t.Errorf("statements: %d for 5 entries, %d for 200; want 3 each", counts["small"], counts["large"])
	}
}
