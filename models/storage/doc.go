// Package storage is factline's data access: every database query the
// application makes goes through its Store, each method taking a ctx. Its
// files follow the aggregates (claim_store.go, timeline_*.go, search_*.go,
// ...); core.go and schema.go are what the packages built on it use of it:
// models/accounts, models/imports (import jobs), models/sharing (share links,
// collaborators), models/history (readable revisions) and models/dbcopy
// (copying a database between engines). What differs between SQLite and
// PostgreSQL is asked of one interface (dialect.go) that each engine answers
// in its own file (dialect_sqlite.go, dialect_postgres.go). The test fixtures
// (testing.go, testing_db.go) open a Store on either engine.
package storage
