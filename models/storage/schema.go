package storage

import (
	"context"
	"fmt"
)

// What copying a database between engines (models/dbcopy) asks of the
// schema it reads and writes; the statements are the dialect's.

// Tables lists the tables of s's database.
func (s *Store) Tables(ctx context.Context) ([]string, error) {
	var names []string
	if err := s.r(ctx).Raw(s.dialect.tablesQuery()).Scan(&names).Error; err != nil {
		return nil, fmt.Errorf("store: list tables: %w", err)
	}
	return names, nil
}

// ColumnTypes returns the columns of a table that can be written, by name,
// with their declared types in lower case.
func (s *Store) ColumnTypes(ctx context.Context, table string) (map[string]string, error) {
	var cols []struct{ Name, Type string }
	if err := s.r(ctx).Raw(s.dialect.columnsQuery(), table).Scan(&cols).Error; err != nil {
		return nil, fmt.Errorf("store: columns of %s: %w", table, err)
	}
	out := make(map[string]string, len(cols))
	for _, c := range cols {
		out[c.Name] = c.Type
	}
	return out, nil
}

// GeneratedColumns are the columns of a table that the database computes.
func (s *Store) GeneratedColumns(ctx context.Context, table string) (map[string]bool, error) {
	var names []string
	if err := s.r(ctx).Raw(s.dialect.generatedQuery(), table).Scan(&names).Error; err != nil {
		return nil, fmt.Errorf("store: generated columns of %s: %w", table, err)
	}
	out := make(map[string]bool, len(names))
	for _, n := range names {
		out[n] = true
	}
	return out, nil
}

// CopyValue is v, read from another database, as s stores a column of type
// typ (lower case): SQLite's 0 and 1 of a boolean column become booleans,
// text of a bytea column bytes, and bytes become text where this engine
// keeps none (bytesColumn).
func (s *Store) CopyValue(v any, typ string) any {
	switch x := v.(type) {
	case int64:
		if typ == "boolean" {
			return x != 0
		}
	case string:
		if typ == "bytea" {
			return []byte(x)
		}
	case []byte:
		if !s.dialect.bytesColumn(typ) {
			return string(x)
		}
	}
	return v
}

// RestartIDs moves the ids the next rows of tables get past those copied in.
func (s *Store) RestartIDs(ctx context.Context, tables []string) error {
	return s.dialect.restartIDs(ctx, s, tables)
}
