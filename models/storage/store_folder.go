package storage

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
)

// checkSQLitePath says plainly why SQLite could not keep its database at
// path, where SQLite itself says "unable to open database file: no such file
// or directory" for a folder it may not write in, or "attempt to write a
// readonly database" for an existing database there: the folder is missing,
// or not writable by the user factline runs as (SQLite writes the journal, the
// -wal and -shm files, beside the database, so even an existing database needs
// a writable folder), or the file itself is read-only.
func checkSQLitePath(path string) error {
	if path == "" || path == ":memory:" || strings.HasPrefix(path, "file:") {
		return nil
	}
	dir := filepath.Dir(path)
	fi, err := os.Stat(dir)
	switch {
	case errors.Is(err, fs.ErrNotExist):
		return fmt.Errorf("store: open %s: the folder %s does not exist; create it, or give --db a path in a folder that does", path, dir)
	case err != nil:
		return fmt.Errorf("store: open %s: %w", path, err)
	case !fi.IsDir():
		return fmt.Errorf("store: open %s: %s is not a folder", path, dir)
	}
	probe, err := os.CreateTemp(dir, ".factline-write-check-*")
	if err != nil {
		return fmt.Errorf("store: open %s: factline cannot write in the folder %s (%v); SQLite keeps the database's journal (its -wal and -shm files) beside it, so the folder must be writable by the user factline runs as",
			path, dir, pathReason(err))
	}
	_ = probe.Close()
	_ = os.Remove(probe.Name())
	f, err := os.OpenFile(path, os.O_WRONLY, 0)
	if errors.Is(err, fs.ErrNotExist) {
		return nil // SQLite creates it
	}
	if err != nil {
		return fmt.Errorf("store: open %s: factline cannot write the database file (%v); make it writable by the user factline runs as", path, pathReason(err))
	}
	return f.Close()
}

// pathReason is the system's reason of a file error, without the path it names.
func pathReason(err error) error {
	var pe *fs.PathError
	if errors.As(err, &pe) {
		return pe.Err
	}
	return err
}
