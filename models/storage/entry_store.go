package storage

import (
	"context"
	"errors"
	"fmt"
	"time"

	"github.com/factline/factline/models"
)

func entryRecord(e *models.Entry) *models.EntryRecord {
	created := e.CreatedAt
	return &models.EntryRecord{Entry: fmt.Sprintf("%s %d", e.ItemKind, e.ItemID), EntryID: e.ID, Lane: e.Lane, Note: e.Note,
		EntryExtras: e.EntryExtras, CreatedAt: &created}
}

// AddEntry puts a claim or event on a timeline. An item already on it keeps
// its entry: with e.Version set to the version that entry was read at, its
// lane and note become e's (ErrConflict if it changed since), without a
// version the add is refused (ErrEntryExists).
func (s *Store) AddEntry(ctx context.Context, e *models.Entry) error {
	fe := models.FieldErrors{}
	models.RefuseInNames(fe, map[string]string{"lane": e.Lane})
	models.RefuseControls(fe, map[string]string{"note": e.Note})
	if len(fe) > 0 {
		return fe
	}
	if err := s.existsRef(ctx, models.Ref{Kind: e.ItemKind, ID: e.ItemID}); err != nil {
		return models.FieldErrors{"item": fmt.Sprintf("There is no %s %d to add.", e.ItemKind, e.ItemID)}
	}
	err := s.WithTx(ctx, func(tx *Store) error {
		old, err := tx.GetEntry(ctx, e.TimelineID, models.Ref{Kind: e.ItemKind, ID: e.ItemID})
		switch {
		case err == nil && e.Version == 0:
			return models.ErrEntryExists
		case err == nil:
			e.ID = old.ID
			return tx.changeEntry(ctx, old, e.Lane, e.Note, e.Version)
		case !errors.Is(err, ErrNotFound):
			return err
		}
		// Added meanwhile by someone else: theirs stays, as after a stale read.
		res := tx.w(ctx).Exec(`INSERT INTO timeline_entries (timeline_id, item_kind, item_id, lane, note,
				display_date, media_url, media_caption, media_credit, media_thumbnail, created_at, version)
			VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, CURRENT_TIMESTAMP, 1)
			ON CONFLICT (timeline_id, item_kind, item_id) DO NOTHING`,
			e.TimelineID, e.ItemKind, e.ItemID, e.Lane, e.Note,
			e.DisplayDate, e.MediaURL, e.MediaCaption, e.MediaCredit, e.MediaThumbnail)
		if res.Error != nil {
			return res.Error
		}
		if res.RowsAffected == 0 {
			return models.ErrConflict
		}
		saved, err := tx.GetEntry(ctx, e.TimelineID, models.Ref{Kind: e.ItemKind, ID: e.ItemID})
		if err != nil {
			return err
		}
		e.ID, e.Version = saved.ID, saved.Version
		if err := tx.record(ctx, "timeline", e.TimelineID, "update", nil, entryRecord(saved)); err != nil {
			return err
		}
		return tx.touchTimeline(ctx, e.TimelineID)
	})
	if err != nil {
		return fmt.Errorf("store: add %s %d to timeline %d: %w", e.ItemKind, e.ItemID, e.TimelineID, err)
	}
	return nil
}

// GetEntryByID returns one entry of a timeline.
func (s *Store) GetEntryByID(ctx context.Context, timelineID, entryID int64) (*models.Entry, error) {
	var e models.Entry
	if err := s.r(ctx).Where("timeline_id = ?", timelineID).First(&e, entryID).Error; err != nil {
		return nil, fmt.Errorf("store: entry %d of timeline %d: %w", entryID, timelineID, NotFound(err))
	}
	return &e, nil
}

// UpdateEntry changes an entry's lane and note, recording both on the
// timeline, if the entry is still at the version they were read at
// (ErrConflict otherwise).
func (s *Store) UpdateEntry(ctx context.Context, timelineID, entryID int64, lane, note string, version int) error {
	fe := models.FieldErrors{}
	models.RefuseInNames(fe, map[string]string{"lane": lane})
	models.RefuseControls(fe, map[string]string{"note": note})
	if len(fe) > 0 {
		return fe
	}
	err := s.WithTx(ctx, func(tx *Store) error {
		e, err := tx.GetEntryByID(ctx, timelineID, entryID)
		if err != nil {
			return err
		}
		return tx.changeEntry(ctx, e, lane, note, version)
	})
	if err != nil {
		return fmt.Errorf("store: update entry %d: %w", entryID, err)
	}
	return nil
}

