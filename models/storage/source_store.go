package storage

import (
	"context"
	"errors"
	"fmt"

	"gorm.io/gorm"

	"github.com/factline/factline/models"
	"github.com/factline/factline/models/extract/dates"
)

// ListSources returns sources, newest publication first.
func (s *Store) ListSources(ctx context.Context, limit int) ([]models.Source, error) {
	var out []models.Source
	if err := s.r(ctx).Omit("text").Order("published_earliest DESC, id DESC").Limit(limit).Find(&out).Error; err != nil {
		return nil, fmt.Errorf("store: list sources: %w", err)
	}
	return out, nil
}

// GetSource returns one source with its text.
func (s *Store) GetSource(ctx context.Context, id int64) (*models.Source, error) {
	var src models.Source
	if err := s.r(ctx).First(&src, id).Error; err != nil {
		return nil, fmt.Errorf("store: get source %d: %w", id, NotFound(err))
	}
	return &src, nil
}

// FindSourceByURL returns the source with this URL, for matching on import:
// the one stored with exactly this address, else the first whose address or
// canonical link names the same page (AddressKey), so that an import does not
// add a second copy of a source under a variant of its address.
func (s *Store) FindSourceByURL(ctx context.Context, url string) (*models.Source, error) {
	var src models.Source
	err := s.r(ctx).Where("url = ? AND url <> ''", url).First(&src).Error
	if key := models.AddressKey(url); errors.Is(err, gorm.ErrRecordNotFound) && key != "" {
		keys := []string{key}
		err = s.r(ctx).Where(addressKeyMatch, keys, keys).Order("id").First(&src).Error
	}
	if err != nil {
		return nil, fmt.Errorf("store: find source %q: %w", url, NotFound(err))
	}
	return &src, nil
}

// SaveSource creates the source, or updates it when it has an id; in the same
// transaction it re-anchors the source's citations in the new text.
func (s *Store) SaveSource(ctx context.Context, src *models.Source) error {
	if fe := src.Validate(); len(fe) > 0 {
		return fe
	}
	if err := s.refusePDFTextEdit(ctx, src); err != nil {
		return err
	}
	if src.Language == "" {
		src.Language = dates.DetectLanguage(src.Text) // stays "" when the text tells none
	}
	if err := s.save(ctx, src, func(tx *Store) error { return tx.reanchorCitations(ctx, src) }); err != nil {
		return fmt.Errorf("store: save source %d: %w", src.ID, err)
	}
	return nil
}

// DeleteSource soft-deletes a source; its citations keep pointing at it.
func (s *Store) DeleteSource(ctx context.Context, id int64) error {
	return s.softDelete(ctx, &models.Source{}, id)
}
