package web

import (
	"context"
	"net/http"
	"sort"
	"strings"
	"testing"
	"time"

	"github.com/factline/factline/models"
	"github.com/factline/factline/models/accounts"
	"github.com/factline/factline/models/demo"
	"github.com/factline/factline/models/storage"
)

// BenchmarkPageViewDuringImport times a signed-in editor's view of a timeline
// page with no import running, then while another editor's 20,000-entry
// import runs, and reports the median and the slowest view of each side by
// side. It only runs with -bench.
func BenchmarkPageViewDuringImport(b *testing.B) {
	tc := newTestClient(b)
	s := tc.srv.Config.Handler.(*Server)
	if _, err := demo.Load(models.AsSystem(b.Context()), tc.store); err != nil {
		b.Fatal(err)
	}
	viewer := &testClient{t: b, srv: tc.srv, store: tc.store}
	viewer.newBrowser()
	viewer.signInAs("viewer@example.org", models.RoleEditor)
	view := func() time.Duration {
		start := time.Now()
		res, _ := viewer.get("/timelines/"+demo.Slug, nil)
		if res.StatusCode != http.StatusOK {
			b.Fatalf("page view: %d", res.StatusCode)
		}
		return time.Since(start)
	}
	const views = 50
	var idle []time.Duration
	for range views {
		idle = append(idle, view())
	}
	editor, err := accounts.Of(tc.store).FindUserByEmail(b.Context(), "editor@example.org")
	if err != nil {
		b.Fatal(err)
	}
	tc.get("/import", nil)
	_, doc := tc.upload("/import", "many.json", slidesFile(20_000), map[string]string{"slug": "many"})
	form := doc.Find(`[data-testid="import-preview"] form`)
	action, _ := form.Attr("action")
	tc.post(action, formOf(form), true)
	job := storage.Must(s.imports.Get(context.Background(), editor.ID, strings.TrimPrefix(action, "/import/")))(b)
	if job == nil {
		b.Fatal("no import running")
	}
	waitUntil(b, time.Minute, "the import's first batch", func() bool {
		return job.State().Done > 0 || !job.State().Finished.IsZero()
	})
	first := job.State().Done
	var busy []time.Duration
	for len(busy) < views && job.State().Finished.IsZero() {
		busy = append(busy, view())
	}
	last := job.State().Done
	waitUntil(b, 5*time.Minute, "the end of the import", func() bool { return !job.State().Finished.IsZero() })
	if len(busy) < views {
		b.Fatalf("the import finished after %d views", len(busy))
	}
	median, slowest := stats(idle)
	b.ReportMetric(median, "idle-median-ms")
	b.ReportMetric(slowest, "idle-max-ms")
	median, slowest = stats(busy)
	b.ReportMetric(median, "importing-median-ms")
	b.ReportMetric(slowest, "importing-max-ms")
	b.Logf("%d views during the import, from entry %d to %d of 20,000", len(busy), first, last)
}

// stats is the median and the largest of ds, in milliseconds.
func stats(ds []time.Duration) (median, largest float64) {
	sort.Slice(ds, func(i, j int) bool { return ds[i] < ds[j] })
	ms := func(d time.Duration) float64 { return float64(d.Microseconds()) / 1000 }
	return ms(ds[len(ds)/2]), ms(ds[len(ds)-1])
}
