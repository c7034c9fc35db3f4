package storage

import (
	"context"
	"database/sql"
	"errors"
	"fmt"

	"github.com/factline/factline/models"
)

// SearchHit is one search result with a snippet whose matches are marked by the
// private-use runes HitStart and HitEnd, so that the view escapes the text and
// then marks the hits.
type SearchHit struct {
	Kind    string `json:"kind"`
	ItemID  int64  `json:"item_id"`
	Title   string `json:"title"`
	Snippet string `json:"snippet"`
	Path    string `json:"path"` // the item's permalink
}

// The marks around matched words in SearchHit.Title and Snippet.
const (
	HitStart = "\uE000"
	HitEnd   = "\uE001"
)

// ErrSearchTimeout is returned, with the hits found until then, by a search
// that ran past its deadline.
var ErrSearchTimeout = errors.New("the search took too long")

// Search runs a full-text query over actors, sources, claims, events and
// timelines, best first by bm25 (a match in the title weighs ten times one in
// the body). Kind narrows to one kind when set. What the user typed is read by
// QuoteFTS: words, "phrases" and prefix* words, never FTS5 syntax. Only what
// the viewer of ctx may read is found: for an anonymous visitor what public
// timelines show; for a signed-in user all but private timelines not theirs.
// Visibility is checked hit by hit in rank order, so a search costs what its
// matches cost, whatever the number of public items; a query that matches
// more than searchWindow items is ranked a window of its newest matches at a
// time. Past the deadline it returns the hits found so far with
// ErrSearchTimeout.
func (s *Store) Search(ctx context.Context, q, kind string, limit int) ([]SearchHit, error) {
	return s.dialect.search(ctx, s, q, false, kind, limit)
}

// SearchTyping is Search for what is being typed (live search, suggestions):
// the last word, when it is long enough, also matches as a prefix.
func (s *Store) SearchTyping(ctx context.Context, q, kind string, limit int) ([]SearchHit, error) {
	return s.dialect.search(ctx, s, q, true, kind, limit)
}

// scanHits reads the hits of a search query on either engine, keeping what
// was read before a failure (a deadline answers what was found so far).
func scanHits(ctx context.Context, match string, rows *sql.Rows, err error) ([]SearchHit, error) {
	if err != nil {
		return nil, searchFailed(ctx, match, err)
	}
	defer rows.Close()
	var out []SearchHit
	for rows.Next() {
		var h SearchHit
		if err := rows.Scan(&h.Kind, &h.ItemID, &h.Path, &h.Title, &h.Snippet); err != nil {
			return out, searchFailed(ctx, match, err)
		}
		out = append(out, h)
	}
	if err := rows.Err(); err != nil {
		return out, searchFailed(ctx, match, err)
	}
	return out, nil
}

// searchFailed wraps a search error, as ErrSearchTimeout once the deadline of
// ctx has passed.
func searchFailed(ctx context.Context, match string, err error) error {
	if ctx.Err() != nil {
		return fmt.Errorf("store: search %q: %w", match, ErrSearchTimeout)
	}
	return fmt.Errorf("store: search %q: %w", match, err)
}

// visibleHit is a condition, on a row h of search_index, that the viewer of
// ctx may read its item, checked for each hit, never by building the set of
// readable items: the system and signed-in users read all but the private
// timelines not theirs, a share link's holder what the link shows, an
// anonymous visitor what public timelines show.
func visibleHit(ctx context.Context, h string) (string, []any) {
	id := h + ".item_id"
	timelines, args := visibleTimelines(ctx, "t")
	timeline := `EXISTS (SELECT 1 FROM timelines t WHERE t.id = ` + id + ` AND ` + timelines + `)`
	if sc := ShareScopeFrom(ctx); sc != nil && !models.IsSystem(ctx) {
		return "(CASE " + h + ".kind WHEN 'timeline' THEN " + timeline + " ELSE " + sc.condition(h+".kind", id) + " END)", args
	}
	if models.IsSystem(ctx) || models.UserFrom(ctx) != nil {
		return "(" + h + ".kind <> 'timeline' OR " + timeline + ")", args
	}
	return `(CASE ` + h + `.kind WHEN 'timeline' THEN ` + timeline +
		` WHEN 'claim' THEN ` + publicCondition(models.KindClaim, id) +
		` WHEN 'event' THEN ` + publicCondition(models.KindEvent, id) +
		` WHEN 'actor' THEN ` + publicCondition(models.KindActor, id) +
		` WHEN 'source' THEN ` + publicCondition(models.KindSource, id) + ` ELSE FALSE END)`, args
}

// SearchAnyWord finds the items whose title (titleOnly) or text has any of
// words, ranked as Search ranks, that the viewer of ctx may read.
func (s *Store) SearchAnyWord(ctx context.Context, words []string, titleOnly bool, kind string, limit int) ([]SearchHit, error) {
	return s.dialect.searchAnyWord(ctx, s, words, titleOnly, kind, limit)
}

// ActorsWithAnyWord finds up to 50 actors whose search row has any of
// words, best first, whoever may read them.
func (s *Store) ActorsWithAnyWord(ctx context.Context, words []string) ([]int64, error) {
	return s.dialect.actorsWithAnyWord(ctx, s, words)
}
