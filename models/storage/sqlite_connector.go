package storage

import (
	"context"
	"database/sql/driver"
	"fmt"
	"sync/atomic"

	"github.com/mattn/go-sqlite3"
)

// sqliteConnector opens SQLite connections to dsn, each set up by
// sqliteConnSetup: the settings that the driver's DSN cannot carry.
type sqliteConnector struct {
	dsn string
	// compiled, when set, counts the statements the connections compile.
	compiled *atomic.Int64
}

func (c sqliteConnector) Connect(context.Context) (driver.Conn, error) {
	return c.Driver().Open(c.dsn)
}

func (c sqliteConnector) Driver() driver.Driver {
	if c.compiled == nil {
		return &sqlite3.SQLiteDriver{ConnectHook: sqliteConnSetup}
	}
	return &sqlite3.SQLiteDriver{ConnectHook: func(conn *sqlite3.SQLiteConn) error {
		countCompiles(conn, c.compiled)
		return sqliteConnSetup(conn)
	}}
}

// countCompiles counts in n the SELECTs conn compiles: SQLite asks the
// authorizer about each while it compiles a statement (and again when it
// compiles one anew), never while it runs one.
func countCompiles(conn *sqlite3.SQLiteConn, n *atomic.Int64) {
	conn.RegisterAuthorizer(func(action int, _, _, _ string) int {
		if action == sqlite3.SQLITE_SELECT {
			n.Add(1)
		}
		return sqlite3.SQLITE_OK
	})
}

// sqliteConnSetup keeps SQLite's temporary tables in memory. A page's reads
// build several small ones (a recursive query's chain, an ORDER BY's sorter,
// an IN list), and in a file SQLite sets up and tears down a pager and its
// page cache for each: the claim page's chain of repetitions took three times
// as long. (PocketBase's defaults keep them in memory too.) The cost: a sort
// too large for the page cache no longer spills to a temporary file but
// stays in memory until the statement ends.
func sqliteConnSetup(conn *sqlite3.SQLiteConn) error {
	if _, err := conn.Exec("PRAGMA temp_store = MEMORY", nil); err != nil {
		return fmt.Errorf("store: keep temporary tables in memory: %w", err)
	}
	return nil
}
