package search

import (
	"context"
	"errors"
	"fmt"
	"math/rand/v2"
	"os"
	"slices"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/factline/factline/models"
	"github.com/factline/factline/models/storage"
)

// BenchmarkSearchMillion seeds FACTLINE_SEARCH_CLAIMS claims (default 1,000,000)
// of generated words, every hundredth of them on a public timeline, and reports
// the p50 and p95 time of the top-20 search signed in and signed out, for one
// or two words, for "phrases" and for prefix* words (DESIGN.md §12: under 30 ms
// at p95 for words and phrases, under 100 ms for prefixes). Seeding takes a few
// minutes; run it with -bench SearchMillion -benchtime 1x. FACTLINE_SEARCH_DB
// names a database (a DSN) that keeps the claims between runs: seeded when it
// has none, searched as it is otherwise.
func BenchmarkSearchMillion(b *testing.B) {
	n := 1_000_000
	if v, err := strconv.Atoi(os.Getenv("FACTLINE_SEARCH_CLAIMS")); err == nil && v > 0 {
		n = v
	}
	ctx := models.AsSystem(context.Background())
	var s *storage.Store
	seeded := int64(0)
	if dsn := os.Getenv("FACTLINE_SEARCH_DB"); dsn != "" {
		s = storage.NewTestStoreAt(b, dsn)
		if err := s.Reader(ctx).Raw("SELECT COUNT(*) FROM claims").Scan(&seeded).Error; err != nil {
			b.Fatal(err)
		}
		if seeded != 0 && seeded != int64(n) {
			b.Fatalf("FACTLINE_SEARCH_DB holds %d claims, not %d", seeded, n)
		}
	} else {
		s = storage.NewTestStore(b, nil)
	}
	rng := rand.New(rand.NewPCG(1, 2))
	words := make([]string, 5000)
	for i := range words {
		words[i] = fmt.Sprintf("w%x%s", i, strings.Repeat("a", i%5))
	}
	word := func() string { return words[int(rng.ExpFloat64()*600)%len(words)] }
	var sentences []string // a sample of the claims, for phrases
	sentence := func() string {
		var sb strings.Builder
		for i := range 12 {
			if i > 0 {
				sb.WriteByte(' ')
			}
			sb.WriteString(word())
		}
		if rng.IntN(1000) == 0 {
			sentences = append(sentences, sb.String())
		}
		return sb.String()
	}
	start := time.Now()
	err := s.WithTx(ctx, func(tx *storage.Store) error {
		if seeded != 0 { // the texts are drawn again for the phrases' sample
			for range n {
				sentence()
			}
			return nil
		}
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
			if err := tx.Writer(ctx).Exec(q.String(), args...).Error; err != nil {
				return err
			}
		}
		err := tx.Writer(ctx).Exec(`INSERT INTO timelines (slug, title, visibility, created_at, updated_at)
			VALUES ('open', 'Open', 'public', CURRENT_TIMESTAMP, CURRENT_TIMESTAMP)`).Error
		if err != nil {
			return err
		}
		return tx.Writer(ctx).Exec(`INSERT INTO timeline_entries (timeline_id, item_kind, item_id, created_at)
			SELECT (SELECT id FROM timelines WHERE slug = 'open'), 'claim', id, CURRENT_TIMESTAMP
			FROM claims WHERE id % 100 = 0`).Error
	})
	if err != nil {
		b.Fatal(err)
	}
	b.Logf("seeded %d claims in %s", n, time.Since(start).Round(time.Second))
	queries := map[string]func() string{
		// Half one word, often a common one that matches many claims to rank;
		// half two words.
		"words": func() string {
			if rng.IntN(2) == 0 {
				return word()
			}
			return word() + " " + words[rng.IntN(2000)]
		},
		// Two words next to each other in a claim.
		"phrase": func() string {
			f := strings.Fields(sentences[rng.IntN(len(sentences))])
			i := rng.IntN(len(f) - 1)
			return `"` + f[i] + " " + f[i+1] + `"`
		},
		// The first four characters of a word: a prefix of up to 17 words.
		"prefix": func() string { w := word(); return w[:min(4, len(w))] + "*" },
	}
	viewers := map[string]storage.Viewer{
		"signed-in":  {User: &models.User{ID: 1, Role: models.RoleEditor}},
		"signed-out": {},
	}
	for _, viewer := range []string{"signed-in", "signed-out"} {
		for _, kind := range []string{"words", "phrase", "prefix"} {
			b.Run(viewer+"/"+kind, func(b *testing.B) {
				for b.Loop() {
					var took []time.Duration
					timeouts := 0
					for range 200 {
						q := queries[kind]()
						start := time.Now()
						_, err := find(viewers[viewer], s, q, "", 20)
						took = append(took, time.Since(start))
						if errors.Is(err, ErrTimeout) {
							timeouts++
						} else if err != nil {
							b.Fatal(err)
						}
					}
					slices.Sort(took)
					b.ReportMetric(float64(took[len(took)/2].Microseconds())/1000, "p50-ms")
					b.ReportMetric(float64(took[len(took)*95/100].Microseconds())/1000, "p95-ms")
					b.ReportMetric(float64(timeouts), "timeouts")
				}
			})
		}
	}
}
