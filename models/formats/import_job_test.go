package formats_test

import (
	"runtime"
	"strings"
	"testing"
	"time"

	"github.com/factline/factline/models"
	"github.com/factline/factline/models/accounts"
	"github.com/factline/factline/models/demo"
	"github.com/factline/factline/models/formats"
	"github.com/factline/factline/models/formats/formatstest"
	"github.com/factline/factline/models/formats/importers"
	"github.com/factline/factline/models/imports"
	"github.com/factline/factline/models/storage"
)

// TestDeadImportIsUndoneByTheSweep: an import whose goroutine stops dead in
// its third transaction (as its process would, killed: no undo runs, the open
// transaction rolls back) leaves two batches and its journal in the database;
// once its heartbeat is stale, the sweep another instance runs deletes what it
// made and marks the job failed.
func TestDeadImportIsUndoneByTheSweep(t *testing.T) {
	store := storage.NewTestStore(t, nil)
	ctx := models.AsSystem(t.Context())
	if _, err := demo.Load(ctx, store); err != nil {
		t.Fatal(err)
	}
	before := formatstest.Counts(t, store)
	user := storage.Must(accounts.Of(store).CreateUser(ctx, "ana@example.org", "Ana", models.RoleEditor, "correct horse battery"))(t)
	doc, format, err := importers.Read(strings.NewReader(formatstest.BulkTimelineJS(4*formats.ImportBatch)), "bulk.json")
	if err != nil {
		t.Fatal(err)
	}
	plan := storage.Must(formats.NewPlan(ctx, store, doc, format, "bulk"))(t)
	job, started, err := imports.Of(store).StartImportJob(ctx, user.ID, "token", "Bulk", "bulk", len(doc.Entries))
	if err != nil || !started {
		t.Fatalf("start the job: %v, %v", started, err)
	}
	calls := 0
	plan.Journal = func(tx *storage.Store, made models.ImportMade, done int) error {
		if calls++; calls == 4 { // the head and two batches are committed
			runtime.Goexit()
		}
		return imports.Of(tx).JournalImportJob(ctx, job.ID, made, done)
	}
	stopped := make(chan struct{})
	go func() {
		defer close(stopped)
		_, _ = plan.Apply(ctx, store, &user.ID, nil)
		t.Error("the import went on")
	}()
	<-stopped
	half := storage.Must(imports.Of(store).GetImportJob(ctx, user.ID, "token"))(t)
	if half.State != models.ImportRunning || half.Done != 2*formats.ImportBatch {
		t.Fatalf("the dead job is %s at %d, want running at %d", half.State, half.Done, 2*formats.ImportBatch)
	}
	if formatstest.Counts(t, store) == before {
		t.Fatal("the dead import left nothing to undo: the test proves nothing")
	}
	if n := storage.Must(imports.Of(store).SweepStaleImportJobs(ctx, time.Hour))(t); n != 0 {
		t.Errorf("a job with a fresh heartbeat was swept")
	}
	time.Sleep(20 * time.Millisecond)
	if n := storage.Must(imports.Of(store).SweepStaleImportJobs(ctx, 10*time.Millisecond))(t); n != 1 {
		t.Fatalf("the sweep ended %d jobs, want 1", n)
	}
	if after := formatstest.Counts(t, store); after != before {
		t.Errorf("the dead import left rows behind: %s, before %s", after, before)
	}
	if got := storage.Must(imports.Of(store).GetImportJob(ctx, user.ID, "token"))(t); got.State != models.ImportFailed || got.Problems != models.ImportStoppedMessage {
		t.Errorf("the swept job is %s (%q)", got.State, got.Problems)
	}
}
