package web

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
	"github.com/factline/factline/models/formats"
)

// TestBackgroundImportRecordsWhoMadeIt: an import confirmed through htmx runs
// in the background, and its history names the editor who confirmed it.
func TestBackgroundImportRecordsWhoMadeIt(t *testing.T) {
	tc := newTestClient(t)
	if _, err := models.LoadDemo(t.Context(), tc.store); err != nil {
		t.Fatal(err)
	}
	export := exportBody(t, tc, "/timelines/"+models.DemoSlug+"/export/json")
	tc.get("/import", nil)
	_, doc := tc.upload("/import", "demo.json", export, map[string]string{"slug": "copy-of-demo"})
	form := doc.Find(`[data-testid="import-preview"] form`)
	res, _ := tc.post(form.AttrOr("action", ""), formOf(form), true)
	if res.StatusCode >= 400 {
		t.Fatalf("confirm: %d", res.StatusCode)
	}
	var tl *models.Timeline
	for deadline := time.Now().Add(20 * time.Second); tl == nil; time.Sleep(20 * time.Millisecond) {
		if time.Now().After(deadline) {
			t.Fatal("the import did not finish in 20 s")
		}
		if got, err := tc.store.GetTimeline(t.Context(), "copy-of-demo"); err == nil && !got.ImportPending {
			tl = got
		}
	}
	revs := models.Must(tc.store.History(t.Context(), "timeline", tl.ID))(t)
	if len(revs) == 0 {
		t.Fatal("the imported timeline has no history")
	}
	for _, r := range revs {
		if r.UserName != "editor" {
			t.Errorf("revision %d (%s) is by %q, want the editor who imported", r.ID, r.Action, r.UserName)
		}
	}
}

// TestShutdownWaitsForRunningImports: once the server's context is cancelled,
// Wait returns only after a running import has ended (undoing itself), so the
// store is never closed under it.
func TestShutdownWaitsForRunningImports(t *testing.T) {
	ctx, cancel := context.WithCancel(t.Context())
	store := models.NewTestStore(t, nil)
	s, err := New(ctx, Config{}, store, slog.New(slog.NewTextHandler(io.Discard, nil)))
	if err != nil {
		t.Fatal(err)
	}
	started := make(chan struct{})
	var ended atomic.Bool
	work := func(ctx context.Context, _ func(), _ journal) (*models.Timeline, error) {
		close(started)
		<-ctx.Done()
		time.Sleep(100 * time.Millisecond) // undoing what it made
		ended.Store(true)
		return nil, ctx.Err()
	}
	user := models.Must(store.CreateUser(t.Context(), "ana@example.org", "Ana", models.RoleEditor, "correct horse battery"))(t)
	if _, err := s.imports.start(user, "token", formats.DocTimeline{Title: "Long"}, 1, work, func() {}); err != nil {
		t.Fatal(err)
	}
	<-started
	cancel()
	s.Wait()
	if !ended.Load() {
		t.Error("Wait returned while the import was still running")
	}
}

// TestDeadImportIsUndoneWithoutAsking: an import whose process died (its
// goroutine stops dead after two batches, leaving its journal and a stale
// heartbeat) is undone by the server's periodic sweep, though nobody asks for
// its progress and the server was already running when it died.
func TestDeadImportIsUndoneWithoutAsking(t *testing.T) {
	store := models.NewTestStore(t, nil)
	ctx := models.AsSystem(t.Context())
	if _, err := New(t.Context(), Config{ImportSweep: 20 * time.Millisecond}, store, slog.New(slog.NewTextHandler(io.Discard, nil))); err != nil {
		t.Fatal(err)
	}
	user := models.Must(store.CreateUser(ctx, "ana@example.org", "Ana", models.RoleEditor, "correct horse battery"))(t)
	doc, format, err := formats.Read(strings.NewReader(`{"title":{"text":{"headline":"Dead"}},"events":[`+
		strings.Repeat(`{"start_date":{"year":"2022"},"text":{"headline":"Slide"}},`, 99)+
		`{"start_date":{"year":"2022"},"text":{"headline":"Slide"}}]}`), "dead.json")
	if err != nil {
		t.Fatal(err)
	}
	plan := models.Must(formats.NewPlan(ctx, store, doc, format, "dead"))(t)
	job, _, err := store.StartImportJob(ctx, user.ID, "token", "Dead", "dead", len(doc.Entries))
	if err != nil {
		t.Fatal(err)
	}
	calls := 0
	plan.Journal = func(tx *models.Store, made models.ImportMade, done int) error {
		if calls++; calls == 3 { // the head and a batch are committed: the process dies
			runtime.Goexit()
		}
		return tx.JournalImportJob(ctx, job.ID, made, done)
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
	db := models.Must(store.DB())(t)
	backdate := "UPDATE import_jobs SET heartbeat_at = ?"
	if models.TestDialect() == models.Postgres {
		backdate = "UPDATE import_jobs SET heartbeat_at = $1"
	}
	if _, err := db.Exec(backdate, time.Now().UTC().Add(-2*models.ImportStale)); err != nil {
		t.Fatal(err)
	}
	for deadline := time.Now().Add(10 * time.Second); ; time.Sleep(20 * time.Millisecond) {
		_, err := store.GetTimeline(ctx, "dead")
		if errors.Is(err, models.ErrNotFound) {
			break
		}
		if time.Now().After(deadline) {
			t.Fatalf("the dead import's timeline is still there after 10 s (%v)", err)
		}
	}
	if got := models.Must(store.GetImportJob(ctx, user.ID, "token"))(t); got.State != models.ImportFailed {
		t.Errorf("the dead import's job is %s, want failed", got.State)
	}
}
