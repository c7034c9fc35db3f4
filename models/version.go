package models

import (
	"context"
	"encoding/json"
	"fmt"
	"time"
)

// Version is a timeline frozen when it was published; its permalink
// /timelines/{slug}/versions/{n} shows the same thing forever.
type Version struct {
	ID          int64           `json:"id"`
	TimelineID  int64           `json:"timeline_id"`
	Number      int             `json:"number"`
	Message     string          `json:"message"`
	PublishedBy *int64          `json:"published_by"`
	Publisher   string          `gorm:"->;-:migration" json:"publisher"`
	PublishedAt time.Time       `json:"published_at"`
	Snapshot    json.RawMessage `json:"-"`
	// Document is the timeline as published in factline JSON (formats), which
	// its exports are made from; empty for a version published before it was kept.
	Document string `json:"-"`
}

// PublishVersion freezes the timeline as it is now as its next numbered version.
func (s *Store) PublishVersion(ctx context.Context, t *Timeline, message string) (*Version, error) {
	message = dropControls(message) // a note to the version; no form to refuse it on
	fe := FieldErrors{}
	limitLength(fe, MaxTextLen, map[string]string{"message": message})
	if len(fe) > 0 {
		return nil, fe
	}
	var v *Version
	err := s.WithTx(ctx, func(tx *Store) error {
		if err := tx.serialize(ctx, fmt.Sprintf("publish %d", t.ID)); err != nil {
			return err
		}
		lt, err := tx.LoadEntries(ctx, t)
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
		v = &Version{TimelineID: t.ID, Number: last + 1, Message: message, Snapshot: snap, PublishedAt: time.Now().UTC()}
		if u := UserFrom(ctx); u != nil {
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
func (s *Store) GetVersion(ctx context.Context, timelineID int64, n int) (*Version, *LoadedTimeline, error) {
	var v Version
	err := s.r(ctx).Table("versions v").Select("v.*, COALESCE(u.name, '') AS publisher").
		Joins("LEFT JOIN users u ON u.id = v.published_by").
		Where("v.timeline_id = ? AND v.number = ?", timelineID, n).Take(&v).Error
	if err != nil {
		return nil, nil, fmt.Errorf("store: version %d of timeline %d: %w", n, timelineID, notFound(err))
	}
	var lt LoadedTimeline
	if err := json.Unmarshal(v.Snapshot, &lt); err != nil {
		return nil, nil, fmt.Errorf("store: version %d of timeline %d: %w", n, timelineID, err)
	}
	return &v, &lt, nil
}

// Changes says how a timeline differs from one of its versions, entry by entry.
type Changes struct {
	Added   []TimelineItem // on the timeline now, not in the version
	Removed []TimelineItem // in the version, not on the timeline now
	Changed []TimelineItem // in both, with different text, date, rating, speaker or citations (as now)
}

// Empty reports whether nothing changed.
func (c Changes) Empty() bool { return len(c.Added)+len(c.Removed)+len(c.Changed) == 0 }

// CompareVersions lists what changed from the version's entries to the current ones.
func CompareVersions(then, now []TimelineItem) Changes {
	old := make(map[Ref]TimelineItem, len(then))
	for _, it := range then {
		old[it.Ref()] = it
	}
	var c Changes
	seen := map[Ref]bool{}
	for _, it := range now {
		seen[it.Ref()] = true
		was, ok := old[it.Ref()]
		switch {
		case !ok:
			c.Added = append(c.Added, it)
		case entryDigest(was) != entryDigest(it):
			c.Changed = append(c.Changed, it)
		}
	}
	for _, it := range then {
		if !seen[it.Ref()] {
			c.Removed = append(c.Removed, it)
		}
	}
	return c
}

func entryDigest(it TimelineItem) string {
	b, _ := json.Marshal([]any{it.Title, it.Description, it.Date, it.SpeakerName, it.Rating, it.Place, it.Lane,
		it.Note, it.Tags, len(it.Citations), len(it.Relations)})
	return string(b)
}
