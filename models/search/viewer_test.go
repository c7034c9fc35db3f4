package search

import (
	"context"

	"github.com/factline/factline/models/storage"
)

// find is Search as v, as a handler names its request's viewer.
func find(v storage.Viewer, s *storage.Store, q, kind string, limit int) ([]Hit, error) {
	return Of(s).As(v).Search(context.Background(), q, kind, limit)
}

// findTyping is Typing as v.
func findTyping(v storage.Viewer, s *storage.Store, q, kind string, limit int) ([]Hit, error) {
	return Of(s).As(v).Typing(context.Background(), q, kind, limit)
}
