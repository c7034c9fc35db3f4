// Package imports keeps the import jobs: an import's progress, its heartbeat
// and what it has made, so that a job whose process stopped is found and what
// it made undone. It reads and writes through a storage.Store, in its
// transactions, with the Store's connections; undoing what an import made is
// the Store's (UndoImport), since it deletes from every aggregate.
package imports

import "github.com/factline/factline/models/storage"

// Imports is the import jobs of the database a Store opens; its methods are
// the Store's (they run in the Store's transaction when it is one).
type Imports struct{ *storage.Store }

// Of is the import jobs of the database s reads and writes.
func Of(s *storage.Store) Imports { return Imports{s} }
