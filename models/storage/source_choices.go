package storage

import (
	"context"
	"fmt"

	"github.com/factline/factline/models"
)

// SourceChoices returns the sources a citation form offers, as ListSources
// orders them, with only what the form shows of each: id, title and
// publication date. Every editor's claim and event page has the form.
func (s *Store) SourceChoices(ctx context.Context, limit int) ([]models.Source, error) {
	rows, err := s.query(ctx, `SELECT id, title, published FROM sources WHERE `+Live("sources")+`
		ORDER BY published_earliest DESC, id DESC LIMIT ?`, limit)
	if err != nil {
		return nil, fmt.Errorf("store: source choices: %w", err)
	}
	defer rows.Close()
	var out []models.Source
	for rows.Next() {
		var src models.Source
		if err := rows.Scan(&src.ID, &src.Title, &src.Published); err != nil {
			return nil, fmt.Errorf("store: source choices: %w", err)
		}
		out = append(out, src)
	}
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("store: source choices: %w", err)
	}
	return out, nil
}
