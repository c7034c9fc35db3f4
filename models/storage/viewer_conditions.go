package storage

import (
	"context"

	"github.com/factline/factline/models"
)

// The conditions in SQL that keep a list or a relation to what its viewer
// may read: every read that filters by viewer takes the viewer from its
// caller (a Reader, or a Viewer argument), never from the request's context.

// readable is a condition keeping the claims and events that v may read:
// what the share link shows for its holder, all for signed-in users and the
// system, for an anonymous visitor only the entries of public timelines.
// kind and id are SQL expressions naming the item.
func (v Viewer) readable(kind, id string) string {
	all, sc := v.reads()
	switch {
	case all:
		return "1 = 1"
	case sc != nil:
		return sc.condition(kind, id)
	}
	return onPublicTimeline(kind, id)
}

// readableItem is readable for any kind of item page.
func (v Viewer) readableItem(kind models.ItemKind, id string) string {
	all, sc := v.reads()
	switch {
	case all:
		return "1 = 1"
	case sc != nil:
		return sc.condition("'"+string(kind)+"'", id)
	}
	return publicCondition(kind, id)
}

// writer is who makes a write on ctx (models.WithUser, models.AsSystem), as
// its revision records them: a write checks what they may change with it,
// never a read for a page.
func writer(ctx context.Context) Viewer {
	return Viewer{User: models.UserFrom(ctx), System: models.IsSystem(ctx)}
}
