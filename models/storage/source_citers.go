package storage

import (
	"context"
	"fmt"

	"github.com/factline/factline/models"
)

// ItemLabels returns the labels of the given claims and events, deleted ones
// included, in one query for every labelsAtOnce of them, so that no list is
// too long for the database's variables.
func (s *Store) ItemLabels(ctx context.Context, refs []models.Ref) (map[models.Ref]models.ItemLabel, error) {
	out := map[models.Ref]models.ItemLabel{}
	for len(refs) > 0 {
		n := min(len(refs), labelsAtOnce)
		if err := s.itemLabels(ctx, refs[:n], out); err != nil {
			return nil, err
		}
		refs = refs[n:]
	}
	return out, nil
}

// labelsAtOnce is how many items ItemLabels names in one statement, well
// under SQLite's 32,766 variables.
const labelsAtOnce = 500

func (s *Store) itemLabels(ctx context.Context, refs []models.Ref, out map[models.Ref]models.ItemLabel) error {
	claims, events := splitRefs(refs)
	if len(claims)+len(events) == 0 {
		return nil
	}
	rows, err := s.r(ctx).Raw(`SELECT 'claim', id, text, `+InTrash("claims")+` FROM claims WHERE id IN ?
		UNION ALL SELECT 'event', id, title, `+InTrash("events")+` FROM events WHERE id IN ?`,
		nonEmpty(claims), nonEmpty(events)).Rows()
	if err != nil {
		return fmt.Errorf("store: item labels: %w", err)
	}
	defer rows.Close()
	for rows.Next() {
		var ref models.Ref
		var l models.ItemLabel
		if err := rows.Scan(&ref.Kind, &ref.ID, &l.Label, &l.Deleted); err != nil {
			return fmt.Errorf("store: item labels: %w", err)
		}
		out[ref] = l
	}
	if err := rows.Err(); err != nil {
		return fmt.Errorf("store: item labels: %w", err)
	}
	return nil
}
