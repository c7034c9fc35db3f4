package storage

import (
	"context"
	"fmt"

	"github.com/factline/factline/models"
)

// ListClaims returns the most recently said claims with their speakers.
func (s *Store) ListClaims(ctx context.Context, limit int) ([]models.Claim, error) {
	var out []models.Claim
	if err := s.r(ctx).Preload("Speaker").Order("said_on_latest IS NULL, said_on_latest DESC, id DESC").
		Limit(limit).Find(&out).Error; err != nil {
		return nil, fmt.Errorf("store: list claims: %w", err)
	}
	return out, nil
}

// ClaimsBySpeaker returns what an actor said that the viewer may read, in
// date order: at most limit claims after the first offset.
func (r Reader) ClaimsBySpeaker(ctx context.Context, actorID int64, limit, offset int) ([]models.Claim, error) {
	var out []models.Claim
	if err := r.s.r(ctx).Where("speaker_id = ?", actorID).Where(r.v.readable("'claim'", "claims.id")).
		Order("said_on_earliest IS NULL, said_on_earliest, id").Limit(limit).Offset(offset).Find(&out).Error; err != nil {
		return nil, fmt.Errorf("store: claims by speaker %d: %w", actorID, err)
	}
	return out, nil
}

// SaveClaim creates the claim, or updates it when it has an id, with its tags.
func (s *Store) SaveClaim(ctx context.Context, c *models.Claim) error {
	fe := c.Validate()
	if c.SpeakerID != nil {
		if err := s.exists(ctx, &models.Actor{}, *c.SpeakerID); err != nil {
			fe.Add("speaker", "That speaker does not exist.")
		}
	}
	switch {
	case c.Repeats != 0 && c.ID != 0:
		fe.Add("repeats", "A claim is saved as a repetition when it is created; relate stored claims on their pages.")
	case c.Repeats != 0:
		if s.exists(ctx, &models.Claim{}, c.Repeats) != nil {
			fe.Add("repeats", fmt.Sprintf("There is no claim %d to repeat.", c.Repeats))
		}
	}
	if len(fe) > 0 {
		return fe
	}
	c.Speaker = nil
	err := s.save(ctx, c, func(tx *Store) error {
		if err := tx.setTags(ctx, models.Ref{Kind: models.KindClaim, ID: c.ID}, c.Tags); err != nil {
			return err
		}
		if c.Repeats == 0 {
			return nil
		}
		return tx.SaveRelation(ctx, &models.Relation{FromKind: models.KindClaim, FromID: c.ID, ToKind: models.KindClaim, ToID: c.Repeats, Kind: "repeats"})
	})
	if err != nil {
		return fmt.Errorf("store: save claim %d: %w", c.ID, err)
	}
	return nil
}

// DeleteClaim soft-deletes a claim; timelines and relations keep their rows, so a
// restore brings it back whole.
func (s *Store) DeleteClaim(ctx context.Context, id int64) error {
	return s.softDelete(ctx, &models.Claim{}, id)
}

func (s *Store) tagsOf(ctx context.Context, ref models.Ref) ([]string, error) {
	var tags []string
	if err := s.r(ctx).Table("tags").Where("item_kind = ? AND item_id = ?", ref.Kind, ref.ID).
		Order("name").Pluck("name", &tags).Error; err != nil {
		return nil, fmt.Errorf("store: tags of %s %d: %w", ref.Kind, ref.ID, err)
	}
	return tags, nil
}

func (s *Store) setTags(ctx context.Context, ref models.Ref, tags []string) error {
	if err := s.w(ctx).Exec("DELETE FROM tags WHERE item_kind = ? AND item_id = ?", ref.Kind, ref.ID).Error; err != nil {
		return err
	}
	for _, t := range tags {
		if err := s.w(ctx).Exec("INSERT INTO tags (item_kind, item_id, name) VALUES (?, ?, ?)", ref.Kind, ref.ID, t).Error; err != nil {
			return err
		}
	}
	return nil
}
