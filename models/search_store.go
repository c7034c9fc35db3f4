package models

import (
	"context"
	"errors"
	"fmt"
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
// matches cost, whatever the number of public items. Past the deadline it
// returns the hits found so far with ErrSearchTimeout.
func (s *Store) Search(ctx context.Context, q, kind string, limit int) ([]SearchHit, error) {
	return s.search(ctx, QuoteFTS(q, false), kind, limit)
}

// SearchTyping is Search for what is being typed (live search, suggestions):
// the last word, when it is long enough, also matches as a prefix.
func (s *Store) SearchTyping(ctx context.Context, q, kind string, limit int) ([]SearchHit, error) {
	return s.search(ctx, QuoteFTS(q, true), kind, limit)
}

func (s *Store) search(ctx context.Context, match, kind string, limit int) ([]SearchHit, error) {
	if match == "" {
		return nil, nil
	}
	found, searchErr := s.rankedHits(ctx, match, kind, limit)
	if searchErr != nil && !errors.Is(searchErr, ErrSearchTimeout) {
		return nil, searchErr
	}
	if len(found) == 0 {
		return nil, searchErr
	}
	hits, err := s.markHits(ctx, match, found)
	if err != nil {
		return nil, err
	}
	return hits, searchErr
}

// rankedHits returns the rowids of the best hits the viewer of ctx may read,
// best first, reading the ranked matches one by one until it has limit of
// them or the deadline passes.
func (s *Store) rankedHits(ctx context.Context, match, kind string, limit int) ([]int64, error) {
	ctx, cancel := context.WithTimeout(ctx, s.searchDeadline)
	defer cancel()
	visible, args := visibleHit(ctx, "h")
	args = append([]any{match, kind, kind}, append(args, limit)...)
	rows, err := s.r(ctx).Raw(`SELECT h.rowid FROM search_index h
		WHERE search_index MATCH ? AND rank MATCH 'bm25(0.0, 0.0, 10.0, 1.0)'
			AND (? = '' OR h.kind = ?) AND `+visible+`
		ORDER BY rank LIMIT ?`, args...).Rows()
	if err != nil {
		return nil, searchFailed(ctx, match, err)
	}
	defer rows.Close()
	var out []int64
	for rows.Next() {
		var id int64
		if err := rows.Scan(&id); err != nil {
			return out, searchFailed(ctx, match, err)
		}
		out = append(out, id)
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

// markHits reads the title, snippet and permalink of these index rows, in
// their order.
func (s *Store) markHits(ctx context.Context, match string, rowids []int64) ([]SearchHit, error) {
	var rows []struct {
		SearchHit
		Rowid int64
	}
	err := s.r(ctx).Raw(`SELECT rowid, kind, item_id,
			CASE kind WHEN 'timeline' THEN '/timelines/' || (SELECT slug FROM timelines WHERE id = item_id)
				ELSE '/' || kind || 's/' || item_id END AS path,
			highlight(search_index, 2, ?, ?) AS title,
			snippet(search_index, 3, ?, ?, '…', 24) AS snippet
		FROM search_index WHERE search_index MATCH ? AND rowid IN ?`,
		HitStart, HitEnd, HitStart, HitEnd, match, rowids).Scan(&rows).Error
	if err != nil {
		return nil, fmt.Errorf("store: search %q: snippets: %w", match, err)
	}
	byRow := make(map[int64]SearchHit, len(rows))
	for _, r := range rows {
		byRow[r.Rowid] = r.SearchHit
	}
	out := make([]SearchHit, 0, len(rowids))
	for _, id := range rowids {
		if h, ok := byRow[id]; ok {
			out = append(out, h)
		}
	}
	return out, nil
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
	if sc := ShareScopeFrom(ctx); sc != nil && !isSystem(ctx) {
		return "(CASE " + h + ".kind WHEN 'timeline' THEN " + timeline + " ELSE " + sc.condition(h+".kind", id) + " END)", args
	}
	if isSystem(ctx) || UserFrom(ctx) != nil {
		return "(" + h + ".kind <> 'timeline' OR " + timeline + ")", args
	}
	return `(CASE ` + h + `.kind WHEN 'timeline' THEN ` + timeline +
		` WHEN 'claim' THEN ` + publicCondition(KindClaim, id) +
		` WHEN 'event' THEN ` + publicCondition(KindEvent, id) +
		` WHEN 'actor' THEN ` + publicCondition(KindActor, id) +
		` WHEN 'source' THEN ` + publicCondition(KindSource, id) + ` ELSE 0 END)`, args
}
