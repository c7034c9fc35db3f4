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
	return v.readableAs(kind, id, func() string { return onPublicTimeline(kind, id) })
}

// readableItem is readable for any kind of item page.
func (v Viewer) readableItem(kind models.ItemKind, id string) string {
	return v.readableAs("'"+string(kind)+"'", id, func() string { return publicCondition(kind, id) })
}

// readableAs is the one rule of every readable condition: all for whoever
// reads all, the link's items for a share link's holder, and for an
// anonymous visitor public, the condition for what public timelines show of
// the items kind and id name.
func (v Viewer) readableAs(kind, id string, public func() string) string {
	all, sc := v.reads()
	switch {
	case all:
		return "1 = 1"
	case sc != nil:
		return sc.condition(kind, id)
	}
	return public()
}

// writer is who makes a write on ctx (models.WithUser, models.AsSystem), as
// its revision records them: a write checks what they may change with it,
// never a read for a page.
func writer(ctx context.Context) Viewer {
	return Viewer{User: models.UserFrom(ctx), System: models.IsSystem(ctx)}
}
