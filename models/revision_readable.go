package models

// ReadableRevision is a revision as a person reads it: what happened in words,
// names instead of ids, dates as the pages write them, and an entry added to or
// removed from a timeline described by what it was.
type ReadableRevision struct {
	Revision
	Summary string            // "Created", "Edited", "Deleted", "Restored from the trash"
	Entry   *EntryDescription // set for an entry added, changed or removed
	Changes []ReadableChange
	// RestoreLabel names the button that goes back to this revision, "" when
	// there is nothing to go back to.
	RestoreLabel string
}

// ReadableChange is one field of a revision, before and after.
type ReadableChange struct {
	Field         string
	Before, After Named
}

// Named is a value as shown: text, and the page it names when the viewer may
// open it (an actor, a claim, an event, a source).
type Named struct {
	Text string
	Link *Ref
}

// EntryDescription is an entry of a timeline as a revision added, changed or
// removed it: "Added the claim “…” by Chen Xu in lane China".
type EntryDescription struct {
	Verb    string // Added, Changed, Removed
	Kind    ItemKind
	Item    Named // the claim's text or the event's title; an unreadable one has no text
	Speaker Named // a claim's speaker, if any
	Lane    string
	Note    string
}
