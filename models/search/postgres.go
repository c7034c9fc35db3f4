package search

import (
	"context"
	"fmt"
	"strings"
)

// postgresEngine is search on PostgreSQL: tsvector columns, ts_rank and
// ts_headline.
type postgresEngine struct{}

func (postgresEngine) search(ctx context.Context, x Searcher, q string, typing bool, kind string, limit int) ([]Hit, error) {
	return x.searchPostgres(ctx, parseQuery(q, typing), kind, limit)
}

func (postgresEngine) anyWord(ctx context.Context, x Searcher, words []string, titleOnly bool, kind string, limit int) ([]Hit, error) {
	query, args := anyWordTSQuery(words, titleOnly)
	return x.searchTSQuery(ctx, query, args, strings.Join(words, " | "), kind, limit)
}

func (postgresEngine) actorsWithAnyWord(ctx context.Context, x Index, words []string) ([]int64, error) {
	query, args := anyWordTSQuery(words, false)
	if query == "" {
		return nil, nil
	}
	var ids []int64
	err := x.s.Reader(ctx).Raw(`SELECT item_id FROM search_index, (SELECT `+query+` AS q) q WHERE words @@ q.q AND kind = 'actor'
			ORDER BY ts_rank('{0, 0, 0.1, 1}', words, q.q) DESC, id LIMIT 50`, args...).Scan(&ids).Error
	return ids, err
}

// searchPostgres is Search on PostgreSQL: the terms become a tsquery of the
// factline configuration (lower case, accents removed), ranked by ts_rank with
// a title match weighing ten times one in the body, with snippets from
// ts_headline. A word or phrase reaches PostgreSQL as plain text
// (phraseto_tsquery reads no operators); a prefix term is cut into its runs
// of letters and digits, each written as a quoted lexeme, so that nothing the
// user types is read as tsquery syntax.
func (x Searcher) searchPostgres(ctx context.Context, terms []searchTerm, kind string, limit int) ([]Hit, error) {
	query, qargs := tsquery(terms)
	return x.searchTSQuery(ctx, query, qargs, fmt.Sprint(terms), kind, limit)
}

// pgSearchSpans are the widths, in search ids (eight an item), of the newest
// windows of a PostgreSQL search; past them one last window holds all older
// matches. The GIN index hands out matches in no useful order, and ranking
// every match of a common word (ts_rank reads each one's words from the table)
// took hundreds of milliseconds over a million claims; a window costs what its
// matches cost, and the first holds enough of a common word's. A window is
// found by intersecting the index's matches with a range of the primary key,
// whose cost grows with the range: the last window reads the rest of the
// matches, which for a term that needed it are few, without the range,
// unless the hits found so far say where the missing ones should be.
var pgSearchSpans = []int64{8 * 16_384, 8 * 131_072}

// pgVisitorSpans replace pgSearchSpans for a viewer who is not signed in
// (a visitor, a share link's holder), who may read few of the matches: one
// window as wide as both, which such a search would read anyway, costs one
// index scan and one visibility set less.
var pgVisitorSpans = []int64{pgSearchSpans[0] + pgSearchSpans[1]}

// searchTSQuery runs the search of the tsquery expression query (with its
// arguments); match names it in errors. As on SQLite, the matches are ranked
// a window of the newest at a time (rankWindowPostgres) until limit hits are
// found; past the deadline it returns the hits found so far with
// ErrSearchTimeout.
func (x Searcher) searchTSQuery(ctx context.Context, query string, qargs []any, match, kind string, limit int) ([]Hit, error) {
	if query == "" {
		return nil, nil
	}
	ctx, cancel := context.WithTimeout(ctx, x.s.SearchDeadline())
	defer cancel()
	var top int64
	if err := x.s.Reader(ctx).Raw("SELECT COALESCE(MAX(id), 0) + 1 FROM search_index").Scan(&top).Error; err != nil {
		return nil, failed(ctx, match, err)
	}
	spans := pgSearchSpans
	if !x.v.System && x.v.User == nil {
		spans = pgVisitorSpans
	}
	var out []Hit
	for i, below := 0, top; below > 0 && len(out) < limit; i++ {
		lowest := pgWindowFloor(spans, i, top, below, len(out), limit)
		hits, err := x.rankWindowPostgres(ctx, query, qargs, match, kind, lowest, below, limit-len(out))
		out = append(out, hits...)
		if err != nil {
			return out, err
		}
		below = lowest
	}
	return out, nil
}

