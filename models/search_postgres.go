package models

import (
	"context"
	"fmt"
	"strings"
)

// searchPostgres is Search on PostgreSQL: the terms become a tsquery of the
// factline configuration (lower case, accents removed), ranked by ts_rank with
// a title match weighing ten times one in the body, with snippets from
// ts_headline. A word or phrase reaches PostgreSQL as plain text
// (phraseto_tsquery reads no operators); a prefix term is cut into its runs
// of letters and digits, each written as a quoted lexeme, so that nothing the
// user types is read as tsquery syntax.
func (s *Store) searchPostgres(ctx context.Context, terms []searchTerm, kind string, limit int) ([]SearchHit, error) {
	query, qargs := tsquery(terms)
	if query == "" {
		return nil, nil
	}
	ctx, cancel := context.WithTimeout(ctx, s.searchDeadline)
	defer cancel()
	visible, vargs := visibleHit(ctx, "h")
	args := append(qargs, kind, kind)
	args = append(append(args, vargs...), limit)
	opts := "StartSel=" + HitStart + ", StopSel=" + HitEnd
	rows, err := s.r(ctx).Raw(`WITH q AS (SELECT `+query+` AS q)
		SELECT h.kind, h.item_id,
			CASE h.kind WHEN 'timeline' THEN '/timelines/' || (SELECT slug FROM timelines WHERE id = h.item_id)
				ELSE '/' || h.kind || 's/' || h.item_id END AS path,
			ts_headline('factline', h.title, q.q, '`+opts+`, HighlightAll=true') AS title,
			ts_headline('factline', h.body, q.q, '`+opts+`, MaxWords=24, MinWords=12, ShortWord=0, MaxFragments=1, FragmentDelimiter=…') AS snippet
		FROM (SELECT h.* FROM search_index h, q WHERE h.words @@ q.q AND (? = '' OR h.kind = ?) AND `+visible+`
			ORDER BY ts_rank('{0, 0, 0.1, 1}', h.words, q.q) DESC, h.id DESC LIMIT ?) h, q`, args...).Rows()
	match := fmt.Sprint(terms)
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
