package storage

import (
	"context"

	"github.com/factline/factline/models"
)

type refusedInputKey struct{}

// WithRefusedInput marks ctx as serving a request whose input fe refuses
// (text that no database should store, taken out before anything read it):
// every write through the Store answers fe, so that such a request changes
// nothing and its form shows fe beside the fields, whichever handler serves it.
func WithRefusedInput(ctx context.Context, fe models.FieldErrors) context.Context {
	return context.WithValue(ctx, refusedInputKey{}, fe)
}

// refusedInput is the FieldErrors that ctx was marked with, or nil.
func refusedInput(ctx context.Context) error {
	fe, _ := ctx.Value(refusedInputKey{}).(models.FieldErrors)
	return fe.OrNil()
}
