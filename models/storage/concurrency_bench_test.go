package storage

import (
	"context"
	"fmt"
	"sync"
	"testing"
	"time"

	"github.com/factline/factline/models"
)

// BenchmarkConcurrentWriters has 8 writers each create and then edit claims
// (two write transactions, each with its revision and search row) for the
// engine the tests run on: writes-per-s is the throughput of all of them
// together, errors any write that failed (none may: SQLite's writers queue,
// PostgreSQL's work side by side).
func BenchmarkConcurrentWriters(b *testing.B) {
	s := NewTestStore(b, nil)
	ctx := models.AsSystem(context.Background())
	speaker := MakeActor(b, s, "Speaker")
	const writers, each = 8, 250
	for b.Loop() {
		var wg sync.WaitGroup
		var mu sync.Mutex
		failed := 0
		start := time.Now()
		for w := range writers {
			wg.Go(func() {
				for i := range each {
					c := &models.Claim{Text: fmt.Sprintf("writer %d claim %d", w, i), SpeakerID: &speaker.ID, SaidOn: mustDate("2022-09-10")}
					err := s.SaveClaim(ctx, c)
					if err == nil {
						c.Text += " (edited)"
						err = s.SaveClaim(ctx, c)
					}
					if err != nil {
						mu.Lock()
						failed++
						mu.Unlock()
					}
				}
			})
		}
		wg.Wait()
		b.ReportMetric(float64(2*writers*each)/time.Since(start).Seconds(), "writes-per-s")
		b.ReportMetric(float64(failed), "errors")
	}
}
