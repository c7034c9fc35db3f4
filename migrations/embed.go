// Package migrations holds factline's versioned SQL schema, embedded into the binary
// and applied at start by goose's Provider.
package migrations

import "embed"

// FS holds the NNNNN_what.sql files.
//
//go:embed *.sql
var FS embed.FS
