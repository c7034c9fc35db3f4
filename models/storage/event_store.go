package storage

import (
	"context"
	"fmt"

	"github.com/factline/factline/models"
)

// ListEvents returns the most recent events.
func (s *Store) ListEvents(ctx context.Context, limit int) ([]models.Event, error) {
	var out []models.Event
	if err := s.r(ctx).Order("occurred_latest IS NULL, occurred_latest DESC, id DESC").
		Limit(limit).Find(&out).Error; err != nil {
		return nil, fmt.Errorf("store: list events: %w", err)
	}
	return out, nil
}

// EventsWithParticipant returns the events an actor took part in, in date
// order, those the viewer may read: at most limit events after the first
// offset.
func (r Reader) EventsWithParticipant(ctx context.Context, actorID int64, limit, offset int) ([]models.Event, error) {
	var out []models.Event
	if err := r.s.r(ctx).Where("id IN (SELECT event_id FROM event_participants WHERE actor_id = ?)", actorID).
		Where(r.v.readable("'event'", "events.id")).
		Order("occurred_earliest IS NULL, occurred_earliest, id").Limit(limit).Offset(offset).Find(&out).Error; err != nil {
		return nil, fmt.Errorf("store: events of actor %d: %w", actorID, err)
	}
	return out, nil
}

// GetEvent returns one event with its tags and participants.
func (s *Store) GetEvent(ctx context.Context, id int64) (*models.Event, error) {
	var e models.Event
	if err := s.r(ctx).First(&e, id).Error; err != nil {
		return nil, fmt.Errorf("store: get event %d: %w", id, NotFound(err))
	}
	tags, err := s.tagsOf(ctx, models.Ref{Kind: models.KindEvent, ID: id})
	if err != nil {
		return nil, err
	}
	e.Tags = tags
	if err := s.r(ctx).Preload("Actor").Where("event_id = ?", id).Find(&e.Participants).Error; err != nil {
		return nil, fmt.Errorf("store: participants of event %d: %w", id, err)
	}
	return &e, nil
}

// SaveEvent creates the event, or updates it when it has an id, with its tags.
// Participants are changed with AddParticipant and RemoveParticipant.
func (s *Store) SaveEvent(ctx context.Context, e *models.Event) error {
	if fe := e.Validate(); len(fe) > 0 {
		return fe
	}
	err := s.save(ctx, e, func(tx *Store) error {
		return tx.setTags(ctx, models.Ref{Kind: models.KindEvent, ID: e.ID}, e.Tags)
	})
	if err != nil {
		return fmt.Errorf("store: save event %d: %w", e.ID, err)
	}
	return nil
}

// AddParticipant adds an actor to an event, or changes its role word.
func (s *Store) AddParticipant(ctx context.Context, p models.Participant) error {
	fe := models.FieldErrors{}
	models.RefuseInNames(fe, map[string]string{"role_word": p.RoleWord})
	if len(fe) > 0 {
		return fe
	}
	if err := s.exists(ctx, &models.Event{}, p.EventID); err != nil {
		return fmt.Errorf("store: add participant: event %d: %w", p.EventID, err)
	}
	err := s.WithTx(ctx, func(tx *Store) error {
		err := tx.w(ctx).Exec(`INSERT INTO event_participants (event_id, actor_id, role_word) VALUES (?, ?, ?)
			ON CONFLICT (event_id, actor_id) DO UPDATE SET role_word = excluded.role_word`,
			p.EventID, p.ActorID, p.RoleWord).Error
		if err != nil {
			return err
		}
		return tx.record(ctx, "event", p.EventID, "update", nil,
			map[string]any{"participant": p.ActorID, "role_word": p.RoleWord})
	})
	if err != nil {
		return fmt.Errorf("store: add participant %d to event %d: %w", p.ActorID, p.EventID, err)
	}
	return nil
}

// RemoveParticipant takes an actor off an event.
func (s *Store) RemoveParticipant(ctx context.Context, eventID, actorID int64) error {
	err := s.WithTx(ctx, func(tx *Store) error {
		res := tx.w(ctx).Exec("DELETE FROM event_participants WHERE event_id = ? AND actor_id = ?", eventID, actorID)
		if res.Error != nil || res.RowsAffected == 0 {
			return res.Error
		}
		return tx.record(ctx, "event", eventID, "update", map[string]any{"participant": actorID}, nil)
	})
	if err != nil {
		return fmt.Errorf("store: remove participant %d from event %d: %w", actorID, eventID, err)
	}
	return nil
}

// DeleteEvent soft-deletes an event.
func (s *Store) DeleteEvent(ctx context.Context, id int64) error {
	return s.softDelete(ctx, &models.Event{}, id)
}
