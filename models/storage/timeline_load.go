package storage

import (
	"context"
	"fmt"

	"github.com/factline/factline/models"
)

// LoadTimeline reads a timeline and everything its page shows in two statements
// whatever its length: the timeline, then LoadEntries.
func (s *Store) LoadTimeline(ctx context.Context, slug string) (*models.LoadedTimeline, error) {
	t, err := s.GetTimeline(ctx, slug)
	if err != nil {
		return nil, err
	}
	return s.LoadEntries(ctx, t)
}

// LoadEntries reads all of a timeline's entries, with their lists, in one
// statement whatever the timeline's length (ReadEntries).
func (s *Store) LoadEntries(ctx context.Context, t *models.Timeline) (*models.LoadedTimeline, error) {
	lt := &models.LoadedTimeline{Timeline: *t}
	err := s.ReadEntries(ctx, t.ID, EntryRead{}, func(e *models.StreamedEntry) error {
		lt.Items = append(lt.Items, e.TimelineItem)
		return nil
	})
	if err != nil {
		return nil, fmt.Errorf("store: entries of timeline %q: %w", t.Slug, err)
	}
	return lt, nil
}
