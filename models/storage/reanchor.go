package storage

import (
	"context"

	"github.com/factline/factline/models"
)

// reanchorCitations re-anchors every quoted citation of a source after its text
// was saved: moved passages get new offsets and context, passages no longer in
// the text are marked orphaned (never dropped), and orphans whose passage is
// back are anchored again. Only citations that change are written.
func (s *Store) reanchorCitations(ctx context.Context, src *models.Source) error {
	cits, err := s.CitationsOfSource(ctx, src.ID)
	if err != nil {
		return err
	}
	for _, c := range cits {
		if c.Quote == "" {
			continue
		}
		next := c
		if start, end, prefix, suffix, ok := models.Reanchor(src.Text, c); ok {
			next.StartOffset, next.EndOffset, next.Prefix, next.Suffix, next.Orphaned = &start, &end, prefix, suffix, false
		} else {
			next.Orphaned = true
		}
		if sameAnchor(c, next) {
			continue
		}
		if err := s.save(ctx, &next, nil); err != nil {
			return err
		}
	}
	return nil
}

func sameAnchor(a, b models.Citation) bool {
	return a.Orphaned == b.Orphaned && a.Prefix == b.Prefix && a.Suffix == b.Suffix &&
		intPtrEqual(a.StartOffset, b.StartOffset) && intPtrEqual(a.EndOffset, b.EndOffset)
}

func intPtrEqual(a, b *int) bool {
	if a == nil || b == nil {
		return a == b
	}
	return *a == *b
}
