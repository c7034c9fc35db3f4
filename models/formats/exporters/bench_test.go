package exporters_test

import (
	"context"
	"fmt"
	"io"
	"runtime"
	"testing"

	"github.com/factline/factline/models"
	"github.com/factline/factline/models/formats/exporters"
	"github.com/factline/factline/models/storage"
)

// benchEntries is how many entries the export benchmark's timeline has.
const benchEntries = 100_000

// benchSources is how many sources the benchmark's entries cite.
const benchSources = 100

// budgetMiB is the most an export may grow the process's memory (ARCHITECTURE.md §10).
const budgetMiB = 32

// BenchmarkExport exports a timeline of 100,000 entries in every format and
// reports entries a second and the growth of the Go heap in use and of the
// memory the process took from the system; it fails when the latter passes the
// budget. It only runs with -bench.
func BenchmarkExport(b *testing.B) {
	store := storage.NewTestStore(b, nil)
	tl := seedBulk(b, store, benchEntries)
	ctx := context.Background()
	for _, f := range exporters.Formats() {
		b.Run(f.Name, func(b *testing.B) {
			var before, after runtime.MemStats
			runtime.GC()
			runtime.ReadMemStats(&before)
			peak := before.HeapInuse
			rows := 0
			b.ResetTimer()
			for range b.N {
				x := exporters.Export{Store: store, Timeline: tl, BaseURL: "https://factline.example", Progress: func() {
					rows++
					if rows%10_000 == 0 {
						var m runtime.MemStats
						runtime.ReadMemStats(&m)
						peak = max(peak, m.HeapInuse)
					}
				}}
				if err := f.Write(ctx, io.Discard, x); err != nil {
					b.Fatal(err)
				}
			}
			b.StopTimer()
			runtime.ReadMemStats(&after)
			heap := float64(peak-before.HeapInuse) / (1 << 20)
			sys := float64(after.Sys-before.Sys) / (1 << 20)
			b.ReportMetric(float64(rows)/b.Elapsed().Seconds(), "rows/s")
			b.ReportMetric(heap, "MiB-heap-growth")
			b.ReportMetric(sys, "MiB-sys-growth")
			want := benchEntries
			if f.Name == "csl" {
				want = benchSources // CSL-JSON holds the sources only
			}
			if rows != want*b.N {
				b.Fatalf("exported %d rows, want %d", rows, want*b.N)
			}
			if heap > budgetMiB || sys > budgetMiB {
				b.Fatalf("%s grew memory by %.1f MiB heap, %.1f MiB system; the budget is %d MiB", f.Name, heap, sys, budgetMiB)
			}
		})
	}
}

// seedBulk writes a timeline of n entries straight into the tables in one
// transaction — alternating claims (rated every third) and events, each tagged,
// cited in one of 100 sources and related to the previous entry — as the
// Store's one-by-one saves would take minutes.
func seedBulk(b *testing.B, store *storage.Store, n int) *models.Timeline {
	b.Helper()
	ctx := context.Background()
	speaker := storage.MakeActor(b, store, "Speaker")
	tl := storage.MakeTimeline(b, store, "bench")
	db, err := store.DB()
	if err != nil {
		b.Fatal(err)
	}
	tx, err := db.BeginTx(ctx, nil)
	if err != nil {
		b.Fatal(err)
	}
	exec := func(q string, args ...any) {
		if _, err := tx.ExecContext(ctx, q, args...); err != nil {
			b.Fatal(err)
		}
	}
	for i := 1; i <= benchSources; i++ {
		exec(`INSERT INTO sources (id, kind, url, title, publisher, published, published_earliest, published_latest, created_at, updated_at)
			VALUES (?, 'article', ?, ?, 'Publisher', '2022-09-10', '2022-09-10', '2022-09-10', CURRENT_TIMESTAMP, CURRENT_TIMESTAMP)`,
			i, fmt.Sprintf("https://example.org/%d", i), fmt.Sprintf("Source %d", i))
	}
	ratings := []string{"unrated", "accurate", "misleading"}
	for i := 1; i <= n; i++ {
		day := fmt.Sprintf("%04d-%02d-%02d", 1900+i/336, i/28%12+1, i%28+1)
		kind := "claim"
		if i%2 == 0 {
			kind = "event"
			exec(`INSERT INTO events (id, title, description, occurred, occurred_earliest, occurred_latest, place, created_at, updated_at)
				VALUES (?, ?, 'What happened, told at some length.', ?, ?, ?, 'Geneva', CURRENT_TIMESTAMP, CURRENT_TIMESTAMP)`,
				i, fmt.Sprintf("Event %d & <its> \"title\"", i), day, day, day)
			exec(`INSERT INTO event_participants (event_id, actor_id, role_word) VALUES (?, ?, 'host')`, i, speaker.ID)
			exec(`INSERT INTO citations (event_id, source_id, quote, locator, created_at, updated_at) VALUES (?, ?, 'a quote', 'p. 1', CURRENT_TIMESTAMP, CURRENT_TIMESTAMP)`, i, i%benchSources+1)
		} else {
			exec(`INSERT INTO claims (id, text, speaker_id, said_on, said_on_earliest, said_on_latest, rating, created_at, updated_at)
				VALUES (?, ?, ?, ?, ?, ?, ?, CURRENT_TIMESTAMP, CURRENT_TIMESTAMP)`,
				i, fmt.Sprintf("Claim %d, said in so many words.", i), speaker.ID, day, day, day, ratings[i%3])
			exec(`INSERT INTO citations (claim_id, source_id, quote, locator, created_at, updated_at) VALUES (?, ?, 'a quote', 'p. 1', CURRENT_TIMESTAMP, CURRENT_TIMESTAMP)`, i, i%benchSources+1)
		}
		exec(`INSERT INTO tags (item_kind, item_id, name) VALUES (?, ?, 'bench')`, kind, i)
		exec(`INSERT INTO timeline_entries (timeline_id, item_kind, item_id, lane, created_at) VALUES (?, ?, ?, 'lane', CURRENT_TIMESTAMP)`, tl.ID, kind, i)
		if i > 1 {
			prev := "claim"
			if (i-1)%2 == 0 {
				prev = "event"
			}
			exec(`INSERT INTO relations (from_kind, from_id, to_kind, to_id, kind, created_at) VALUES (?, ?, ?, ?, 'refers to', CURRENT_TIMESTAMP)`, kind, i, prev, i-1)
		}
	}
	if err := tx.Commit(); err != nil {
		b.Fatal(err)
	}
	return tl
}
