package duplicates

import (
	"context"
	"errors"
	"fmt"
	"sort"

	"github.com/factline/factline/models"
	"github.com/factline/factline/models/search"
)

// maxMatchWords is how many of a claim's words its full-text lookup asks for:
// the longest, which say most and match least.
const maxMatchWords = 12

// SimilarClaims returns stored claims that c may repeat, by any speaker: found
// by full-text search on the claim's words (models/search's index, ranking and
// deadline, and only what the viewer may read), then kept when they
// share most of their words (case, accents and punctuation aside). c itself,
// when stored, is left out.
func (s Finder) SimilarClaims(ctx context.Context, c *models.Claim) ([]models.Claim, error) {
	words := contentWords(c.Text)
	if len(words) < 2 {
		return nil, nil
	}
	terms := make([]string, 0, len(words))
	for w := range words {
		terms = append(terms, w)
	}
	sort.Slice(terms, func(i, j int) bool {
		if len(terms[i]) != len(terms[j]) {
			return len(terms[i]) > len(terms[j])
		}
		return terms[i] < terms[j]
	})
	terms = terms[:min(len(terms), maxMatchWords)]
	// Past the search's deadline, the hits found by then are enough to offer.
	hits, err := search.Of(s.Store).As(s.v).AnyWord(ctx, terms, true, "claim", 20)
	if err != nil && !errors.Is(err, search.ErrTimeout) {
		return nil, fmt.Errorf("store: claims like %d: %w", c.ID, err)
	}
	ids := make([]int64, 0, len(hits))
	for _, h := range hits {
		if h.ItemID != c.ID {
			ids = append(ids, h.ItemID)
		}
	}
	if len(ids) == 0 {
		return nil, nil
	}
	var found []models.Claim
	if err := s.Reader(ctx).Preload("Speaker").Where("id IN ?", ids).Where(s.v.ReadableOf(models.KindClaim, "claims.id")).
		Find(&found).Error; err != nil {
		return nil, fmt.Errorf("store: claims like %d: %w", c.ID, err)
	}
	byID := make(map[int64]models.Claim, len(found))
	for _, f := range found {
		byID[f.ID] = f
	}
	var out []models.Claim
	for _, id := range ids { // best match first
		if f, ok := byID[id]; ok && len(out) < maxDuplicates && similarWords(words, contentWords(f.Text)) {
			out = append(out, f)
		}
	}
	return out, nil
}
