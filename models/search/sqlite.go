package search

import (
	"context"
	"math"
	"strings"
)

// searchWindow is how many matches, newest first, are ranked together. FTS5
// scores every match of a query before handing out the best, about a
// microsecond each on the development machine: a query that matches more
// ranks its newest searchWindow matches first, then the next ones, until it
// has its hits. Ranking is by relevance within a window, by recency across.
const searchWindow = 10_000

// sqliteEngine is search on SQLite: FTS5's MATCH, bm25 and snippets.
type sqliteEngine struct{}

func (sqliteEngine) search(ctx context.Context, x Searcher, q string, typing bool, kind string, limit int) ([]Hit, error) {
	return x.searchFTS(ctx, QuoteFTS(q, typing), kind, limit)
}

func (sqliteEngine) anyWord(ctx context.Context, x Searcher, words []string, titleOnly bool, kind string, limit int) ([]Hit, error) {
	match := `("` + strings.Join(words, `" OR "`) + `")`
	if titleOnly {
		match = "title : " + match
	}
	return x.searchFTS(ctx, match, kind, limit)
}

func (sqliteEngine) actorsWithAnyWord(ctx context.Context, x Index, words []string) ([]int64, error) {
	var ids []int64
	err := x.s.Reader(ctx).Raw(`SELECT item_id FROM search_index WHERE search_index MATCH ? AND kind = 'actor'
		ORDER BY rank LIMIT 50`, `"`+strings.Join(words, `" OR "`)+`"`).Scan(&ids).Error
	return ids, err
}

// searchFTS runs the FTS5 query match, a window of its newest matches at a
// time, until it has limit hits or the deadline passes.
func (x Searcher) searchFTS(ctx context.Context, match, kind string, limit int) ([]Hit, error) {
	if match == "" {
		return nil, nil
	}
	ctx, cancel := context.WithTimeout(ctx, x.s.SearchDeadline())
	defer cancel()
	var out []Hit
	below := int64(math.MaxInt64)
	for len(out) < limit {
		// The lowest rowid of this window: FTS5 reads rowids in order
		// without scoring them.
		var from []int64
		err := x.s.Reader(ctx).Raw(`SELECT rowid FROM search_index WHERE search_index MATCH ? AND rowid < ?
			ORDER BY rowid DESC LIMIT 1 OFFSET ?`, match, below, searchWindow-1).Scan(&from).Error
		if err != nil {
			return out, failed(ctx, match, err)
		}
		lowest := int64(0)
		if len(from) == 1 {
			lowest = from[0]
		}
		hits, err := x.rankWindow(ctx, match, kind, lowest, below, limit-len(out))
		out = append(out, hits...)
		if err != nil || lowest == 0 {
			return out, err
		}
		below = lowest
	}
	return out, nil
}

// rankWindow returns the best hits, of those with a rowid from lowest to below
// (excluded), that the viewer may read, until it has limit of them or the
// deadline of ctx passes.
func (x Searcher) rankWindow(ctx context.Context, match, kind string, lowest, below int64, limit int) ([]Hit, error) {
	visible, args := x.visibleHit("h")
	args = append([]any{HitStart, HitEnd, HitStart, HitEnd, match, lowest, below, kind, kind}, append(args, limit)...)
	// FTS5 hands the matches out best first (ORDER BY rank), so the visibility
	// condition, the permalink and the snippets are worked out only for the
	// rows read, which the loop below keeps until the deadline.
	rows, err := x.s.Reader(ctx).Raw(`SELECT h.kind, h.item_id,
			CASE h.kind WHEN 'timeline' THEN '/timelines/' || (SELECT slug FROM timelines WHERE id = h.item_id)
				ELSE '/' || h.kind || 's/' || h.item_id END AS path,
			highlight(search_index, 2, ?, ?) AS title,
			snippet(search_index, 3, ?, ?, '…', 24) AS snippet
		FROM search_index h
		WHERE search_index MATCH ? AND rank MATCH 'bm25(0.0, 0.0, 10.0, 1.0)' AND h.rowid >= ? AND h.rowid < ?
			AND (? = '' OR h.kind = ?) AND `+visible+`
		ORDER BY rank LIMIT ?`, args...).Rows()
	return scanHits(ctx, match, rows, err)
}
