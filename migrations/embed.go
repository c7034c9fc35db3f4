// Package migrations holds factline's versioned SQL schema, embedded into the binary
// and applied at start by goose's Provider: one tree for SQLite (this folder) and
// its twin for PostgreSQL (postgres/), with the same version numbers.
package migrations

import "embed"

// FS holds the NNNNN_what.sql files for SQLite.
//
//go:embed *.sql
var FS embed.FS

// PostgresFS holds, under postgres/, the NNNNN_what.sql files for PostgreSQL.
//
//go:embed postgres/*.sql
var PostgresFS embed.FS
