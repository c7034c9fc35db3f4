package storage

import (
	"context"
	"database/sql/driver"
	"fmt"

	"github.com/mattn/go-sqlite3"
)

// sqliteConnector opens SQLite connections to dsn, each set up by
// sqliteConnSetup: the settings that the driver's DSN cannot carry.
type sqliteConnector struct{ dsn string }

func (c sqliteConnector) Connect(context.Context) (driver.Conn, error) {
	return c.Driver().Open(c.dsn)
}

func (sqliteConnector) Driver() driver.Driver {
	return &sqlite3.SQLiteDriver{ConnectHook: sqliteConnSetup}
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
