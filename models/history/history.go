// Package history reads the revisions of items and timelines as a reader
// sees them: names instead of ids, dates as written, what changed field by
// field, and, for those who read a timeline only while it was visible to
// them, where its history starts. The revisions themselves are written by the
// storage.Store with every change; this package reads them through it.
package history

import "github.com/factline/factline/models/storage"

// History is the revisions of the database a Store opens, as readers see them.
type History struct{ *storage.Store }

// Of is the history of the database s reads and writes.
func Of(s *storage.Store) History { return History{s} }
