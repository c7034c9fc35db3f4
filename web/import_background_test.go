package web

import (
	"context"
	"io"
	"log/slog"
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
