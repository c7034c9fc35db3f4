package models

import (
	"github.com/factline/factline/models/edtf"
)

// TimelineItem is one entry of a loaded timeline: the claim or event with all
// that its row on the timeline page shows.
type TimelineItem struct {
	EntryID int64 `json:"entry_id"`
	// EntryVersion is the entry's row version, which a change of its lane and
	// note sends back (LoadEntries reads it; 0 where not read).
	EntryVersion int `json:"entry_version,omitempty"`
	// SortKey and SortEnd place the entry in the timeline's order (EntryCursor).
	SortKey string `json:"-"`
	SortEnd string `json:"-"`
	Lane    string `json:"lane"`
	Note    string `json:"note"`
	EntryExtras
	Kind         ItemKind       `json:"kind"`
	ItemID       int64          `json:"item_id"`
	Title        string         `json:"title"` // a claim's text or an event's title
	Description  string         `json:"description"`
	Date         edtf.Date      `json:"date"`
	SpeakerID    *int64         `json:"speaker_id"`
	SpeakerName  string         `json:"speaker_name"`
	Rating       Rating         `json:"rating"`
	Verbatim     bool           `json:"verbatim"`
	Place        string         `json:"place"`
	Tags         []string       `gorm:"-" json:"tags"`
	Participants []Participant  `gorm:"-" json:"participants"`
	Citations    []Citation     `gorm:"-" json:"citations"`
	Relations    []RelationView `gorm:"-" json:"relations"`
}

// Ref points at the entry's claim or event.
func (it TimelineItem) Ref() Ref { return Ref{it.Kind, it.ItemID} }

// LoadedTimeline is a timeline with its entries in date order.
type LoadedTimeline struct {
	Timeline Timeline       `json:"timeline"`
	Items    []TimelineItem `json:"items"`
}

// StreamedEntry is one entry of a timeline as exports read it: what the
// timeline page shows, plus what only a lossless export needs.
type StreamedEntry struct {
	TimelineItem
	Rationale         string    `json:"rationale"`
	SpeakerKind       ActorKind `json:"speaker_kind"`
	SpeakerWikidataID string    `json:"speaker_wikidata_id"`
}

// EntryCursor is a place in a timeline's order: the sort key, the end key and
// the entry id of an entry (timeline_entries.sort_key, sort_end, id). A window
// starts after it, or at it when Inclusive. The zero cursor is the start.
type EntryCursor struct {
	Key, End  string
	EntryID   int64
	Inclusive bool
}

// IsZero reports whether the cursor is the timeline's start.
func (c EntryCursor) IsZero() bool { return c.Key == "" && c.End == "" && c.EntryID == 0 }

// CursorOf is the cursor of an entry: a window after it starts with the next.
func CursorOf(it TimelineItem) EntryCursor {
	return EntryCursor{Key: it.SortKey, End: it.SortEnd, EntryID: it.EntryID}
}

// TimelineSummary is what a timeline page shows of the whole timeline whatever
// window of it the page shows: its length, how many entries pass the filter,
// year by year (the date rail), and how many of its claims are rated.
type TimelineSummary struct {
	Total, Shown, RatedClaims int
	Years                     []YearCount
}

// YearCount is one year of a timeline on the date rail: the entries of the
// year that pass the filter.
type YearCount struct {
	// Key is the year's part of the entries' sort keys ("2022", "-999999997975";
	// "Z" for the undated), which a cursor starts the year's window at.
	Key     string
	Year    int
	Dated   bool
	Entries int
}

// Cursor is where the year's window starts.
func (y YearCount) Cursor() EntryCursor { return EntryCursor{Key: y.Key, Inclusive: true} }

// ScaleCount is how many of a timeline's entries that pass a filter share a
// kind, a lane, a speaker and their days: what the time-scaled view draws its
// extent, lanes and density from without reading the entries themselves.
type ScaleCount struct {
	Kind        ItemKind
	Lane        string
	SpeakerName string
	// SortKey and SortEnd are the entries' first and last possible days
	// (timeline_entries.sort_key and sort_end); SortKey is "Z" when undated.
	SortKey, SortEnd string
	Entries          int
}

// CountedFilter is the part of f that EachScaleCount must count in the
// database: the actor, the tag and the rating, which its rows do not show.
// The rest (kind, lane, dates) a row passes or not by itself (Passes), so
// that one reading serves every window, lanes and date range.
func (f TimelineFilter) CountedFilter() TimelineFilter {
	return TimelineFilter{ActorID: f.ActorID, Tag: f.Tag, Rating: f.Rating}
}

// Passes reports whether the entries counted in c pass the kind, lane and
// dates of f, as filterConds keeps them (f's other parts are counted in the
// database: CountedFilter).
func (c *ScaleCount) Passes(f TimelineFilter) bool {
	switch {
	case f.Kind != "" && c.Kind != f.Kind, f.Lane != "" && c.Lane != f.Lane:
		return false
	case f.From.IsZero() && f.To.IsZero():
		return true
	case c.SortKey == "Z":
		return false
	case !f.From.IsZero() && c.SortEnd < f.From.SortKey():
		return false
	}
	return f.To.IsZero() || c.SortKey <= f.To.EndKey()
}
