package storage

import (
	"context"
	"fmt"
	"path/filepath"
	"regexp"
	"slices"
	"strings"
	"testing"
)

// schema is what the two migration trees must agree on, by name ("table
// claims", "column claims.text", "index claims_speaker", "trigger claims
// insert": that some trigger answers inserts into claims) to what it is there
// (the kind of a column's type, an index's table); a name is absent when the
// engine has no such thing.
type schema map[string]string

// schemaOf reads the schema of a migrated store's database.
func schemaOf(t *testing.T, s *Store) schema {
	t.Helper()
	ctx := context.Background()
	out := schema{}
	scan := func(q string, each func(cols []string)) {
		t.Helper()
		rows, err := s.r(ctx).Raw(q).Rows()
		if err != nil {
			t.Fatalf("%s: %v", q, err)
		}
		defer rows.Close()
		n, _ := rows.Columns()
		for rows.Next() {
			cols := make([]string, len(n))
			ptrs := make([]any, len(n))
			for i := range cols {
				ptrs[i] = &cols[i]
			}
			if err := rows.Scan(ptrs...); err != nil {
				t.Fatal(err)
			}
			each(cols)
		}
		if err := rows.Err(); err != nil {
			t.Fatal(err)
		}
	}
	if s.Engine() == Postgres {
		scan(`SELECT table_name, table_type FROM information_schema.tables WHERE table_schema = current_schema()`, func(c []string) {
			if c[1] == "VIEW" {
				out["view "+c[0]] = "view"
			} else {
				out["table "+c[0]] = "table"
			}
		})
		scan(`SELECT c.table_name, c.column_name, c.data_type, c.is_generated FROM information_schema.columns c
			JOIN information_schema.tables t ON t.table_schema = c.table_schema AND t.table_name = c.table_name
			WHERE c.table_schema = current_schema() AND t.table_type = 'BASE TABLE'`, func(c []string) {
			out["column "+c[0]+"."+c[1]] = typeKind(c[2], c[3] == "ALWAYS")
		})
		scan(`SELECT i.relname, t.relname FROM pg_index x JOIN pg_class i ON i.oid = x.indexrelid
			JOIN pg_class t ON t.oid = x.indrelid JOIN pg_namespace n ON n.oid = t.relnamespace
			WHERE n.nspname = current_schema() AND NOT EXISTS (SELECT 1 FROM pg_constraint k WHERE k.conindid = x.indexrelid)`,
			func(c []string) { out["index "+c[0]] = "on " + c[1] })
		scan(`SELECT DISTINCT event_object_table, event_manipulation FROM information_schema.triggers
			WHERE trigger_schema = current_schema()`, func(c []string) { out["trigger "+c[0]+" "+strings.ToLower(c[1])] = "trigger" })
		return out
	}
	var tables, virtual []string
	scan(`SELECT type, name, tbl_name, coalesce(sql, '') FROM sqlite_master WHERE name NOT LIKE 'sqlite\_%' ESCAPE '\'`, func(c []string) {
		switch c[0] {
		case "table":
			out["table "+c[1]] = "table"
			if strings.HasPrefix(strings.ToUpper(c[3]), "CREATE VIRTUAL TABLE") {
				out["table "+c[1]] = "virtual table"
				virtual = append(virtual, c[1])
			}
			tables = append(tables, c[1])
		case "view":
			out["view "+c[1]] = "view"
		case "index":
			if c[3] != "" { // not the index of a constraint
				out["index "+c[1]] = "on " + c[2]
			}
		case "trigger":
			m := triggerEvent.FindStringSubmatch(c[3])
			if m == nil {
				t.Fatalf("trigger %s: no event in %q", c[1], c[3])
			}
			out["trigger "+c[2]+" "+strings.ToLower(m[1])] = "trigger"
		}
	})
	// A virtual table's shadow tables (FTS5's _data, _idx, …) are its
	// engine's own, not the schema's.
	tables = slices.DeleteFunc(tables, func(table string) bool {
		for _, v := range virtual {
			if strings.HasPrefix(table, v+"_") {
				delete(out, "table "+table)
				return true
			}
		}
		return false
	})
	for _, table := range tables {
		scan(fmt.Sprintf(`SELECT name, type, hidden FROM pragma_table_xinfo('%s')`, table), func(c []string) {
			if c[2] != "1" { // a virtual table's hidden columns (FTS5's rank) are not stored
				out["column "+table+"."+c[0]] = typeKind(c[1], c[2] == "2" || c[2] == "3")
			}
		})
	}
	return out
}

// triggerEvent finds the event in a SQLite trigger's statement.
var triggerEvent = regexp.MustCompile(`(?is)^CREATE\s+TRIGGER\s+(?:IF\s+NOT\s+EXISTS\s+)?\S+\s+(?:BEFORE\s+|AFTER\s+|INSTEAD\s+OF\s+)?(INSERT|UPDATE|DELETE)\b`)

