package storage

import (
	"context"
	"fmt"

	"github.com/factline/factline/models"
)

// TimelineByID is Timeline for the timeline with this id (a revision names
// its timeline by id): a timeline the viewer may not read, or that is in the
// trash, is ErrNotFound.
func (r Reader) TimelineByID(ctx context.Context, id int64) (*models.Timeline, models.Access, error) {
	var slug string
	if err := r.s.r(ctx).Raw("SELECT slug FROM timelines WHERE id = ? AND "+Live("timelines"), id).Scan(&slug).Error; err != nil {
		return nil, models.Access{}, fmt.Errorf("store: get timeline %d: %w", id, err)
	}
	if slug == "" {
		return nil, models.Access{}, fmt.Errorf("store: get timeline %d: %w", id, ErrNotFound)
	}
	return r.Timeline(ctx, slug)
}
