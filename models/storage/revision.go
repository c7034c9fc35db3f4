package storage

import (
	"context"
	"encoding/json"
	"fmt"

	"github.com/factline/factline/models"
)

func (s *Store) record(ctx context.Context, entity string, id int64, action string, before, after any) error {
	_, err := s.recordRevision(ctx, entity, id, action, before, after)
	return err
}

// recordRevision writes a revision and returns its id.
func (s *Store) recordRevision(ctx context.Context, entity string, id int64, action string, before, after any) (int64, error) {
	r := models.Revision{Entity: entity, EntityID: id, Action: action}
	if u := models.UserFrom(ctx); u != nil {
		r.UserID = &u.ID
	}
	var err error
	if before != nil {
		if r.Before, err = json.Marshal(before); err != nil {
			return 0, err
		}
	}
	if after != nil {
		if r.After, err = json.Marshal(after); err != nil {
			return 0, err
		}
	}
	if err := s.w(ctx).Omit("user_name").Create(&r).Error; err != nil {
		return 0, fmt.Errorf("store: record %s %s %d: %w", action, entity, id, err)
	}
	return r.ID, nil
}

// snapshot reads what a Revision keeps of an entity: the row with its tags,
// roles or participants.
func (s *Store) snapshot(ctx context.Context, entity string, id int64) (any, error) {
	switch entity {
	case "actor":
		return s.GetActor(ctx, id)
	case "source":
		return s.GetSource(ctx, id)
	case "claim":
		return s.GetClaim(ctx, id)
	case "event":
		return s.GetEvent(ctx, id)
	}
	var v any
	switch entity {
	case "timeline":
		v = &models.Timeline{}
	case "role":
		v = &models.Role{}
	case "citation":
		v = &models.Citation{}
	case "relation":
		v = &models.Relation{}
	default:
		return nil, fmt.Errorf("store: no history for %q", entity)
	}
	if err := s.r(ctx).First(v, id).Error; err != nil {
		return nil, fmt.Errorf("store: read %s %d: %w", entity, id, NotFound(err))
	}
	return v, nil
}
