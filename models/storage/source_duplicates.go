package storage

import (
	"context"
	"fmt"

	"github.com/factline/factline/models"
)

// addressKeyMatch is a condition that a source's address or canonical link
// has one of the keys given (twice); saying that the key is not empty lets
// SQLite use the partial indexes of migration 00015, one for each side of
// the OR, instead of reading every source.
const addressKeyMatch = "(url_key <> '' AND url_key IN ?) OR (canonical_key <> '' AND canonical_key IN ?)"

// maxDuplicates is how many likely duplicates are offered at most.
const maxDuplicates = 5

// SourceDuplicates returns the stored sources that src may be a second copy
// of: one whose address or canonical link names the same page (AddressKey),
// or one with the same title, publisher and publication date (case, accents
// and punctuation aside). src itself, when stored, is left out; so is what
// the viewer of ctx may not read.
func (s *Store) SourceDuplicates(ctx context.Context, src *models.Source) ([]models.Source, error) {
	var keys []string
	for _, k := range []string{models.AddressKey(src.URL), models.AddressKey(src.CanonicalURL)} {
		if k != "" {
			keys = append(keys, k)
		}
	}
	var out []models.Source
	if len(keys) > 0 {
		if err := s.r(ctx).Omit("text").Where("id <> ?", src.ID).
			Where(addressKeyMatch, keys, keys).
			Where(readableItem(ctx, models.KindSource, "sources.id")).Order("id").Limit(maxDuplicates).Find(&out).Error; err != nil {
			return nil, fmt.Errorf("store: sources like %q: %w", src.URL, err)
		}
	}
	if src.Published.IsZero() || len(out) >= maxDuplicates {
		return out, nil
	}
	var dated []models.Source
	earliest, _ := models.DateBounds(src.Published)
	if err := s.r(ctx).Omit("text").Where("id <> ?", src.ID).
		Where("published_earliest = ? AND published = ?", *earliest, src.Published.String()).
		Where(readableItem(ctx, models.KindSource, "sources.id")).Order("id").Find(&dated).Error; err != nil {
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

// backfillAddressKeys writes the address keys of sources stored before they
// had them (migration 00015), a batch at a time.
func (s *Store) backfillAddressKeys(ctx context.Context) error {
	for after := int64(0); ; {
		var rows []struct {
			ID  int64
			URL string
		}
		if err := s.r(ctx).Raw(`SELECT id, url FROM sources WHERE id > ? AND url <> '' AND url_key = ''
			ORDER BY id LIMIT 500`, after).Scan(&rows).Error; err != nil {
			return fmt.Errorf("store: address keys: %w", err)
		}
		if len(rows) == 0 {
			return nil
		}
		err := s.WithTx(ctx, func(tx *Store) error {
			for _, r := range rows {
				if err := tx.w(ctx).Exec("UPDATE sources SET url_key = ? WHERE id = ?", models.AddressKey(r.URL), r.ID).Error; err != nil {
					return err
				}
			}
			return nil
		})
		if err != nil {
			return fmt.Errorf("store: address keys: %w", err)
		}
		after = rows[len(rows)-1].ID
	}
}
