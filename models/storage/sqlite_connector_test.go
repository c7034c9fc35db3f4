package storage

import (
	"context"
	"database/sql"
	"testing"
)

// TestSQLiteKeepsTemporaryTablesInMemory checks every connection of both
// pools, the readers held open at once so that each is a different one: a
// connection that builds its temporary tables in files makes every page that
// follows a chain or sorts a few rows several times slower.
func TestSQLiteKeepsTemporaryTablesInMemory(t *testing.T) {
	if TestEngine() != SQLite {
		t.Skip("a setting of SQLite's connections")
	}
	opt := Options{Readers: 3}
	s, err := Open(TestDSN(t), opt)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { _ = s.Close() })
	ctx := context.Background()
	for pool, db := range map[string]func() (*sql.DB, error){"write": s.DB, "read": s.ReadDB} {
		sqlDB, err := db()
		if err != nil {
			t.Fatal(err)
		}
		n := 1
		if pool == "read" {
			n = opt.Readers
		}
		var conns []*sql.Conn
		for range n {
			conn, err := sqlDB.Conn(ctx)
			if err != nil {
				t.Fatal(err)
			}
			conns = append(conns, conn)
			var store int
			if err := conn.QueryRowContext(ctx, "PRAGMA temp_store").Scan(&store); err != nil {
				t.Fatal(err)
			}
			if store != 2 { // 2 is MEMORY, 0 the build's default (files)
				t.Errorf("%s pool, connection %d: temp_store = %d, want 2 (memory)", pool, len(conns), store)
			}
		}
		for _, c := range conns {
			_ = c.Close()
		}
	}
}