// changeEntry sets a stored entry's lane and note if its row is still at
// version, and records the change on its timeline.
func (s *Store) changeEntry(ctx context.Context, e *models.Entry, lane, note string, version int) error {
	if version < 1 {
		return models.FieldErrors{"version": "Send the version you read the entry at, so that a change made since is not overwritten."}
	}
	before := entryRecord(e)
	res := s.w(ctx).Exec("UPDATE timeline_entries SET lane = ?, note = ?, version = version + 1 WHERE id = ? AND version = ?",
		lane, note, e.ID, version)
	if res.Error != nil {
		return res.Error
	}
	if res.RowsAffected == 0 {
		return models.ErrConflict
	}
	e.Lane, e.Note, e.Version = lane, note, version+1
	if err := s.record(ctx, "timeline", e.TimelineID, "update", before, entryRecord(e)); err != nil {
		return err
	}
	return s.touchTimeline(ctx, e.TimelineID)
}

// RemoveEntry takes an entry off its timeline and returns the revision that
// records it, which RestoreEntry undoes.
func (s *Store) RemoveEntry(ctx context.Context, timelineID, entryID int64) (revisionID int64, err error) {
	err = s.WithTx(ctx, func(tx *Store) error {
		e, err := tx.GetEntryByID(ctx, timelineID, entryID)
		if err != nil {
			return err
		}
		if err := tx.w(ctx).Delete(e).Error; err != nil {
			return err
		}
		if revisionID, err = tx.recordRevision(ctx, "timeline", timelineID, "update", entryRecord(e), nil); err != nil {
			return err
		}
		return tx.touchTimeline(ctx, timelineID)
	})
	if err != nil {
		return 0, fmt.Errorf("store: remove entry %d: %w", entryID, err)
	}
	return revisionID, nil
}

// RestoreEntry puts back the entry a revision removed, with its lane, note,
// extras and place among entries of the same date, as a new change. An item
// put on the timeline again since, or deleted since, is refused with a message.
func (s *Store) RestoreEntry(ctx context.Context, revisionID int64) (*models.Entry, error) {
	var r models.Revision
	if err := s.r(ctx).Omit("user_name").First(&r, revisionID).Error; err != nil {
		return nil, fmt.Errorf("store: revision %d: %w", revisionID, NotFound(err))
	}
	before, after, ok := r.EntryChange()
	ref, refOK := models.Ref{}, false
	if before != nil {
		ref, refOK = before.Ref()
	}
	if !ok || after != nil || !refOK {
		return nil, fmt.Errorf("store: revision %d removed no entry: %w", revisionID, ErrNotFound)
	}
	if err := s.existsRef(ctx, ref); err != nil {
		return nil, &models.InUseError{Message: fmt.Sprintf("The %s is no longer there (it was deleted); restore it from the trash first.", ref.Kind)}
	}
	e := &models.Entry{TimelineID: r.EntityID, ItemKind: ref.Kind, ItemID: ref.ID, Lane: before.Lane, Note: before.Note,
		EntryExtras: before.EntryExtras, CreatedAt: time.Now().UTC(), Version: 1}
	if before.CreatedAt != nil {
		e.CreatedAt = *before.CreatedAt
	}
	err := s.WithTx(ctx, func(tx *Store) error {
		if _, err := tx.GetEntry(ctx, e.TimelineID, ref); err == nil {
			return &models.InUseError{Message: fmt.Sprintf("The %s is on the timeline again already.", ref.Kind)}
		}
		// The old id keeps its place among entries of the same date, unless a
		// new entry took it.
		if before.EntryID != 0 {
			var n int64
			if err := tx.r(ctx).Model(&models.Entry{}).Where("id = ?", before.EntryID).Count(&n).Error; err != nil {
				return err
			}
			if n == 0 {
				e.ID = before.EntryID
			}
		}
		if err := tx.w(ctx).Create(e).Error; err != nil {
			return err
		}
		if err := tx.record(ctx, "timeline", e.TimelineID, "update", nil, entryRecord(e)); err != nil {
			return err
		}
		return tx.touchTimeline(ctx, e.TimelineID)
	})
	if err != nil {
		return nil, fmt.Errorf("store: restore the entry of revision %d: %w", revisionID, err)
	}
	return e, nil
}
