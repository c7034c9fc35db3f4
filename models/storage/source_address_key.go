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

// AddressKeyMatch is addressKeyMatch, for the packages built on the Store.
const AddressKeyMatch = addressKeyMatch
