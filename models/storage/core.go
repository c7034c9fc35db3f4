package storage

import (
	"context"

	"gorm.io/gorm"

	"github.com/factline/factline/models"
)

// What the packages built on the Store (models/accounts, models/imports,
// models/sharing, models/history) use of it: its connections, in the Store's
// transaction when it is one, and the fragments of SQL that differ by engine.

// Reader is the connection that reads for ctx.
func (s *Store) Reader(ctx context.Context) *gorm.DB { return s.r(ctx) }

// Writer is the connection that writes for ctx; on a ctx marked
// WithRefusedInput every statement answers the refusal instead of running.
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

// ReadableItem is a condition that the viewer of ctx may read an item of
// kind whose id is the SQL expression id.
func ReadableItem(ctx context.Context, kind models.ItemKind, id string) string {
	return readableItem(ctx, kind, id)
}
