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
	return s.searchTSQuery(ctx, query, qargs, fmt.Sprint(terms), kind, limit)
}

// searchTSQuery runs the search of the tsquery expression query (with its
// arguments); match names it in errors.
func (s *Store) searchTSQuery(ctx context.Context, query string, qargs []any, match, kind string, limit int) ([]SearchHit, error) {
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

// searchAnyWord is a search for items whose title (titleOnly) or text has
// any of words, best first, on either engine.
func (s *Store) searchAnyWord(ctx context.Context, words []string, titleOnly bool, kind string, limit int) ([]SearchHit, error) {
	if s.dialect == Postgres {
		query, args := anyWordTSQuery(words, titleOnly)
		return s.searchTSQuery(ctx, query, args, strings.Join(words, " | "), kind, limit)
	}
	match := `("` + strings.Join(words, `" OR "`) + `")`
	if titleOnly {
		match = "title : " + match
	}
	return s.search(ctx, match, kind, limit)
}

// actorsWithAnyWord returns the ids of up to 50 actors whose search row has any
// of words, best first, whoever may read them.
func (s *Store) actorsWithAnyWord(ctx context.Context, words []string) ([]int64, error) {
	var ids []int64
	if s.dialect == Postgres {
		query, args := anyWordTSQuery(words, false)
		if query == "" {
			return nil, nil
		}
		err := s.r(ctx).Raw(`SELECT item_id FROM search_index, (SELECT `+query+` AS q) q WHERE words @@ q.q AND kind = 'actor'
			ORDER BY ts_rank('{0, 0, 0.1, 1}', words, q.q) DESC, id LIMIT 50`, args...).Scan(&ids).Error
		return ids, err
	}
	err := s.r(ctx).Raw(`SELECT item_id FROM search_index WHERE search_index MATCH ? AND kind = 'actor'
		ORDER BY rank LIMIT 50`, `"`+strings.Join(words, `" OR "`)+`"`).Scan(&ids).Error
	return ids, err
}
