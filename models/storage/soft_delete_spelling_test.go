package storage_test

import (
	"io/fs"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
)

// TestSoftDeleteHasOneSpelling: no Go file under models but live.go writes a
// condition on deleted_at of its own; a hand-written statement leaves the
// trash out with storage.Live and reads it with storage.InTrash, so that the
// soft-delete rule is said once (live.go).
func TestSoftDeleteHasOneSpelling(t *testing.T) {
	own := regexp.MustCompile(`(?i)deleted_at\)?\s+IS\s`)
	err := filepath.WalkDir("..", func(path string, e fs.DirEntry, err error) error {
		if err != nil || e.IsDir() || !strings.HasSuffix(path, ".go") || strings.HasSuffix(path, "_test.go") ||
			path == filepath.Join("..", "storage", "live.go") {
			return err
		}
		b, err := os.ReadFile(path)
		if err != nil {
			return err
		}
		for i, line := range strings.Split(string(b), "\n") {
			if own.MatchString(line) {
				t.Errorf("%s:%d: a deleted_at condition of its own; say it with storage.Live or storage.InTrash: %s",
					path, i+1, strings.TrimSpace(line))
			}
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
}
