package storage

import (
	"context"
	"fmt"

	"github.com/factline/factline/models"
)

// RepeatsBy returns the actor's claims that repeat other speakers' claims (a
// "repeats" relation from the actor's claim), with whose, in the order the
// actor said them; only claims the viewer may read, at both ends; at most
// limit after the first offset.
func (r Reader) RepeatsBy(ctx context.Context, actorID int64, limit, offset int) ([]models.Repeat, error) {
	s := r.s
	var pairs []struct{ FromID, ToID int64 }
	if err := s.r(ctx).Raw(`SELECT r.from_id, r.to_id FROM relations r
		JOIN claims c ON c.id = r.from_id AND `+Live("c")+`
		JOIN claims o ON o.id = r.to_id AND `+Live("o")+`
		WHERE r.kind = 'repeats' AND r.from_kind = 'claim' AND r.to_kind = 'claim'
			AND c.speaker_id = ? AND (o.speaker_id IS NULL OR o.speaker_id <> c.speaker_id)
			AND `+r.v.readable("'claim'", "c.id")+` AND `+r.v.readable("'claim'", "o.id")+`
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
