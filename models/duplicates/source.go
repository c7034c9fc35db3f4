package duplicates

import (
	"context"
	"fmt"

	"github.com/factline/factline/models"
	"github.com/factline/factline/models/storage"
)

// SourceDuplicates returns the stored sources that src may be a second copy
// of: one whose address or canonical link names the same page (AddressKey),
// or one with the same title, publisher and publication date (case, accents
// and punctuation aside). src itself, when stored, is left out; so is what
// the viewer may not read.
func (s Finder) SourceDuplicates(ctx context.Context, src *models.Source) ([]models.Source, error) {
	var keys []string
	for _, k := range []string{models.AddressKey(src.URL), models.AddressKey(src.CanonicalURL)} {
		if k != "" {
			keys = append(keys, k)
		}
	}
	var out []models.Source
	if len(keys) > 0 {
		if err := s.Reader(ctx).Omit("text").Where("id <> ?", src.ID).
			Where(storage.AddressKeyMatch, keys, keys).
			Where(s.v.ReadableOf(models.KindSource, "sources.id")).Order("id").Limit(maxDuplicates).Find(&out).Error; err != nil {
			return nil, fmt.Errorf("store: sources like %q: %w", src.URL, err)
		}
	}
	if src.Published.IsZero() || len(out) >= maxDuplicates {
		return out, nil
	}
	var dated []models.Source
	earliest, _ := models.DateBounds(src.Published)
	if err := s.Reader(ctx).Omit("text").Where("id <> ?", src.ID).
		Where("published_earliest = ? AND published = ?", *earliest, src.Published.String()).
		Where(s.v.ReadableOf(models.KindSource, "sources.id")).Order("id").Find(&dated).Error; err != nil {
		return nil, fmt.Errorf("store: sources like %q: %w", src.Title, err)
	}
	title, publisher := foldText(src.Title), foldText(src.Publisher)
	for _, d := range dated {
		if len(out) < maxDuplicates && !hasSource(out, d.ID) && foldText(d.Title) == title && foldText(d.Publisher) == publisher {
			out = append(out, d)
		}
	}
	return out, nil
}

func hasSource(list []models.Source, id int64) bool {
	for _, s := range list {
		if s.ID == id {
			return true
		}
	}
	return false
}
