package models

import (
	"encoding/json"
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
