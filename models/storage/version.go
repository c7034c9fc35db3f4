package storage

import (
	"context"
	"encoding/json"
	"fmt"
	"time"

	"github.com/factline/factline/models"
)

// PublishVersion freezes the timeline as it is now as its next numbered version.
func (s *Store) PublishVersion(ctx context.Context, t *models.Timeline, message string) (*models.Version, error) {
	message = models.DropControls(message) // a note to the version; no form to refuse it on
	fe := models.FieldErrors{}
	models.LimitLength(fe, models.MaxTextLen, map[string]string{"message": message})
	if len(fe) > 0 {
		return nil, fe
	}
	var v *models.Version
	err := s.WithTx(ctx, func(tx *Store) error {
		if err := tx.dialect.serialize(tx.w(ctx), fmt.Sprintf("publish %d", t.ID)); err != nil {
			return err
		}
		lt, err := tx.As(Viewer{System: true}).LoadEntries(ctx, t)
		if err != nil {
			return err
		}
		snap, err := json.Marshal(lt)
		if err != nil {
			return err
		}
		var last int
		if err := tx.w(ctx).Raw("SELECT COALESCE(max(number), 0) FROM versions WHERE timeline_id = ?", t.ID).Scan(&last).Error; err != nil {
			return err
		}
		v = &models.Version{TimelineID: t.ID, Number: last + 1, Message: message, Snapshot: snap, PublishedAt: time.Now().UTC()}
		if u := models.UserFrom(ctx); u != nil {
			v.PublishedBy = &u.ID
		}
		if err := tx.w(ctx).Omit("publisher", "document").Create(v).Error; err != nil {
			return err
		}
		if err := tx.keepVersionScope(ctx, v.ID, lt.Items); err != nil {
			return err
		}
		return tx.record(ctx, "timeline", t.ID, "update", nil, map[string]any{"published_version": v.Number, "message": message})
	})
	if err != nil {
		return nil, fmt.Errorf("store: publish timeline %d: %w", t.ID, err)
	}
	return v, nil
}

// SetVersionDocument keeps a version's frozen factline JSON document; it is
// written once, when the version is published.
func (s *Store) SetVersionDocument(ctx context.Context, versionID int64, doc string) error {
	res := s.w(ctx).Exec("UPDATE versions SET document = ? WHERE id = ? AND document = ''", doc, versionID)
	if res.Error != nil {
		return fmt.Errorf("store: document of version %d: %w", versionID, res.Error)
	}
	if res.RowsAffected == 0 {
		return fmt.Errorf("store: document of version %d: %w", versionID, ErrNotFound)
	}
	return nil
}

// GetVersion returns version n of a timeline and what it froze.
func (s *Store) GetVersion(ctx context.Context, timelineID int64, n int) (*models.Version, *models.LoadedTimeline, error) {
	var v models.Version
	err := s.r(ctx).Table("versions v").Select("v.*, COALESCE(u.name, '') AS publisher").
		Joins("LEFT JOIN users u ON u.id = v.published_by").
		Where("v.timeline_id = ? AND v.number = ?", timelineID, n).Take(&v).Error
	if err != nil {
		return nil, nil, fmt.Errorf("store: version %d of timeline %d: %w", n, timelineID, NotFound(err))
	}
	var lt models.LoadedTimeline
	if err := json.Unmarshal(v.Snapshot, &lt); err != nil {
		return nil, nil, fmt.Errorf("store: version %d of timeline %d: %w", n, timelineID, err)
	}
	return &v, &lt, nil
}
