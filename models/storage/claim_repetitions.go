package storage

import (
	"context"
	"fmt"

	"github.com/factline/factline/models"
)

// maxRepetitionChain bounds the claims a chain of repetitions gathers before
// it is put in order and paged: a claim repeated a million times costs the
// first 10,000 found.
const maxRepetitionChain = 10_000

// Repetitions returns a page of the claims joined to claim id by "repeats"
// relations, in either direction and through one another, the claim itself
// among them: at most limit after the first offset, in the order they were
// said (undated last), who said it first, who repeated it when. A claim the
// viewer may not read, or in the trash, is neither listed nor
// followed. The chain is followed in one statement (a recursive query), so
// a page costs the same statements however long the chain. With no
// repetition it returns none.
func (r Reader) Repetitions(ctx context.Context, id int64, limit, offset int) ([]models.Claim, error) {
	out, err := r.s.claimsWhere(ctx, `c.id IN (WITH RECURSIVE chain(id) AS (
				SELECT CAST(? AS BIGINT)
				UNION
				SELECT c.id FROM chain
				JOIN relations r ON r.kind = 'repeats' AND r.from_kind = 'claim' AND r.to_kind = 'claim'
					AND (r.from_id = chain.id OR r.to_id = chain.id)
				JOIN claims c ON c.id = CASE WHEN r.from_id = chain.id THEN r.to_id ELSE r.from_id END
				WHERE `+Live("c")+` AND `+r.v.readable("'claim'", "c.id")+`)
			SELECT id FROM chain LIMIT ?) AND `+r.v.readable("'claim'", "c.id"),
		"ORDER BY c.said_on_earliest IS NULL, c.said_on_earliest, c.said_on_latest, c.id LIMIT ? OFFSET ?",
		id, maxRepetitionChain, limit, offset)
	if err != nil {
		return nil, fmt.Errorf("store: repetitions of claim %d: %w", id, err)
	}
	if offset == 0 && len(out) < 2 {
		return nil, nil
	}
	return out, nil
}
