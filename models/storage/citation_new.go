package storage

import (
	"context"

	"github.com/factline/factline/models"
)

// CiteAsNewClaim creates a claim and its citation together: both are stored, or
// neither. The citation's claim is set to the new claim.
func (s *Store) CiteAsNewClaim(ctx context.Context, claim *models.Claim, cit *models.Citation) error {
	return s.WithTx(ctx, func(tx *Store) error {
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
