package storage

import (
	"errors"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"syscall"
	"testing"

	"github.com/jackc/pgx/v5/pgconn"

	"github.com/factline/factline/models"
)

// TestStorageProblemOf: a write refused because the disk is full or the
// database is read-only is told apart from any other failure, on both
// engines, through the Store's wrapping.
func TestStorageProblemOf(t *testing.T) {
	for code, want := range map[string]string{"53100": "disk is full", "25006": "read-only"} {
		err := fmt.Errorf("store: save claim: %w", &pgconn.PgError{Code: code})
		if sp, ok := StorageProblemOf(err); !ok || !strings.Contains(sp.Log, want) {
			t.Errorf("PostgreSQL %s: %v %q", code, ok, sp.Log)
		}
	}
	if _, ok := StorageProblemOf(fmt.Errorf("store: %w", &pgconn.PgError{Code: "23505"})); ok {
		t.Error("a unique violation was taken for a storage problem")
	}
	SkipOn(t, Postgres, "fills the database through SQLite's max_page_count")
	s := NewTestStore(t, nil)
	db := Must(s.DB())(t)
	if _, err := db.Exec("PRAGMA max_page_count = 1"); err != nil { // as many pages as now
		t.Fatal(err)
	}
	var err error
	for i := 0; i < 100 && err == nil; i++ {
		err = s.SaveClaim(models.AsSystem(t.Context()), &models.Claim{Text: strings.Repeat("The talks failed. ", 200)})
	}
	if sp, ok := StorageProblemOf(err); !ok || !strings.Contains(sp.Message, "disk is full") {
		t.Errorf("a full database: %v (%v)", sp, err)
	}
}

// TestUnwritableFolderIsNamedAtStart opens a database in a folder its user
// may not write in — new, and existing (SQLite must write its -wal and -shm
// files beside it) — and in a folder that does not exist: the error names the
// folder and what is wrong with it, where SQLite says "no such file or
// directory" and "attempt to write a readonly database". Run as root (who
// writes anywhere), the opening is done by a process running as nobody.
func TestUnwritableFolderIsNamedAtStart(t *testing.T) {
	SkipOn(t, Postgres, "SQLite's files")
	if path := os.Getenv("FACTLINE_OPEN_AS_NOBODY"); path != "" {
		_, err := Open(path, Options{})
		fmt.Println(err)
		return
	}
	root := t.TempDir()
	for _, d := range []string{filepath.Dir(root), root} {
		if err := os.Chmod(d, 0o755); err != nil {
			t.Fatal(err)
		}
	}
	fresh, existing := filepath.Join(root, "fresh"), filepath.Join(root, "existing")
	for _, d := range []string{fresh, existing} {
		if err := os.Mkdir(d, 0o755); err != nil {
			t.Fatal(err)
		}
	}
	s := NewTestStoreAt(t, filepath.Join(existing, "f.db"))
	if err := s.Close(); err != nil {
		t.Fatal(err)
	}
	if err := os.Chmod(filepath.Join(existing, "f.db"), 0o666); err != nil {
		t.Fatal(err)
	}
	for _, d := range []string{fresh, existing} {
		if err := os.Chmod(d, 0o555); err != nil {
			t.Fatal(err)
		}
	}
	open := func(path string) string {
		if os.Geteuid() != 0 {
			_, err := Open(path, Options{})
			return fmt.Sprint(err)
		}
		bin := filepath.Join(root, "open.test")
		if _, err := os.Stat(bin); err != nil {
			b := Must(os.ReadFile(os.Args[0]))(t)
			if err := os.WriteFile(bin, b, 0o755); err != nil {
				t.Fatal(err)
			}
		}
		cmd := exec.Command(bin, "-test.run=^TestUnwritableFolderIsNamedAtStart$")
		cmd.Env = append(os.Environ(), "FACTLINE_OPEN_AS_NOBODY="+path)
		cmd.Dir = root
		cmd.SysProcAttr = &syscall.SysProcAttr{Credential: &syscall.Credential{Uid: 65534, Gid: 65534}}
		out, err := cmd.Output()
		var exit *exec.ExitError
		if err != nil && !errors.As(err, &exit) {
			t.Fatal(err)
		}
		return string(out)
	}
	for path, want := range map[string]string{
		filepath.Join(fresh, "f.db"):           "cannot write in the folder " + fresh,
		filepath.Join(existing, "f.db"):        "cannot write in the folder " + existing,
		filepath.Join(root, "missing", "f.db"): "the folder " + filepath.Join(root, "missing") + " does not exist",
	} {
		if got := open(path); !strings.Contains(got, want) {
			t.Errorf("opening %s: %q, want %q", path, got, want)
		}
	}
}
