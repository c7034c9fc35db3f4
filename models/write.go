package models

import (
	"context"
	"errors"
	"fmt"
)

// ErrConflict is returned when a row changed since the form it is saved from was
// read: the save is refused so that nothing is silently overwritten.
var ErrConflict = errors.New("changed by someone else since it was read")

// entity is a row that has a history.
type entity interface {
	entityName() string
	rowID() int64
}

// versioned is a row with a version number for optimistic locking.
type versioned interface {
	rowVersion() *int
}

func (a *Actor) entityName() string    { return "actor" }
func (a *Actor) rowID() int64          { return a.ID }
func (a *Actor) rowVersion() *int      { return &a.Version }
func (s *Source) entityName() string   { return "source" }
func (s *Source) rowID() int64         { return s.ID }
func (s *Source) rowVersion() *int     { return &s.Version }
func (c *Claim) entityName() string    { return "claim" }
func (c *Claim) rowID() int64          { return c.ID }
func (c *Claim) rowVersion() *int      { return &c.Version }
func (e *Event) entityName() string    { return "event" }
func (e *Event) rowID() int64          { return e.ID }
func (e *Event) rowVersion() *int      { return &e.Version }
func (t *Timeline) entityName() string { return "timeline" }
func (t *Timeline) rowID() int64       { return t.ID }
func (t *Timeline) rowVersion() *int   { return &t.Version }
func (r *Role) entityName() string     { return "role" }
func (r *Role) rowID() int64           { return r.ID }
func (c *Citation) entityName() string { return "citation" }
func (c *Citation) rowID() int64       { return c.ID }
func (r *Relation) entityName() string { return "relation" }
func (r *Relation) rowID() int64       { return r.ID }

// save inserts v when it has no id, else updates every column of its row, and
// writes a Revision, in one transaction. A versioned row is updated only if its
// version is still the one v was read at (a zero version skips the check, for
// callers that write without a form); then ErrConflict. more runs inside the
// transaction before the row's new state is recorded (tags, for instance).
func (s *Store) save(ctx context.Context, v entity, more func(tx *Store) error) error {
	return s.WithTx(ctx, func(tx *Store) error {
		id := v.rowID()
		var before any
		if id != 0 {
			var err error
			if before, err = tx.snapshot(ctx, v.entityName(), id); err != nil {
				return err
			}
			if err := tx.update(ctx, v); err != nil {
				return err
			}
		} else {
			if vv, ok := v.(versioned); ok {
				*vv.rowVersion() = 1
			}
			if err := tx.w(ctx).Create(v).Error; err != nil {
				return err
			}
		}
		if more != nil {
			if err := more(tx); err != nil {
				return err
			}
		}
		after, err := tx.snapshot(ctx, v.entityName(), v.rowID())
		if err != nil {
			return err
		}
		action := "update"
		if before == nil {
			action = "create"
		}
		return tx.record(ctx, v.entityName(), v.rowID(), action, before, after)
	})
}

func (s *Store) update(ctx context.Context, v entity) error {
	q := s.w(ctx).Model(v).Select("*").Omit("created_at")
	vv, locked := v.(versioned)
	var old int
	if locked {
		old = *vv.rowVersion()
		if old != 0 {
			q = q.Where("version = ?", old)
		} else if err := s.r(ctx).Model(v).Where("id = ?", v.rowID()).Select("version").Scan(&old).Error; err != nil {
			return err
		}
		*vv.rowVersion() = old + 1
	}
	res := q.Updates(v)
	if res.Error != nil {
		return res.Error
	}
	if res.RowsAffected == 0 {
		if locked {
			*vv.rowVersion() = old
			return ErrConflict
		}
		return ErrNotFound
	}
	return nil
}

// softDelete marks a row deleted and records its last state.
func (s *Store) softDelete(ctx context.Context, model entity, id int64) error {
	err := s.WithTx(ctx, func(tx *Store) error {
		before, err := tx.snapshot(ctx, model.entityName(), id)
		if err != nil {
			return err
		}
		if err := tx.w(ctx).Delete(model, id).Error; err != nil {
			return err
		}
		return tx.record(ctx, model.entityName(), id, "delete", before, nil)
	})
	if err != nil {
		return fmt.Errorf("store: delete %s %d: %w", model.entityName(), id, err)
	}
	return nil
}

// hardDelete removes a dependent row (a role, citation or relation) and records it.
func (s *Store) hardDelete(ctx context.Context, model entity, id int64, where string, args ...any) error {
	err := s.WithTx(ctx, func(tx *Store) error {
		before, err := tx.snapshot(ctx, model.entityName(), id)
		if err != nil {
			return err
		}
		q := tx.w(ctx)
		if where != "" {
			q = q.Where(where, args...)
		}
		res := q.Delete(model, id)
		if res.Error != nil {
			return res.Error
		}
		if res.RowsAffected == 0 {
			return ErrNotFound
		}
		return tx.record(ctx, model.entityName(), id, "delete", before, nil)
	})
	if err != nil {
		return fmt.Errorf("store: delete %s %d: %w", model.entityName(), id, err)
	}
	return nil
}
