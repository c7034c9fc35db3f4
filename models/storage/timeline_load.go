package storage

import (
	"context"
	"fmt"

	"github.com/factline/factline/models"
)

// LoadTimeline reads a timeline and everything its page shows in two statements
// whatever its length: the timeline, then LoadEntries, as the system reads
// them (for the command line and tests, as GetTimeline).
func (s *Store) LoadTimeline(ctx context.Context, slug string) (*models.LoadedTimeline, error) {
	t, err := s.GetTimeline(ctx, slug)
	if err != nil {
		return nil, err
	}
	return s.As(Viewer{System: true}).LoadEntries(ctx, t)
}

// LoadEntries reads all of a timeline's entries, with their lists (the
// relations the viewer may read), in one statement whatever the timeline's
// length (ReadEntries).
func (r Reader) LoadEntries(ctx context.Context, t *models.Timeline) (*models.LoadedTimeline, error) {
	lt := &models.LoadedTimeline{Timeline: *t}
	err := r.ReadEntries(ctx, t.ID, EntryRead{}, func(e *models.StreamedEntry) error {
		lt.Items = append(lt.Items, e.TimelineItem)
		return nil
	})
	if err != nil {
		return nil, fmt.Errorf("store: entries of timeline %q: %w", t.Slug, err)
	}
	return lt, nil
}
