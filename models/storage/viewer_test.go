package storage_test

import (
	"context"
	"errors"
	"testing"

	"github.com/factline/factline/models"
	"github.com/factline/factline/models/storage"
)

// TestReadsKeepToTheirViewer: a single item read as a viewer who may not read
// it is not found, as if it did not exist, whichever handler asks
// (ARCHITECTURE.md §5); the same read as one who may is found.
func TestReadsKeepToTheirViewer(t *testing.T) {
	s := storage.NewTestStore(t, nil)
	speaker := storage.MakeActor(t, s, "Chen Xu")
	claim := storage.MakeClaim(t, s, speaker, "groundless blame", "../2022-09-10")
	event := storage.MakeEvent(t, s, "Assessment published", "2022-08-31")
	source := storage.MakeSource(t, s, "China responds", "It is groundless blame, said Chen Xu.", "2022-09-10")
	storage.MakeCitation(t, s, models.Ref{Kind: models.KindClaim, ID: claim.ID}, source, "groundless blame")

	ctx := context.Background()
	storage.Must(0, s.SaveTimeline(ctx, &models.Timeline{Slug: "team-plans", Title: "Plans", Visibility: "team"}))(t)
	storage.Must(0, s.SaveTimeline(ctx, &models.Timeline{Slug: "nobodys", Title: "Nobody's", Visibility: "private"}))(t)

	anonymous := storage.Viewer{}
	member := storage.Viewer{User: &models.User{ID: 1, Role: models.RoleViewer}}
	reads := map[string]func(storage.Viewer) error{
		"claim": func(v storage.Viewer) error { _, err := s.As(v).Claim(context.Background(), claim.ID); return err },
		"event": func(v storage.Viewer) error { _, err := s.As(v).Event(context.Background(), event.ID); return err },
		"event head": func(v storage.Viewer) error {
			_, err := s.As(v).EventHead(context.Background(), event.ID, 10, 0)
			return err
		},
		"actor":  func(v storage.Viewer) error { _, err := s.As(v).Actor(context.Background(), speaker.ID); return err },
		"source": func(v storage.Viewer) error { _, err := s.As(v).Source(context.Background(), source.ID); return err },
	}
	readTimeline := func(v storage.Viewer, slug string) error {
		tl, a, err := s.As(v).Timeline(ctx, slug)
		if err == nil && (tl.Slug != slug || !a.Read) {
			t.Errorf("%s read as %+v, access %+v", slug, tl, a)
		}
		return err
	}
	reads["team timeline"] = func(v storage.Viewer) error { return readTimeline(v, "team-plans") }
	if err := readTimeline(member, "nobodys"); !errors.Is(err, storage.ErrNotFound) {
		t.Errorf("a signed-in viewer reads a private timeline they are not named on: %v, want not found", err)
	}
	for name, read := range reads {
		if err := read(anonymous); !errors.Is(err, storage.ErrNotFound) {
			t.Errorf("an anonymous visitor reads the team's %s: %v, want not found", name, err)
		}
		if err := read(member); err != nil {
			t.Errorf("a signed-in viewer reads the team's %s: %v", name, err)
		}
	}
	if err := readTimeline(anonymous, "open"); !errors.Is(err, storage.ErrNotFound) {
		t.Errorf("a timeline that is not there: %v, want not found", err)
	}
	storage.MakeTimeline(t, s, "open", models.Ref{Kind: models.KindClaim, ID: claim.ID},
		models.Ref{Kind: models.KindEvent, ID: event.ID})
	delete(reads, "team timeline")
	for name, read := range reads {
		if err := read(anonymous); err != nil {
			t.Errorf("an anonymous visitor reads the %s a public timeline shows: %v", name, err)
		}
	}
	if err := readTimeline(anonymous, "open"); err != nil {
		t.Errorf("an anonymous visitor reads a public timeline: %v", err)
	}
}
