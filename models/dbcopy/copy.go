// Package dbcopy copies a whole factline database into another, empty one,
// between SQLite and PostgreSQL in either direction (factline copy). It reads
// the schemas and writes the rows through each side's storage.Store.
package dbcopy

import (
	"context"
	"fmt"
	"slices"
	"strings"

	"github.com/factline/factline/models/storage"
)

// copyTables are the tables Copy moves, in an order that inserts what a row
// refers to before the row.
var copyTables = []string{"users", "actors", "roles", "sources", "source_pdfs", "source_pages", "source_paragraphs", "capture_blobs", "captures", "capture_timestamps", "live_checks", "claims", "events", "event_participants",
	"citations", "relations", "tags", "timelines", "timeline_entries", "timeline_eras", "timeline_collaborators",
	"share_links", "versions", "version_scope", "revisions", "api_tokens"}

// notCopied are the tables Copy leaves behind: the search index and the
// timelines' counts (the target's triggers write them as the rows arrive), sessions (everyone signs in again on
// the new database), sign-in attempts, import jobs, the target's own counter
// of writes (data_version) and the migrations' own.
var notCopied = []string{"search_index", "timeline_counts", "timeline_scale_counts", "sessions", "user_sessions", "login_attempts", "import_jobs",
	"data_version", "goose_db_version", "sqlite_sequence"}

// Copy copies every row of every table of from (history, versions and trash
// included, with their ids) into to, which must be migrated and empty; it
// works in either direction between SQLite and PostgreSQL. A table of from
// that Copy does not know is refused, so that nothing is left behind
// unnoticed, and so is a column of from that the target has no column for.
// progress, when set, is called after each table.
func Copy(ctx context.Context, from, to *storage.Store, progress func(table string, rows int)) error {
	tables, err := from.Tables(ctx)
	if err != nil {
		return err
	}
	for _, t := range tables {
		if !slices.Contains(copyTables, t) && !slices.Contains(notCopied, t) && !strings.HasPrefix(t, "search_index_") {
			return fmt.Errorf("copy: the table %s is not one copy knows: nothing was copied", t)
		}
	}
	if err := checkColumns(ctx, from, to); err != nil {
		return err
	}
	for _, t := range copyTables {
		var n int64
		if err := to.Reader(ctx).Table(t).Count(&n).Error; err != nil {
			return fmt.Errorf("copy: %s of the target: %w", t, err)
		}
		if n > 0 {
			return fmt.Errorf("copy: the target is not empty (%s has %d rows): copy into a new database", t, n)
		}
	}
	return to.WithTx(ctx, func(tx *storage.Store) error {
		for _, t := range copyTables {
			n, err := copyTable(ctx, from, tx, t)
			if err != nil {
				return fmt.Errorf("copy: %s: %w", t, err)
			}
			if progress != nil {
				progress(t, n)
			}
		}
		return tx.RestartIDs(ctx, copyTables)
	})
}

// checkColumns refuses, before anything is copied, a column of from that
// holds data and that the same table of to lacks (a database migrated to
// another version, a tree that drifted): its values would be left behind
// unnoticed. A column the target computes itself (generated) is placed.
func checkColumns(ctx context.Context, from, to *storage.Store) error {
	for _, t := range copyTables {
		have, err := from.ColumnTypes(ctx, t)
		if err != nil {
			return fmt.Errorf("copy: columns of %s: %w", t, err)
		}
		place, err := to.ColumnTypes(ctx, t)
		if err != nil {
			return fmt.Errorf("copy: columns of %s in the target: %w", t, err)
		}
		computed, err := to.GeneratedColumns(ctx, t)
		if err != nil {
			return fmt.Errorf("copy: columns of %s in the target: %w", t, err)
		}
		var lost []string
		for c := range have {
			if _, ok := place[c]; !ok && !computed[c] {
				lost = append(lost, t+"."+c)
			}
		}
		if len(lost) > 0 {
			slices.Sort(lost)
			return fmt.Errorf("copy: the target has no column for %s: nothing was copied (are both databases migrated by the same factline?)",
				strings.Join(lost, ", "))
		}
	}
	return nil
}

// maxCopyBatchBytes bounds the bytes one INSERT of Copy carries.
const maxCopyBatchBytes = 16 << 20

// copyTable copies one table's rows, in batches of one INSERT each, and
// returns how many.
func copyTable(ctx context.Context, from, to *storage.Store, table string) (int, error) {
	types, err := to.ColumnTypes(ctx, table)
	if err != nil {
		return 0, err
	}
	rows, err := from.Reader(ctx).Raw("SELECT * FROM " + table).Rows()
	if err != nil {
		return 0, err
	}
	defer rows.Close()
	names, err := rows.Columns()
	if err != nil {
		return 0, err
	}
	var cols []int // of names, the target's
	var quoted []string
	for i, n := range names {
		if _, ok := types[n]; ok {
			cols = append(cols, i)
			quoted = append(quoted, `"`+n+`"`)
		}
	}
	batch := max(1, min(500, 30000/max(1, len(cols))))
	head := "INSERT INTO " + table + " (" + strings.Join(quoted, ", ") + ") VALUES "
	one := "(" + strings.TrimSuffix(strings.Repeat("?, ", len(cols)), ", ") + ")"
	var args []any
	pending, total, size := 0, 0, 0

	flush := func() error {
		if pending == 0 {
			return nil
		}
		stmt := head + strings.TrimSuffix(strings.Repeat(one+", ", pending), ", ")
		if err := to.Writer(ctx).Exec(stmt, args...).Error; err != nil {
			return err
		}
		total += pending
		args, pending, size = args[:0], 0, 0
		return nil
	}
	values := make([]any, len(names))
	ptrs := make([]any, len(names))
	for i := range values {
		ptrs[i] = &values[i]
	}
	for rows.Next() {
		if err := rows.Scan(ptrs...); err != nil {
			return total, err
		}
		for _, i := range cols {
			args = append(args, to.CopyValue(values[i], types[names[i]]))
			if b, ok := values[i].([]byte); ok {
				size += len(b)
			}
		}
		// A batch of captures' bytes is bounded by its size, not its rows.
		if pending++; pending == batch || size >= maxCopyBatchBytes {
			if err := flush(); err != nil {
				return total, err
			}
		}
	}
	if err := rows.Err(); err != nil {
		return total, err
	}
	return total, flush()
}

// TableCounts is the row count of every table Copy copies, as one line.
func TableCounts(ctx context.Context, s *storage.Store) (string, error) {
	var parts []string
	for _, t := range copyTables {
		var n int64
		if err := s.Reader(ctx).Table(t).Count(&n).Error; err != nil {
			return "", fmt.Errorf("count %s: %w", t, err)
		}
		parts = append(parts, fmt.Sprintf("%s=%d", t, n))
	}
	return strings.Join(parts, " "), nil
}
