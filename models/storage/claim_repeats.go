package storage

import (
	"context"
	"errors"
	"fmt"
	"sort"

	"github.com/factline/factline/models"
)

// maxMatchWords is how many of a claim's words its full-text lookup asks for:
// the longest, which say most and match least.
const maxMatchWords = 12

// SimilarClaims returns stored claims that c may repeat, by any speaker: found
// by full-text search on the claim's words (Store.Search's index, ranking and
// deadline, and only what the viewer of ctx may read), then kept when they
// share most of their words (case, accents and punctuation aside). c itself,
// when stored, is left out.
func (s *Store) SimilarClaims(ctx context.Context, c *models.Claim) ([]models.Claim, error) {
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
	hits, err := s.dialect.searchAnyWord(ctx, s, terms, true, "claim", 20)
	if err != nil && !errors.Is(err, ErrSearchTimeout) {
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
	if err := s.r(ctx).Preload("Speaker").Where("id IN ?", ids).Where(readable(ctx, "'claim'", "claims.id")).
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

// RepeatsBy returns the actor's claims that repeat other speakers' claims (a
// "repeats" relation from the actor's claim), with whose, in the order the
// actor said them; only claims the viewer of ctx may read, at both ends; at
// most limit after the first offset.
func (s *Store) RepeatsBy(ctx context.Context, actorID int64, limit, offset int) ([]models.Repeat, error) {
	var pairs []struct{ FromID, ToID int64 }
	if err := s.r(ctx).Raw(`SELECT r.from_id, r.to_id FROM relations r
		JOIN claims c ON c.id = r.from_id AND c.deleted_at IS NULL
		JOIN claims o ON o.id = r.to_id AND o.deleted_at IS NULL
		WHERE r.kind = 'repeats' AND r.from_kind = 'claim' AND r.to_kind = 'claim'
			AND c.speaker_id = ? AND (o.speaker_id IS NULL OR o.speaker_id <> c.speaker_id)
			AND `+readable(ctx, "'claim'", "c.id")+` AND `+readable(ctx, "'claim'", "o.id")+`
		ORDER BY c.said_on_earliest IS NULL, c.said_on_earliest, c.id, r.id LIMIT ? OFFSET ?`, actorID, limit, offset).Scan(&pairs).Error; err != nil {
		return nil, fmt.Errorf("store: repeats by actor %d: %w", actorID, err)
	}
	if len(pairs) == 0 {
		return nil, nil
	}
	ids := make([]int64, 0, 2*len(pairs))
	for _, p := range pairs {
		ids = append(ids, p.FromID, p.ToID)
	}
	var claims []models.Claim
	if err := s.r(ctx).Preload("Speaker").Where("id IN ?", ids).Find(&claims).Error; err != nil {
		return nil, fmt.Errorf("store: repeats by actor %d: %w", actorID, err)
	}
	byID := make(map[int64]models.Claim, len(claims))
	for _, c := range claims {
		byID[c.ID] = c
	}
	out := make([]models.Repeat, 0, len(pairs))
	for _, p := range pairs {
		out = append(out, models.Repeat{Claim: byID[p.FromID], Repeated: byID[p.ToID]})
	}
	return out, nil
}