// typeKind is the kind of a column's declared type, the same for the types
// each engine uses for one thing.
func typeKind(typ string, generated bool) string {
	t := strings.ToLower(typ)
	kind := t
	switch {
	case t == "":
		kind = "untyped"
	case t == "boolean" || t == "bool":
		kind = "boolean"
	case strings.Contains(t, "int"):
		kind = "integer"
	case t == "text" || strings.Contains(t, "char"):
		kind = "text"
	case t == "datetime" || strings.HasPrefix(t, "timestamp"):
		kind = "time"
	case t == "real" || strings.HasPrefix(t, "double") || t == "numeric":
		kind = "real"
	case t == "blob" || t == "bytea":
		kind = "bytes"
	}
	if generated {
		kind += ", generated"
	}
	return kind
}

// intendedDifferences are where the SQLite tree (migrations/) and the
// PostgreSQL tree (migrations/postgres/) differ on purpose, each with what
// each engine has ("" for nothing) and why. Anything else that differs is
// drift, and so is an entry here that no longer differs.
var intendedDifferences = map[string]struct{ sqlite, postgres, why string }{
	"column citations.orphaned":            {"integer", "boolean", "SQLite has no boolean type; Copy converts 0/1"},
	"column claims.verbatim":               {"integer", "boolean", "SQLite has no boolean type; Copy converts 0/1"},
	"column timelines.import_pending":      {"integer", "boolean", "SQLite has no boolean type; Copy converts 0/1"},
	"column source_pdfs.ligatures_missing": {"integer", "boolean", "SQLite has no boolean type; Copy converts 0/1"},
	"column goose_db_version.is_applied":   {"integer", "boolean", "goose's own table, as goose makes it on each engine"},
	"column revisions.before":              {"text", "bytes", "JSON kept as written: TEXT on SQLite, bytea on PostgreSQL"},
	"column revisions.after":               {"text", "bytes", "JSON kept as written: TEXT on SQLite, bytea on PostgreSQL"},
	"column versions.snapshot":             {"text", "bytes", "JSON kept as written: TEXT on SQLite, bytea on PostgreSQL"},
	"column sessions.expiry":               {"real", "time", "scs's own session tables (sqlite3store, postgresstore)"},
	"table search_index":                   {"virtual table", "table", "search: FTS5 on SQLite, a tsvector column and a GIN index on PostgreSQL"},
	"column search_index.kind":             {"untyped", "text", "FTS5 columns have no type"},
	"column search_index.item_id":          {"untyped", "integer", "FTS5 columns have no type"},
	"column search_index.title":            {"untyped", "text", "FTS5 columns have no type"},
	"column search_index.body":             {"untyped", "text", "FTS5 columns have no type"},
	"column search_index.id":               {"", "integer", "FTS5 has its rowid"},
	"column search_index.words":            {"", "tsvector, generated", "PostgreSQL's search reads the words FTS5 keeps in its own tables"},
	"index search_index_words":             {"", "on search_index", "the GIN index of those words"},
	"index users_email":                    {"", "on users", "emails are unique whatever their case: SQLite's UNIQUE COLLATE NOCASE, PostgreSQL's unique index on lower(email)"},
	"view claim_entry_counts":              {"view", "", "SQLite's counts triggers read a view of their own table's entries (00023); PostgreSQL's trigger functions need none"},
	"view event_entry_counts":              {"view", "", "as claim_entry_counts"},
	"view participant_entry_counts":        {"view", "", "as claim_entry_counts"},
	"view tag_entry_counts":                {"view", "", "as claim_entry_counts"},
}

// TestMigrationTreesAgree migrates both trees and compares tables, views,
// columns and the kind of their types, indexes, and which events of which
// tables have triggers, against intendedDifferences. On SQLite alone it checks
// SQLite's side of each intended difference; the comparison runs when
// FACTLINE_TEST_DB names a PostgreSQL database.
func TestMigrationTreesAgree(t *testing.T) {
	lite := schemaOf(t, NewTestStoreAt(t, filepath.Join(t.TempDir(), "drift.db")))
	if len(lite) < 100 || lite["table claims"] == "" || lite["trigger claims insert"] == "" {
		t.Fatalf("SQLite's schema was not read: %v", lite)
	}
	for name, d := range intendedDifferences {
		if lite[name] != d.sqlite {
			t.Errorf("%s: SQLite has %q, the intended differences say %q", name, lite[name], d.sqlite)
		}
	}
	if TestEngine() != Postgres {
		t.Logf("compared SQLite's side only: set %s to a PostgreSQL database to compare the trees", TestDBEnv)
		return
	}
	pg := schemaOf(t, NewTestStore(t, nil))
	names := map[string]bool{}
	for name := range lite {
		names[name] = true
	}
	for name := range pg {
		names[name] = true
	}
	var drift []string
	for name := range names {
		d, intended := intendedDifferences[name]
		switch {
		case intended && (lite[name] != d.sqlite || pg[name] != d.postgres):
			drift = append(drift, fmt.Sprintf("%s: SQLite %q, PostgreSQL %q; intended: SQLite %q, PostgreSQL %q",
				name, lite[name], pg[name], d.sqlite, d.postgres))
		case !intended && lite[name] != pg[name]:
			drift = append(drift, fmt.Sprintf("%s: SQLite %q, PostgreSQL %q", name, lite[name], pg[name]))
		}
	}
	slices.Sort(drift)
	for _, d := range drift {
		t.Errorf("the migration trees drift apart: %s (change both trees, or say why in intendedDifferences)", d)
	}
}
