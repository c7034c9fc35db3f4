package storage

import (
	"context"

	"github.com/factline/factline/models"
)

// CiteAsNewClaim creates a claim and its citation together: both are stored, or
// neither. The citation's claim is set to the new claim. A claim is refused a
// said-on date after its source's publication (models.CheckSaidOn).
func (s *Store) CiteAsNewClaim(ctx context.Context, claim *models.Claim, cit *models.Citation) error {
	return s.WithTx(ctx, func(tx *Store) error {
		// A source that cannot be read is refused by SaveCitation below.
		if src, err := tx.GetSource(ctx, cit.SourceID); err == nil {
			fe := models.FieldErrors{}
			if models.CheckSaidOn(fe, "said_on", claim.SaidOn, src.Published); len(fe) > 0 {
				return fe
			}
		}
		if err := tx.SaveClaim(ctx, claim); err != nil {
			return err
		}
		cit.ClaimID, cit.EventID = &claim.ID, nil
		return tx.SaveCitation(ctx, cit)
	})
}

// CiteAsNewEvent creates an event and its citation together: both are stored, or
// neither. The citation's event is set to the new event.
func (s *Store) CiteAsNewEvent(ctx context.Context, event *models.Event, cit *models.Citation) error {
	return s.WithTx(ctx, func(tx *Store) error {
		if err := tx.SaveEvent(ctx, event); err != nil {
			return err
		}
		cit.EventID, cit.ClaimID = &event.ID, nil
		return tx.SaveCitation(ctx, cit)
	})
}
