// Package duplicates finds what a new item may be a second copy of, so that
// the forms and the imports can offer it instead: actors with a name or an
// alias like its own, events near in date with a similar title, sources of
// the same page or article, claims with most of the same words; and a speaker
// typed by a name that no actor has is told the actor like it. Likeness is
// compared on folded text (fold.go); the candidates are read through a
// storage.Store (its search index for names and claims), and only what the
// viewer the caller names (Of(store).As(viewer)) may read is offered.
package duplicates

import "github.com/factline/factline/models/storage"

// maxDuplicates is how many likely duplicates are offered at most.
const maxDuplicates = 5

// Duplicates is the duplicate finders of the database a Store opens.
type Duplicates struct{ *storage.Store }

// Of is the duplicate finders of the database s reads.
func Of(s *storage.Store) Duplicates { return Duplicates{s} }

// Finder is the duplicate finders for one viewer, named by the caller: they
// offer only what v may read, as storage's Reader reads only that.
type Finder struct {
	Duplicates
	v storage.Viewer
}

// As returns the finders as v may use them.
func (d Duplicates) As(v storage.Viewer) Finder { return Finder{Duplicates: d, v: v} }
