package main

import (
	"context"
	"fmt"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/factline/factline/models"
	"github.com/factline/factline/models/imports"
	"github.com/factline/factline/models/storage"
)

// TestKilledCommandLineImportIsUndone kills `factline import` (SIGKILL, so no
// undo runs) half-way through a public timeline of 2,000 entries: the job it
// journals is left running in import_jobs, and once its heartbeat is stale the
// sweep any instance runs deletes the half-made timeline and what came with it.
func TestKilledCommandLineImportIsUndone(t *testing.T) {
	if os.Getenv("FACTLINE_KILL_IMPORT") != "" {
		return // the import itself runs in TestHelperImport
	}
	dsn := storage.TestDSN(t)
	if storage.TestEngine() == storage.SQLite {
		dsn = filepath.Join(t.TempDir(), "kill.db")
	}
	store := storage.NewTestStoreAt(t, dsn)
	ctx := models.AsSystem(t.Context())
	empty := rowCounts(t, store)
	file := filepath.Join(t.TempDir(), "bulk.tl.json")
	if err := os.WriteFile(file, []byte(bulkSlides(2000)), 0o600); err != nil {
		t.Fatal(err)
	}
	cmd := exec.Command(os.Args[0], "-test.run=^TestHelperImport$")
	cmd.Env = append(os.Environ(), "FACTLINE_KILL_IMPORT="+dsn, "FACTLINE_KILL_FILE="+file)
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	for deadline := time.Now().Add(60 * time.Second); store.CountRows(t, "timeline_entries") < 200; time.Sleep(10 * time.Millisecond) {
		if time.Now().After(deadline) {
			_ = cmd.Process.Kill()
			t.Fatal("the import wrote fewer than 200 entries in 60 s")
		}
	}
	if err := cmd.Process.Signal(syscall.SIGKILL); err != nil {
		t.Fatal(err)
	}
	_ = cmd.Wait()
	half, err := store.GetTimeline(ctx, "bulk")
	if err != nil || !half.ImportPending {
		t.Fatalf("the killed import left no pending timeline (%v): the test proves nothing", err)
	}
	db := storage.Must(store.DB())(t)
	var jobs int
	if err := db.QueryRow("SELECT count(*) FROM import_jobs WHERE state = 'running' AND made <> ''").Scan(&jobs); err != nil || jobs != 1 {
		t.Fatalf("the killed import left %d running journalled jobs (%v), want 1", jobs, err)
	}
	if n := storage.Must(imports.Of(store).SweepStaleImportJobs(ctx, models.ImportStale))(t); n != 0 {
		t.Fatal("a job whose heartbeat is fresh was swept")
	}
	backdate := "UPDATE import_jobs SET heartbeat_at = ?"
	if storage.TestEngine() == storage.Postgres {
		backdate = "UPDATE import_jobs SET heartbeat_at = $1"
	}
	if _, err := db.Exec(backdate, time.Now().UTC().Add(-2*models.ImportStale)); err != nil {
		t.Fatal(err)
	}
	if n := storage.Must(imports.Of(store).SweepStaleImportJobs(ctx, models.ImportStale))(t); n != 1 {
		t.Fatalf("the sweep ended %d jobs, want 1", n)
	}
	if _, err := store.GetTimeline(ctx, "bulk"); err == nil {
		t.Error("the half-made timeline is still there after the sweep")
	}
	if got := rowCounts(t, store); got != empty {
		t.Errorf("the sweep left %s, want %s", got, empty)
	}
}

// TestHelperImport is the process TestKilledCommandLineImportIsUndone kills.
func TestHelperImport(t *testing.T) {
	dsn := os.Getenv("FACTLINE_KILL_IMPORT")
	if dsn == "" {
		t.Skip("only as the import of TestKilledCommandLineImportIsUndone")
	}
	err := run(context.Background(), []string{"import", os.Getenv("FACTLINE_KILL_FILE"), "--db", dsn,
		"--timeline", "bulk", "--visibility", "public"}, nil, io.Discard, io.Discard)
	t.Errorf("the import ended before it was killed: %v", err)
}

// bulkSlides is a TimelineJS3 file of n slides, each with a credit (an actor).
func bulkSlides(n int) string {
	var b strings.Builder
	b.WriteString(`{"title":{"text":{"headline":"Bulk"}},"events":[`)
	for i := range n {
		if i > 0 {
			b.WriteByte(',')
		}
		fmt.Fprintf(&b, `{"start_date":{"year":"%d","month":"%d","day":"%d"},"text":{"headline":"Slide %d","text":"<p>Text %d</p>"},"media":{"url":"https://example.org/%d","credit":"Credit %d"}}`,
			1900+i%100, 1+i%12, 1+i%28, i, i, i, i%50)
	}
	b.WriteString(`]}`)
	return b.String()
}

// rowCounts counts the rows an import makes.
func rowCounts(t *testing.T, store *storage.Store) string {
	t.Helper()
	var parts []string
	for _, table := range []string{"timelines", "timeline_entries", "events", "claims", "actors", "sources", "citations", "revisions"} {
		parts = append(parts, fmt.Sprintf("%s=%d", table, store.CountRows(t, table)))
	}
	return strings.Join(parts, " ")
}
