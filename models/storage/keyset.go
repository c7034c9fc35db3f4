package storage

import (
	"context"
	"fmt"

	"github.com/factline/factline/models"
)

// PageActors returns a page of actors with their roles.
func (s *Store) PageActors(ctx context.Context, after int64, limit int) ([]models.Actor, error) {
	var out []models.Actor
	if err := s.r(ctx).Where("id > ?", after).Order("id").Limit(limit).Find(&out).Error; err != nil {
		return nil, fmt.Errorf("store: page actors after %d: %w", after, err)
	}
	if len(out) == 0 {
		return out, nil
	}
	var roles []models.Role
	if err := s.r(ctx).Preload("Organisation").Where("actor_id IN ?", ids(out, func(a models.Actor) int64 { return a.ID })).
		Order("period_earliest IS NULL, period_earliest, id").Find(&roles).Error; err != nil {
		return nil, fmt.Errorf("store: page actors after %d: roles: %w", after, err)
	}
	at := map[int64]*models.Actor{}
	for i := range out {
		out[i].Roles = []models.Role{}
		at[out[i].ID] = &out[i]
	}
	for _, r := range roles {
		at[r.ActorID].Roles = append(at[r.ActorID].Roles, r)
	}
	return out, nil
}

// PageSources returns a page of sources without their texts, which can be
// megabytes each: GetSource has the text.
func (s *Store) PageSources(ctx context.Context, after int64, limit int) ([]models.Source, error) {
	var out []models.Source
	if err := s.r(ctx).Omit("text").Where("id > ?", after).Order("id").Limit(limit).Find(&out).Error; err != nil {
		return nil, fmt.Errorf("store: page sources after %d: %w", after, err)
	}
	return out, nil
}

// PageClaims returns a page of claims with their speakers and tags.
func (s *Store) PageClaims(ctx context.Context, after int64, limit int) ([]models.Claim, error) {
	var out []models.Claim
	if err := s.r(ctx).Preload("Speaker").Where("id > ?", after).Order("id").Limit(limit).Find(&out).Error; err != nil {
		return nil, fmt.Errorf("store: page claims after %d: %w", after, err)
	}
	tags, err := s.tagsFor(ctx, models.KindClaim, ids(out, func(c models.Claim) int64 { return c.ID }))
	if err != nil {
		return nil, err
	}
	for i := range out {
		out[i].Tags = tags[out[i].ID]
	}
	return out, nil
}

// PageEvents returns a page of events with their tags and participants.
func (s *Store) PageEvents(ctx context.Context, after int64, limit int) ([]models.Event, error) {
	var out []models.Event
	if err := s.r(ctx).Where("id > ?", after).Order("id").Limit(limit).Find(&out).Error; err != nil {
		return nil, fmt.Errorf("store: page events after %d: %w", after, err)
	}
	if len(out) == 0 {
		return out, nil
	}
	eventIDs := ids(out, func(e models.Event) int64 { return e.ID })
	tags, err := s.tagsFor(ctx, models.KindEvent, eventIDs)
	if err != nil {
		return nil, err
	}
	var parts []models.Participant
	if err := s.r(ctx).Preload("Actor").Where("event_id IN ?", eventIDs).Find(&parts).Error; err != nil {
		return nil, fmt.Errorf("store: page events after %d: participants: %w", after, err)
	}
	at := map[int64]*models.Event{}
	for i := range out {
		out[i].Tags, out[i].Participants = tags[out[i].ID], []models.Participant{}
		at[out[i].ID] = &out[i]
	}
	for _, p := range parts {
		at[p.EventID].Participants = append(at[p.EventID].Participants, p)
	}
	return out, nil
}

// PageTimelines returns a page of the timelines the viewer may see.
func (r Reader) PageTimelines(ctx context.Context, after int64, limit int) ([]models.Timeline, error) {
	var out []models.Timeline
	where, args := r.v.ReadableTimelines("timelines")
	if err := r.s.r(ctx).Where(where, args...).Where("id > ?", after).Order("id").Limit(limit).Find(&out).Error; err != nil {
		return nil, fmt.Errorf("store: page timelines after %d: %w", after, err)
	}
	return out, nil
}

// tagsFor returns the tags of many claims or events by id, each list sorted and
// never nil, in one query.
func (s *Store) tagsFor(ctx context.Context, kind models.ItemKind, itemIDs []int64) (map[int64][]string, error) {
	out := make(map[int64][]string, len(itemIDs))
	for _, id := range itemIDs {
		out[id] = []string{}
	}
	if len(itemIDs) == 0 {
		return out, nil
	}
	var rows []struct {
		ItemID int64
		Name   string
	}
	if err := s.r(ctx).Table("tags").Select("item_id, name").Where("item_kind = ? AND item_id IN ?", kind, itemIDs).
		Order("name").Scan(&rows).Error; err != nil {
		return nil, fmt.Errorf("store: tags of %d %ss: %w", len(itemIDs), kind, err)
	}
	for _, r := range rows {
		out[r.ItemID] = append(out[r.ItemID], r.Name)
	}
	return out, nil
}

// ids collects the ids of rows.
func ids[T any](rows []T, id func(T) int64) []int64 {
	out := make([]int64, len(rows))
	for i, r := range rows {
		out[i] = id(r)
	}
	return out
}

// GetEntry returns a timeline's entry for a claim or event.
func (s *Store) GetEntry(ctx context.Context, timelineID int64, ref models.Ref) (*models.Entry, error) {
	var e models.Entry
	if err := s.r(ctx).Where("timeline_id = ? AND item_kind = ? AND item_id = ?", timelineID, ref.Kind, ref.ID).
		First(&e).Error; err != nil {
		return nil, fmt.Errorf("store: entry %s %d of timeline %d: %w", ref.Kind, ref.ID, timelineID, NotFound(err))
	}
	return &e, nil
}
