package storage

import (
	"context"
	"fmt"

	"github.com/factline/factline/models"
)

// CitationsOfItem returns a page of the citations of a claim or event, in the
// order they were made, each with its source (text left out, deleted sources too).
func (s *Store) CitationsOfItem(ctx context.Context, ref models.Ref, limit, offset int) ([]models.Citation, error) {
	column := "claim_id"
	if ref.Kind == models.KindEvent {
		column = "event_id"
	}
	return s.citations(ctx, `c.id IN (SELECT id FROM citations WHERE `+column+` = ? ORDER BY id LIMIT ? OFFSET ?)`,
		ref.ID, limit, offset)
}

// RelationsOfItem returns a page of the relations with an end at a claim or
// event that RelationsOf would return, in the order they were made.
func (r Reader) RelationsOfItem(ctx context.Context, ref models.Ref, limit, offset int) ([]models.RelationView, error) {
	return r.s.relations(ctx, r.v, `(r.from_kind = ? AND r.from_id = ?) OR (r.to_kind = ? AND r.to_id = ?)`,
		"LIMIT ? OFFSET ?", ref.Kind, ref.ID, ref.Kind, ref.ID, limit, offset)
}

// GetEventHead returns one event with its tags and a page of its participants,
// by actor id, for its page; GetEvent reads them all.
func (s *Store) GetEventHead(ctx context.Context, id int64, limit, offset int) (*models.Event, error) {
	var e models.Event
	if err := s.r(ctx).First(&e, id).Error; err != nil {
		return nil, fmt.Errorf("store: get event %d: %w", id, NotFound(err))
	}
	tags, err := s.tagsOf(ctx, models.Ref{Kind: models.KindEvent, ID: id})
	if err != nil {
		return nil, err
	}
	e.Tags = tags
	if err := s.r(ctx).Preload("Actor").Where("event_id = ?", id).Order("actor_id").Limit(limit).Offset(offset).
		Find(&e.Participants).Error; err != nil {
		return nil, fmt.Errorf("store: participants of event %d: %w", id, err)
	}
	return &e, nil
}

// TimelinesWithItem returns a page of the timelines an item is on that the
// viewer may see, by title.
func (r Reader) TimelinesWithItem(ctx context.Context, ref models.Ref, limit, offset int) ([]models.Timeline, error) {
	where, args := r.v.ReadableTimelines("t")
	out, err := r.s.timelinesWhere(ctx, "t.id IN (SELECT timeline_id FROM timeline_entries WHERE item_kind = ? AND item_id = ?) AND "+where,
		"ORDER BY t.title, t.id LIMIT ? OFFSET ?", append(append([]any{ref.Kind, ref.ID}, args...), limit, offset)...)
	if err != nil {
		return nil, fmt.Errorf("store: timelines with %s %d: %w", ref.Kind, ref.ID, err)
	}
	return out, nil
}
