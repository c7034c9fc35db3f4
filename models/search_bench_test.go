package models

import (
	"context"
	"fmt"
	"math/rand/v2"
	"os"
	"slices"
	"strconv"
	"strings"
	"testing"
	"time"
)

// BenchmarkSearchMillion seeds FACTLINE_SEARCH_CLAIMS claims (default 1,000,000)
// of generated words and reports the p50 and p95 time of the top-20 search
// (ARCHITECTURE.md §10: under 30 ms at p95). Seeding takes a few minutes; run it with
// -bench SearchMillion -benchtime 1x.
func BenchmarkSearchMillion(b *testing.B) {
	n := 1_000_000
	if v, err := strconv.Atoi(os.Getenv("FACTLINE_SEARCH_CLAIMS")); err == nil && v > 0 {
		n = v
	}
	s := NewTestStore(b, nil)
	ctx := AsSystem(context.Background())
	rng := rand.New(rand.NewPCG(1, 2))
	words := make([]string, 5000)
	for i := range words {
		words[i] = fmt.Sprintf("w%x%s", i, strings.Repeat("a", i%5))
	}
	sentence := func() string {
		var sb strings.Builder
		for i := range 12 {
			if i > 0 {
				sb.WriteByte(' ')
			}
			sb.WriteString(words[int(rng.ExpFloat64()*600)%len(words)])
		}
		return sb.String()
	}
	err := s.WithTx(ctx, func(tx *Store) error {
		for i := 0; i < n; i += 500 {
			var q strings.Builder
			q.WriteString("INSERT INTO claims (text, said_on, created_at, updated_at) VALUES ")
			args := make([]any, 0, 1000)
			for j := i; j < min(n, i+500); j++ {
				if j > i {
					q.WriteByte(',')
				}
				q.WriteString("(?, '2022', CURRENT_TIMESTAMP, CURRENT_TIMESTAMP)")
				args = append(args, sentence())
			}
			if err := tx.w(ctx).Exec(q.String(), args...).Error; err != nil {
				return err
			}
		}
		return nil
	})
	if err != nil {
		b.Fatal(err)
	}
	b.ResetTimer()
	for b.Loop() {
		var took []time.Duration
		for range 200 {
			// Half the queries are one word, often a common one that matches many
			// claims to rank; half are two words.
			q := words[int(rng.ExpFloat64()*600)%len(words)]
			if rng.IntN(2) == 0 {
				q += " " + words[rng.IntN(2000)]
			}
			start := time.Now()
			if _, err := s.Search(ctx, q, "", 20); err != nil {
				b.Fatal(err)
			}
			took = append(took, time.Since(start))
		}
		slices.Sort(took)
		b.ReportMetric(float64(took[len(took)/2].Microseconds())/1000, "p50-ms")
		b.ReportMetric(float64(took[len(took)*95/100].Microseconds())/1000, "p95-ms")
	}
}
