package storage

import (
	"context"
	"fmt"

	"github.com/factline/factline/models"
)

// RelationsOf returns every relation with an end among refs whose ends the
// viewer may both read, with both ends' labels, in one query. A relation with
// a deleted end is left out until the end is restored.
func (r Reader) RelationsOf(ctx context.Context, refs []models.Ref) ([]models.RelationView, error) {
	claims, events := splitRefs(refs)
	if len(claims)+len(events) == 0 {
		return nil, nil
	}
	return r.s.relations(ctx, r.v, `(r.from_kind = 'claim' AND r.from_id IN ?) OR (r.from_kind = 'event' AND r.from_id IN ?)
		OR (r.to_kind = 'claim' AND r.to_id IN ?) OR (r.to_kind = 'event' AND r.to_id IN ?)`, "",
		nonEmpty(claims), nonEmpty(events), nonEmpty(claims), nonEmpty(events))
}

// relations reads the relations where names whose ends v may both read, in
// id order, then tail (a LIMIT or "").
func (s *Store) relations(ctx context.Context, v Viewer, where, tail string, args ...any) ([]models.RelationView, error) {
	// Scanned by hand, as citations are: gorm's reflection dominated the query.
	rows, err := s.query(ctx, `SELECT r.id, r.from_kind, r.from_id, r.to_kind, r.to_id, r.kind, r.created_at,
			COALESCE(fc.text, fe.title, '') AS from_label, COALESCE(tc.text, te.title, '') AS to_label
		FROM relations r
		LEFT JOIN claims fc ON r.from_kind = 'claim' AND fc.id = r.from_id
		LEFT JOIN events fe ON r.from_kind = 'event' AND fe.id = r.from_id
		LEFT JOIN claims tc ON r.to_kind = 'claim' AND tc.id = r.to_id
		LEFT JOIN events te ON r.to_kind = 'event' AND te.id = r.to_id
		WHERE (`+where+`)
		AND `+Live("fc")+` AND `+Live("fe")+` AND `+Live("tc")+` AND `+Live("te")+`
		AND `+v.readable("r.from_kind", "r.from_id")+` AND `+v.readable("r.to_kind", "r.to_id")+`
		ORDER BY r.id `+tail, args...)
	if err != nil {
		return nil, fmt.Errorf("store: relations: %w", err)
	}
	defer rows.Close()
	var out []models.RelationView
	for rows.Next() {
		var r models.RelationView
		if err := rows.Scan(&r.ID, &r.FromKind, &r.FromID, &r.ToKind, &r.ToID, &r.Kind, &r.CreatedAt,
			&r.FromLabel, &r.ToLabel); err != nil {
			return nil, fmt.Errorf("store: relations: %w", err)
		}
		out = append(out, r)
	}
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("store: relations: %w", err)
	}
	return out, nil
}

// SaveRelation links two existing claims or events.
func (s *Store) SaveRelation(ctx context.Context, r *models.Relation) error {
	fe := r.Validate()
	for _, end := range []models.Ref{r.From(), r.To()} {
		if _, ok := fe["to"]; !ok && s.existsRef(ctx, end) != nil {
			fe.Add("to", fmt.Sprintf("There is no %s %d.", end.Kind, end.ID))
		}
	}
	if len(fe) > 0 {
		return fe
	}
	if err := s.save(ctx, r, nil); err != nil {
		return fmt.Errorf("store: save relation: %w", err)
	}
	return nil
}

// DeleteRelation removes a relation.
func (s *Store) DeleteRelation(ctx context.Context, id int64) error {
	return s.hardDelete(ctx, &models.Relation{}, id, "")
}

func (s *Store) existsRef(ctx context.Context, ref models.Ref) error {
	switch ref.Kind {
	case models.KindClaim:
		return s.exists(ctx, &models.Claim{}, ref.ID)
	case models.KindEvent:
		return s.exists(ctx, &models.Event{}, ref.ID)
	}
	return ErrNotFound
}

// ExistsItem returns ErrNotFound unless the claim or event exists and is not deleted.
func (s *Store) ExistsItem(ctx context.Context, ref models.Ref) error {
	if err := s.existsRef(ctx, ref); err != nil {
		return fmt.Errorf("store: %s %d: %w", ref.Kind, ref.ID, err)
	}
	return nil
}
