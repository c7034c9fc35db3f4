package views

import (
	"context"

	"github.com/factline/factline/models"
)

type viewerKey struct{}

// WithViewer returns a context that tells components who is looking, so that
// they offer editing only to those who may edit.
func WithViewer(ctx context.Context, u *models.User) context.Context {
	return context.WithValue(ctx, viewerKey{}, u)
}

// viewer is the signed-in user looking at the page, or nil.
func viewer(ctx context.Context) *models.User {
	u, _ := ctx.Value(viewerKey{}).(*models.User)
	return u
}

// canEdit reports whether the viewer may create and edit team material.
func canEdit(ctx context.Context) bool { return viewer(ctx).CanEdit() }
