package storage

import (
	"errors"

	"github.com/jackc/pgx/v5/pgconn"
	"github.com/mattn/go-sqlite3"
)

// StorageProblem is why the database refused a write for a reason of the
// machine's, not of the input: its disk is full, or it is read-only.
type StorageProblem struct {
	// Log is what the server's log says, for the operator.
	Log string
	// Message is what the page says, for the person at the keyboard.
	Message string
}

var (
	diskFull = StorageProblem{Log: "the database's disk is full: free space, then writes work again",
		Message: "factline cannot save anything just now, signing in included: the server's disk is full. Nothing was saved. Please tell whoever runs this factline, and try again once they have freed space."}
	readOnly = StorageProblem{Log: "the database is read-only: check the permissions of its file and folder, or the server's read-only setting",
		Message: "factline cannot save anything just now, signing in included: its database is read-only. Nothing was saved. Please tell whoever runs this factline."}
)

// StorageProblemOf says whether err is the database refusing a write because
// its disk is full (SQLITE_FULL; PostgreSQL's disk_full, 53100) or because it
// is read-only (SQLITE_READONLY; PostgreSQL's read_only_sql_transaction,
// 25006), and what to say about it.
func StorageProblemOf(err error) (StorageProblem, bool) {
	var lite sqlite3.Error
	if errors.As(err, &lite) {
		switch lite.Code {
		case sqlite3.ErrFull:
			return diskFull, true
		case sqlite3.ErrReadonly:
			return readOnly, true
		}
	}
	var pg *pgconn.PgError
	if errors.As(err, &pg) {
		switch pg.Code {
		case "53100":
			return diskFull, true
		case "25006":
			return readOnly, true
		}
	}
	return StorageProblem{}, false
}
