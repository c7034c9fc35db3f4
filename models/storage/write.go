package storage

import (
	"context"
	"fmt"

	"github.com/factline/factline/models"
)

// entity is a row that has a history.
type entity interface {
	EntityName() string
	RowID() int64
}

// versioned is a row with a version number for optimistic locking.
type versioned interface {
	RowVersion() *int
}

// save inserts v when it has no id, else updates every column of its row, and
// writes a Revision, in one transaction. A versioned row is updated only if its
// version is still the one v was read at (a zero version skips the check, for
// callers that write without a form); then ErrConflict. more runs inside the
// transaction before the row's new state is recorded (tags, for instance).
func (s *Store) save(ctx context.Context, v entity, more func(tx *Store) error) error {
	return s.WithTx(ctx, func(tx *Store) error {
		id := v.RowID()
		var before any
		if id != 0 {
			var err error
			if before, err = tx.snapshot(ctx, v.EntityName(), id); err != nil {
				return err
			}
			if err := tx.update(ctx, v); err != nil {
				return err
			}
		} else {
			if vv, ok := v.(versioned); ok {
				*vv.RowVersion() = 1
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
		after, err := tx.snapshot(ctx, v.EntityName(), v.RowID())
		if err != nil {
			return err
		}
		action := "update"
		if before == nil {
			action = "create"
		}
		return tx.record(ctx, v.EntityName(), v.RowID(), action, before, after)
	})
}

func (s *Store) update(ctx context.Context, v entity) error {
	q := s.w(ctx).Model(v).Select("*").Omit("created_at")
	vv, locked := v.(versioned)
	var old int
	if locked {
		old = *vv.RowVersion()
		if old != 0 {
			q = q.Where("version = ?", old)
		} else if err := s.r(ctx).Model(v).Where("id = ?", v.RowID()).Select("version").Scan(&old).Error; err != nil {
			return err
		}
		*vv.RowVersion() = old + 1
	}
	res := q.Updates(v)
	if res.Error != nil {
		return res.Error
	}
	if res.RowsAffected == 0 {
		if locked {
			*vv.RowVersion() = old
			return models.ErrConflict
		}
		return ErrNotFound
	}
	return nil
}

// softDelete marks a row deleted and records its last state.
func (s *Store) softDelete(ctx context.Context, model entity, id int64) error {
	err := s.WithTx(ctx, func(tx *Store) error {
		before, err := tx.snapshot(ctx, model.EntityName(), id)
		if err != nil {
			return err
		}
		if err := tx.w(ctx).Delete(model, id).Error; err != nil {
			return err
		}
		return tx.record(ctx, model.EntityName(), id, "delete", before, nil)
	})
	if err != nil {
		return fmt.Errorf("store: delete %s %d: %w", model.EntityName(), id, err)
	}
	return nil
}

// hardDelete removes a dependent row (a role, citation or relation) and records it.
func (s *Store) hardDelete(ctx context.Context, model entity, id int64, where string, args ...any) error {
	err := s.WithTx(ctx, func(tx *Store) error {
		before, err := tx.snapshot(ctx, model.EntityName(), id)
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
		return tx.record(ctx, model.EntityName(), id, "delete", before, nil)
	})
	if err != nil {
		return fmt.Errorf("store: delete %s %d: %w", model.EntityName(), id, err)
	}
	return nil
}
