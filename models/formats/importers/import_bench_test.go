package importers_test

import (
	"fmt"
	"strings"
	"testing"
	"time"

	"github.com/factline/factline/models"
	"github.com/factline/factline/models/formats"
	"github.com/factline/factline/models/formats/formatstest"
	"github.com/factline/factline/models/formats/importers"
	"github.com/factline/factline/models/storage"
)

// BenchmarkImport imports TimelineJS files of 1,000, 10,000 and 100,000
// slides (each with HTML text and a media source) into a fresh database and
// reports entries a second for each; DESIGN §12 wants the rate at 100,000 no
// less than two thirds of the rate at 1,000. It only runs with -bench.
func BenchmarkImport(b *testing.B) {
	for _, n := range []int{1_000, 10_000, 100_000} {
		b.Run(fmt.Sprintf("entries=%d", n), func(b *testing.B) {
			text := formatstest.BulkTimelineJS(n)
			var spent time.Duration
			for i := range b.N {
				store := storage.NewTestStore(b, nil)
				ctx := models.AsSystem(b.Context())
				start := time.Now()
				doc, format, err := importers.Read(strings.NewReader(text), "bulk.json")
				if err != nil {
					b.Fatal(err)
				}
				plan, err := formats.NewPlan(ctx, store, doc, format, fmt.Sprintf("bulk-%d", i))
				if err != nil {
					b.Fatal(err)
				}
				if _, err := plan.Apply(ctx, store, nil, nil); err != nil {
					b.Fatal(err)
				}
				spent += time.Since(start)
			}
			b.ReportMetric(float64(n*b.N)/spent.Seconds(), "entries/s")
		})
	}
}
