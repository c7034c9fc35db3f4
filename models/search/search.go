// Package search finds items by their words: the full-text index of actors,
// sources, claims, events and timelines (search_index, kept by triggers on
// both engines), ranked best first and kept to what one viewer may read. It
// reads through a storage.Store, in its transaction when it is one; each
// engine ranks in its own file (sqlite.go, postgres.go).
package search

import (
	"context"
	"database/sql"
	"errors"
	"fmt"

	"github.com/factline/factline/models/storage"
)

// Hit is one search result with a snippet whose matches are marked by the
// private-use runes HitStart and HitEnd, so that the view escapes the text and
// then marks the hits.
type Hit struct {
	Kind    string `json:"kind"`
	ItemID  int64  `json:"item_id"`
	Title   string `json:"title"`
	Snippet string `json:"snippet"`
	Path    string `json:"path"` // the item's permalink
}

// The marks around matched words in Hit.Title and Snippet.
const (
	HitStart = "\uE000"
	HitEnd   = "\uE001"
)

// ErrTimeout is returned, with the hits found until then, by a search that
// ran past its deadline.
var ErrTimeout = errors.New("the search took too long")

// Index is the search index of the database a Store opens.
type Index struct {
	s      *storage.Store
	engine engine
}

// Of is the search index of the database s reads.
func Of(s *storage.Store) Index {
	if s.Engine() == storage.Postgres {
		return Index{s: s, engine: postgresEngine{}}
	}
	return Index{s: s, engine: sqliteEngine{}}
}

// Searcher is the index's searches for one viewer, named by the caller: they
// find only what v may read, as storage's Reader reads only that.
type Searcher struct {
	Index
	v storage.Viewer
}

// As returns the index's searches as v may make them.
func (x Index) As(v storage.Viewer) Searcher { return Searcher{Index: x, v: v} }

// engine is what each database engine does its own way to search.
type engine interface {
	// search finds the items that match q (typing: the last word may be
	// the start of one), best first, that the viewer may read.
	search(ctx context.Context, x Searcher, q string, typing bool, kind string, limit int) ([]Hit, error)
	// anyWord finds the items whose title (titleOnly) or text has any of words.
	anyWord(ctx context.Context, x Searcher, words []string, titleOnly bool, kind string, limit int) ([]Hit, error)
	// actorsWithAnyWord finds up to 50 actors whose search row has any of
	// words, best first, whoever may read them.
	actorsWithAnyWord(ctx context.Context, x Index, words []string) ([]int64, error)
}

// Search runs a full-text query over actors, sources, claims, events and
// timelines, best first by bm25 (a match in the title weighs ten times one in
// the body). Kind narrows to one kind when set. What the user typed is read by
// QuoteFTS: words, "phrases" and prefix* words, never FTS5 syntax. Only what
// the viewer may read is found: for an anonymous visitor what public
// timelines show; for a signed-in user all but private timelines not theirs.
// Visibility is checked hit by hit in rank order, so a search costs what its
// matches cost, whatever the number of public items; a query that matches
// more than searchWindow items is ranked a window of its newest matches at a
// time. Past the Store's search deadline it returns the hits found so far
// with ErrTimeout.
func (x Searcher) Search(ctx context.Context, q, kind string, limit int) ([]Hit, error) {
	return x.engine.search(ctx, x, q, false, kind, limit)
}

// Typing is Search for what is being typed (live search, suggestions):
// the last word, when it is long enough, also matches as a prefix.
func (x Searcher) Typing(ctx context.Context, q, kind string, limit int) ([]Hit, error) {
	return x.engine.search(ctx, x, q, true, kind, limit)
}

// AnyWord finds the items whose title (titleOnly) or text has any of
// words, ranked as Search ranks, that the viewer may read.
func (x Searcher) AnyWord(ctx context.Context, words []string, titleOnly bool, kind string, limit int) ([]Hit, error) {
	return x.engine.anyWord(ctx, x, words, titleOnly, kind, limit)
}

// ActorsWithAnyWord finds up to 50 actors whose search row has any of
// words, best first, whoever may read them.
func (x Index) ActorsWithAnyWord(ctx context.Context, words []string) ([]int64, error) {
	return x.engine.actorsWithAnyWord(ctx, x, words)
}

// scanHits reads the hits of a search query on either engine, keeping what
// was read before a failure (a deadline answers what was found so far).
func scanHits(ctx context.Context, match string, rows *sql.Rows, err error) ([]Hit, error) {
	if err != nil {
		return nil, failed(ctx, match, err)
	}
	defer rows.Close()
	var out []Hit
	for rows.Next() {
		var h Hit
		if err := rows.Scan(&h.Kind, &h.ItemID, &h.Path, &h.Title, &h.Snippet); err != nil {
			return out, failed(ctx, match, err)
		}
		out = append(out, h)
	}
	if err := rows.Err(); err != nil {
		return out, failed(ctx, match, err)
	}
	return out, nil
}

// failed wraps a search error, as ErrTimeout once the deadline of ctx has
// passed.
func failed(ctx context.Context, match string, err error) error {
	if ctx.Err() != nil {
		return fmt.Errorf("store: search %q: %w", match, ErrTimeout)
	}
	return fmt.Errorf("store: search %q: %w", match, err)
}

// visibleHit is a condition, on a row h of search_index, that the viewer may
// read its item, checked for each hit, never by building the set of readable
// items: the system and signed-in users read all but the private timelines
// not theirs, a share link's holder what the link shows, an anonymous
// visitor what public timelines show.
func (x Searcher) visibleHit(h string) (string, []any) {
	id := h + ".item_id"
	timelines, args := x.v.ReadableTimelines("t")
	timeline := `EXISTS (SELECT 1 FROM timelines t WHERE t.id = ` + id + ` AND ` + timelines + `)`
	if x.v.ReadsAll() {
		return "(" + h + ".kind <> 'timeline' OR " + timeline + ")", args
	}
	return "(CASE " + h + ".kind WHEN 'timeline' THEN " + timeline + " ELSE " + x.v.ReadableItem(h+".kind", id) + " END)", args
}
