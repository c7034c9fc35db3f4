package jobs

import (
	"context"
	"errors"
	"io"
	"log/slog"
	"runtime"
	"strings"
	"sync/atomic"
	"testing"
	"time"

	"github.com/factline/factline/models"
	"github.com/factline/factline/models/accounts"
	"github.com/factline/factline/models/formats"
	"github.com/factline/factline/models/formats/importers"
	"github.com/factline/factline/models/imports"
	"github.com/factline/factline/models/storage"
)

// TestShutdownWaitsForRunningImports: once the server's context is cancelled,
// Wait returns only after a running import has ended (undoing itself), so the
// store is never closed under it.
func TestShutdownWaitsForRunningImports(t *testing.T) {
	ctx, cancel := context.WithCancel(t.Context())
	store := storage.NewTestStore(t, nil)
	imports := NewImports(ctx, store, slog.New(slog.NewTextHandler(io.Discard, nil)), time.Hour)
	started := make(chan struct{})
	var ended atomic.Bool
	work := func(ctx context.Context, _ func(), _ Journal) (*models.Timeline, error) {
		close(started)
		<-ctx.Done()
		time.Sleep(100 * time.Millisecond) // undoing what it made
		ended.Store(true)
		return nil, ctx.Err()
	}
	user := storage.Must(accounts.Of(store).CreateUser(t.Context(), "ana@example.org", "Ana", models.RoleEditor, "correct horse battery"))(t)
	if _, err := imports.Start(user, "token", formats.DocTimeline{Title: "Long"}, 1, work, func() {}); err != nil {
		t.Fatal(err)
	}
	<-started
	cancel()
	imports.Wait()
	if !ended.Load() {
		t.Error("Wait returned while the import was still running")
	}
}

// TestDeadImportIsUndoneWithoutAsking: an import whose process died (its
// goroutine stops dead after two batches, leaving its journal and a stale
// heartbeat) is undone by the server's periodic sweep, though nobody asks for
// its progress and the server was already running when it died.
func TestDeadImportIsUndoneWithoutAsking(t *testing.T) {
	store := storage.NewTestStore(t, nil)
	ctx := models.AsSystem(t.Context())
	NewImports(t.Context(), store, slog.New(slog.NewTextHandler(io.Discard, nil)), time.Hour).Sweep(20 * time.Millisecond)
	user := storage.Must(accounts.Of(store).CreateUser(ctx, "ana@example.org", "Ana", models.RoleEditor, "correct horse battery"))(t)
	doc, format, err := importers.Read(strings.NewReader(`{"title":{"text":{"headline":"Dead"}},"events":[`+
		strings.Repeat(`{"start_date":{"year":"2022"},"text":{"headline":"Slide"}},`, 99)+
		`{"start_date":{"year":"2022"},"text":{"headline":"Slide"}}]}`), "dead.json")
	if err != nil {
		t.Fatal(err)
	}
	plan := storage.Must(formats.NewPlan(ctx, store, doc, format, "dead"))(t)
	job, _, err := imports.Of(store).StartImportJob(ctx, user.ID, "token", "Dead", "dead", len(doc.Entries))
	if err != nil {
		t.Fatal(err)
	}
	calls := 0
	plan.Journal = func(tx *storage.Store, made models.ImportMade, done int) error {
		if calls++; calls == 3 { // the head and a batch are committed: the process dies
			runtime.Goexit()
		}
		return imports.Of(tx).JournalImportJob(ctx, job.ID, made, done)
	}
	dead := make(chan struct{})
	go func() {
		defer close(dead)
		_, _ = plan.Apply(ctx, store, &user.ID, nil)
	}()
	<-dead
	if _, err := store.GetTimeline(ctx, "dead"); err != nil {
		t.Fatalf("the dead import left no timeline: the test proves nothing (%v)", err)
	}
	db := storage.Must(store.DB())(t)
	backdate := "UPDATE import_jobs SET heartbeat_at = ?"
	if storage.TestEngine() == storage.Postgres {
		backdate = "UPDATE import_jobs SET heartbeat_at = $1"
	}
	if _, err := db.Exec(backdate, time.Now().UTC().Add(-2*models.ImportStale)); err != nil {
		t.Fatal(err)
	}
	for deadline := time.Now().Add(10 * time.Second); ; time.Sleep(20 * time.Millisecond) {
		_, err := store.GetTimeline(ctx, "dead")
		if errors.Is(err, storage.ErrNotFound) {
			break
		}
		if time.Now().After(deadline) {
			t.Fatalf("the dead import's timeline is still there after 10 s (%v)", err)
		}
	}
	if got := storage.Must(imports.Of(store).GetImportJob(ctx, user.ID, "token"))(t); got.State != models.ImportFailed {
		t.Errorf("the dead import's job is %s, want failed", got.State)
	}
}
