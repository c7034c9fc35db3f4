package storage

import (
	"context"
	"time"

	"gorm.io/gorm"

	"github.com/factline/factline/models"
)

// What the packages built on the Store (models/accounts, models/imports,
// models/sharing, models/history) use of it: its connections, in the Store's
// transaction when it is one, and the fragments of SQL that differ by engine.

// Reader is the connection that reads for ctx.
func (s *Store) Reader(ctx context.Context) *gorm.DB { return s.r(ctx) }

// Writer is the connection that writes for ctx.
func (s *Store) Writer(ctx context.Context) *gorm.DB { return s.w(ctx) }

// NoCase is expr compared without regard to ASCII case, as SQLite's COLLATE
// NOCASE does.
func (s *Store) NoCase(expr string) string { return s.dialect.nocase(expr) }

// SessionLive is a condition on a row of sessions that it has not expired.
func (s *Store) SessionLive() string { return s.dialect.sessionLive() }

// Serialize makes the transaction of s wait for any other that serializes on
// the same name, until it ends, so that a check and the write it allows are
// one step.
func (s *Store) Serialize(ctx context.Context, name string) error {
	return s.dialect.serialize(s.w(ctx), name)
}

// ItemTable is the table of a kind of item that has a page (claims, events,
// actors, sources), "" for another kind.
func ItemTable(kind models.ItemKind) string { return itemTables[kind] }

// ReadableOf is a condition that v may read an item of kind whose id is the
// SQL expression id.
func (v Viewer) ReadableOf(kind models.ItemKind, id string) string {
	return v.readableItem(kind, id)
}

// SearchDeadline bounds every search of s (Options.SearchDeadline).
func (s *Store) SearchDeadline() time.Duration { return s.searchDeadline }

// ReadsAll reports whether v reads every claim, event, actor and source: the
// system, and a signed-in user who does not read through a share link.
func (v Viewer) ReadsAll() bool {
	all, _ := v.reads()
	return all
}

// ReadableItem is a condition that v may read the claim, event, actor or
// source whose kind ('claim', …) and id are the SQL expressions kind and id:
// all of them, what a share link shows, or what public timelines show.
func (v Viewer) ReadableItem(kind, id string) string {
	return v.readableAs(kind, id, func() string {
		return `(CASE ` + kind + ` WHEN 'claim' THEN ` + publicCondition(models.KindClaim, id) +
			` WHEN 'event' THEN ` + publicCondition(models.KindEvent, id) +
			` WHEN 'actor' THEN ` + publicCondition(models.KindActor, id) +
			` WHEN 'source' THEN ` + publicCondition(models.KindSource, id) + ` ELSE FALSE END)`
	})
}

// ReadableTimelines is a condition, with its arguments, that v may read the
// row of timelines that table names: the system all of them, a share link's
// holder the link's, a signed-in user all but the private ones not theirs,
// an anonymous visitor the public ones.
func (v Viewer) ReadableTimelines(table string) (string, []any) {
	switch {
	case v.System:
		return "1 = 1", nil
	case v.Share != nil:
		return table + ".id = ?", []any{v.Share.Timeline.ID}
	case v.User == nil:
		return table + ".visibility = 'public'", nil
	}
	return "(" + table + ".visibility <> 'private' OR " + table + ".owner_id = ? OR " + table +
		".id IN (SELECT timeline_id FROM timeline_collaborators WHERE user_id = ?))", []any{v.User.ID, v.User.ID}
}
