package models

import (
	"encoding/json"
	"errors"
	"fmt"
	"time"
)

// EntryRecord is what a timeline's revision keeps of an entry it added, changed
// or removed: enough to tell a reader what it was and to put it back where it
// was (its id orders it among entries of the same date).
type EntryRecord struct {
	Entry   string `json:"entry"` // the item: "claim 5"
	EntryID int64  `json:"entry_id,omitempty"`
	Lane    string `json:"lane"`
	Note    string `json:"note"`
	EntryExtras
	CreatedAt *time.Time `json:"created_at,omitempty"`
}

// Ref is the claim or event the recorded entry put on the timeline.
func (r EntryRecord) Ref() (Ref, bool) {
	var kind string
	var id int64
	if _, err := fmt.Sscanf(r.Entry, "%s %d", &kind, &id); err != nil || (kind != string(KindClaim) && kind != string(KindEvent)) {
		return Ref{}, false
	}
	return Ref{ItemKind(kind), id}, true
}

// EntryChange reads a timeline revision that added, changed or removed an
// entry: what the entry was before and after (nil when it was not there).
// ok is false for every other revision.
func (r Revision) EntryChange() (before, after *EntryRecord, ok bool) {
	if r.Entity != "timeline" {
		return nil, nil, false
	}
	read := func(raw json.RawMessage) *EntryRecord {
		var rec EntryRecord
		if len(raw) == 0 || json.Unmarshal(raw, &rec) != nil || rec.Entry == "" {
			return nil
		}
		return &rec
	}
	before, after = read(r.Before), read(r.After)
	return before, after, before != nil || after != nil
}

// ErrEntryExists refuses to put an item on a timeline a second time without
// the version of the entry it has there: that would replace the entry's lane
// and note unseen.
var ErrEntryExists = errors.New("the item is on the timeline already")