// pgWindowFloor is the lowest search id of the i-th window of a PostgreSQL
// search whose windows so far covered the ids from below to top (excluded)
// and found found of the limit hits wanted: the fixed spans first,
// then 0 (all older matches) unless the hits so far say where the missing ones
// should be — then a window as wide as should hold twice the hits still
// wanted, at the rate they came so far, while that is less than half of what
// is left: a visitor, who may read few of the matches, then ranks a few
// thousand more rather than all.
func pgWindowFloor(spans []int64, i int, top, below int64, found, limit int) int64 {
	if i < len(spans) {
		return max(below-spans[i], 0)
	}
	if found == 0 {
		return 0
	}
	span := max(2*int64(limit-found)*(top-below)/int64(found), pgSearchSpans[0])
	if span < below/2 {
		return below - span
	}
	return 0
}

// rankWindowPostgres returns the best hits, of those with a search id from
// lowest to below (excluded), that the viewer may read, up to limit:
// the window's matches are ranked first (ts_rank, a title match weighing ten
// times one in the body), then read best first and checked for visibility
// one by one until limit pass, as FTS5 hands out its matches on SQLite, and
// only those get their permalink and snippets.
func (x Searcher) rankWindowPostgres(ctx context.Context, query string, qargs []any, match, kind string, lowest, below int64, limit int) ([]Hit, error) {
	visible, vargs := x.visibleHit("h")
	window := "h.id >= ? AND h.id < ?"
	if lowest == 0 { // not through the primary key: a filter on the matches read
		window = "h.id + 0 >= ? AND h.id + 0 < ?"
	}
	args := append(append([]any{}, qargs...), lowest, below, kind, kind)
	args = append(append(args, vargs...), limit)
	opts := "StartSel=" + HitStart + ", StopSel=" + HitEnd
	// ranked is materialized in rank order and read in that order, so the
	// visibility condition runs for the rows read until the limit, not for
	// every match; n keeps that order through the join for the snippets.
	rows, err := x.s.Reader(ctx).Raw(`WITH q AS (SELECT `+query+` AS q),
		ranked AS MATERIALIZED (SELECT h.id, h.kind, h.item_id FROM search_index h, q
			WHERE h.words @@ q.q AND `+window+` AND (? = '' OR h.kind = ?)
			ORDER BY ts_rank('{0, 0, 0.1, 1}', h.words, q.q) DESC, h.id DESC),
		hits AS MATERIALIZED (SELECT h.id, row_number() OVER () AS n FROM ranked h WHERE `+visible+` LIMIT ?)
		SELECT h.kind, h.item_id,
			CASE h.kind WHEN 'timeline' THEN '/timelines/' || (SELECT slug FROM timelines WHERE id = h.item_id)
				ELSE '/' || h.kind || 's/' || h.item_id END AS path,
			ts_headline('factline', h.title, q.q, '`+opts+`, HighlightAll=true') AS title,
			ts_headline('factline', h.body, q.q, '`+opts+`, MaxWords=24, MinWords=12, ShortWord=0, MaxFragments=1, FragmentDelimiter=…') AS snippet
		FROM hits JOIN search_index h ON h.id = hits.id, q
		ORDER BY hits.n`, args...).Rows()
	return scanHits(ctx, match, rows, err)
}

// tsquery is an SQL expression, with its arguments, for the tsquery that
// matches every term: "" when no term has a lexeme.
func tsquery(terms []searchTerm) (string, []any) {
	var parts []string
	var args []any
	for _, t := range terms {
		if !t.prefix {
			parts = append(parts, "phraseto_tsquery('factline', ?)")
			args = append(args, t.text)
			continue
		}
		var lexemes []string
		for _, w := range strings.FieldsFunc(t.text, func(r rune) bool { return !isWordRune(r) }) {
			lexemes = append(lexemes, "'"+w+"'")
		}
		if len(lexemes) == 0 {
			continue
		}
		parts = append(parts, "to_tsquery('factline', ?)")
		args = append(args, strings.Join(lexemes, " <-> ")+":*")
	}
	return strings.Join(parts, " && "), args
}

// anyWordTSQuery is a tsquery expression, with its argument, matching any of
// words (in the title alone when titleOnly): each word cut into runs of letters
// and digits written as quoted lexemes, so no word is read as syntax; "" when
// none has a lexeme.
func anyWordTSQuery(words []string, titleOnly bool) (string, []any) {
	var lexemes []string
	for _, w := range words {
		for _, part := range strings.FieldsFunc(w, func(r rune) bool { return !isWordRune(r) }) {
			l := "'" + part + "'"
			if titleOnly {
				l += ":A"
			}
			lexemes = append(lexemes, l)
		}
	}
	if len(lexemes) == 0 {
		return "", nil
	}
	return "to_tsquery('factline', ?)", []any{strings.Join(lexemes, " | ")}
}
