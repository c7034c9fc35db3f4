package search

import (
	"context"

	"github.com/factline/factline/models/storage"
)

// find is Search as the viewer that ctx is marked with (storage.ViewerOf), as
// a request's middleware marks it.
func find(ctx context.Context, s *storage.Store, q, kind string, limit int) ([]Hit, error) {
	return Of(s).As(storage.ViewerOf(ctx)).Search(ctx, q, kind, limit)
}

// findTyping is Typing as the viewer that ctx is marked with.
func findTyping(ctx context.Context, s *storage.Store, q, kind string, limit int) ([]Hit, error) {
	return Of(s).As(storage.ViewerOf(ctx)).Typing(ctx, q, kind, limit)
}
