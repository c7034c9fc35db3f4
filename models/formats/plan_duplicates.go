package formats

import (
	"context"

	"github.com/factline/factline/models/duplicates"
	"github.com/factline/factline/models/storage"
)

// likeFinder is the duplicate finders an import's plan looks with. Only a
// signed-in user or the command line imports, and either reads all that is
// stored (storage.Viewer), as the system does.
func likeFinder(store *storage.Store) duplicates.Finder {
	return duplicates.Of(store).As(storage.Viewer{System: true})
}

// maxLikelyChecks bounds the lookups a preview makes for likely duplicates,
// so that a file of thousands of new actors is previewed as fast as before.
const maxLikelyChecks = 200

// likelyDuplicates notes, for each actor and source of the file that factline
// does not have by name or address, a stored one it may be a copy of
// (duplicates.ActorDuplicates, duplicates.SourceDuplicates), and the same of its new
// claims and events (likelyEntryDuplicates), for the preview to say so.
// The import is not held up: they are imported as new.
func (p *Plan) likelyDuplicates(ctx context.Context, store *storage.Store) error {
	checks := 0
	for i := range p.Actors {
		if p.Actors[i].Existing != 0 || checks >= maxLikelyChecks {
			continue
		}
		checks++
		like, err := likeFinder(store).ActorDuplicates(ctx, newActor(p.Doc.Actors[i]))
		if err != nil {
			return err
		}
		if len(like) > 0 {
			p.Actors[i].Like, p.Actors[i].LikeName = like[0].ID, like[0].Name
		}
	}
	for i := range p.Sources {
		if p.Sources[i].Existing != 0 || checks >= maxLikelyChecks {
			continue
		}
		checks++
		like, err := likeFinder(store).SourceDuplicates(ctx, newSource(p.Doc.Sources[i]))
		if err != nil {
			return err
		}
		if len(like) > 0 {
			p.Sources[i].Like, p.Sources[i].LikeName = like[0].ID, like[0].Title
		}
	}
	return p.likelyEntryDuplicates(ctx, store, checks)
}
