package formats_test

import (
	"context"
	"strings"
	"testing"

	"github.com/factline/factline/models"
	"github.com/factline/factline/models/demo"
	"github.com/factline/factline/models/formats"
	"github.com/factline/factline/models/formats/formatstest"
	"github.com/factline/factline/models/formats/importers"
	"github.com/factline/factline/models/storage"
)

// An import stopped half-way — its context cancelled after several batches
// were committed — deletes what it made: nothing half-made stays.
func TestStoppedImportLeavesNothing(t *testing.T) {
	store := storage.NewTestStore(t, nil)
	ctx, cancel := context.WithCancel(models.AsSystem(t.Context()))
	defer cancel()
	if _, err := demo.Load(ctx, store); err != nil {
		t.Fatal(err)
	}
	before := formatstest.Counts(t, store)
	doc, format, err := importers.Read(strings.NewReader(formatstest.BulkTimelineJS(3*formats.ImportBatch)), "bulk.json")
	if err != nil {
		t.Fatal(err)
	}
	plan, err := formats.NewPlan(ctx, store, doc, format, "")
	if err != nil {
		t.Fatal(err)
	}
	done := 0
	_, err = plan.Apply(ctx, store, nil, func() {
		if done++; done == 2*formats.ImportBatch {
			cancel() // two batches are in the database by now
		}
	})
	if err == nil || !strings.Contains(err.Error(), "import stopped") {
		t.Fatalf("a cancelled import returned %v", err)
	}
	if after := formatstest.Counts(t, store); after != before {
		t.Errorf("the stopped import left rows behind: %s, before %s", after, before)
	}
}

// An import runs in short transactions and is marked pending until its last
// one: a timeline whose import was killed half-way stays marked.
func TestImportIsPendingUntilItsLastTransaction(t *testing.T) {
	store := storage.NewTestStore(t, nil)
	ctx := models.AsSystem(t.Context())
	doc, format, err := importers.Read(strings.NewReader(formatstest.BulkTimelineJS(formats.ImportBatch+1)), "bulk.json")
	if err != nil {
		t.Fatal(err)
	}
	plan, err := formats.NewPlan(ctx, store, doc, format, "bulk")
	if err != nil {
		t.Fatal(err)
	}
	var pendingSeen bool
	tl, err := plan.Apply(ctx, store, nil, func() {
		if t, err := store.GetTimeline(ctx, "bulk"); err == nil && t.ImportPending {
			pendingSeen = true
		}
	})
	if err != nil {
		t.Fatal(err)
	}
	if !pendingSeen {
		t.Error("while the import ran, its timeline was not marked pending (or not yet visible between batches)")
	}
	if got := storage.Must(store.GetTimeline(ctx, tl.Slug))(t); got.ImportPending {
		t.Error("a finished import is still marked pending")
	}
	if n := storage.Must(store.CountEntries(ctx, tl.ID))(t); n != int64(formats.ImportBatch+1) {
		t.Errorf("%d entries imported, want %d", n, formats.ImportBatch+1)
	}
}
