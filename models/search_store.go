package models

import (
	"context"
	"fmt"
	"strings"
	"time"
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

// searchDeadline bounds every search.
const searchDeadline = 2 * time.Second

// Search runs a full-text query over actors, sources, claims, events and
// timelines, best first by bm25. Kind narrows to one kind when set. What the user
// typed is quoted term by term, so no input can be read as FTS5 syntax. Only what
// the viewer of ctx may read is found: for an anonymous visitor what public
// timelines show; for a signed-in user all but private timelines not theirs.
func (s *Store) Search(ctx context.Context, q, kind string, limit int) ([]SearchHit, error) {
	match := QuoteFTS(q)
	if match == "" {
		return nil, nil
	}
	ctx, cancel := context.WithTimeout(ctx, searchDeadline)
	defer cancel()
	var out []SearchHit
	visible, args := visibleTimelines(ctx, "t")
	scope := `kind <> 'timeline' OR item_id IN (SELECT t.id FROM timelines t WHERE ` + visible + `)`
	prefix := ""
	if UserFrom(ctx) == nil && !isSystem(ctx) {
		prefix, scope = publicItems, "(kind, item_id) IN (SELECT kind, id FROM pub)"
		args = nil
	}
	args = append([]any{HitStart, HitEnd, HitStart, HitEnd, match, kind, kind}, append(args, limit)...)
	db := s.r(ctx).Raw(prefix+` SELECT kind, item_id,
			CASE kind WHEN 'timeline' THEN '/timelines/' || (SELECT slug FROM timelines WHERE id = item_id)
				ELSE '/' || kind || 's/' || item_id END AS path,
			highlight(search_index, 2, ?, ?) AS title,
			snippet(search_index, 3, ?, ?, '…', 24) AS snippet
		FROM search_index
		WHERE search_index MATCH ? AND (? = '' OR kind = ?) AND (`+scope+`)
		ORDER BY bm25(search_index, 10.0, 1.0)
		LIMIT ?`, args...)
	if err := db.Scan(&out).Error; err != nil {
		return nil, fmt.Errorf("store: search %q: %w", q, err)
	}
	return out, nil
}

// QuoteFTS turns user input into an FTS5 query: each word becomes a quoted
// string (with inner quotes doubled), all must match, and the last word matches
// as a prefix so that results come while typing.
func QuoteFTS(q string) string {
	words := strings.FieldsFunc(q, func(r rune) bool {
		return r == '"' || r <= ' ' || r == 0x7f // a NUL would end FTS5's string early
	})
	var terms []string
	for _, w := range words {
		if strings.IndexFunc(w, isWordRune) < 0 {
			continue
		}
		terms = append(terms, `"`+strings.ReplaceAll(w, `"`, `""`)+`"`)
	}
	if len(terms) == 0 {
		return ""
	}
	terms[len(terms)-1] += "*"
	return strings.Join(terms, " ")
}

func isWordRune(r rune) bool {
	return r >= '0' && r <= '9' || r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z' || r > 0x7f
}
