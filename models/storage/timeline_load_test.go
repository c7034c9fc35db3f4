package storage

import (
	"context"
	"sync/atomic"
	"testing"
	"time"

	"gorm.io/gorm/logger"
)

// statementCounter is a gorm logger that counts the statements it is shown.
type statementCounter struct {
	logger.Interface
	n atomic.Int64
}

func (c *statementCounter) Trace(ctx context.Context, begin time.Time, fc func() (string, int64), err error) {
	c.n.Add(1)
}

func (c *statementCounter) LogMode(logger.LogLevel) logger.Interface { return c }

func TestTimelinePageRunsAFixedNumberOfStatements(t *testing.T) {
	counter := &statementCounter{Interface: logger.Discard}
	s := NewTestStore(t, counter)
	SeedTimeline(t, s, "small", 10)
	SeedTimeline(t, s, "large", 1000)
	counts := map[string]int64{}
	for _, slug := range []string{"small", "large"} {
		counter.n.Store(0)
		lt, err := s.LoadTimeline(context.Background(), slug)
		if err != nil {
			t.Fatal(err)
		}
		counts[slug] = counter.n.Load()
		if got := len(lt.Items); got != map[string]int{"small": 10, "large": 1000}[slug] {
			t.Fatalf("%s: %d items", slug, got)
		}
		for _, it := range lt.Items {
			if len(it.Citations) != 1 || len(it.Tags) != 1 {
				t.Fatalf("%s: item %v has %d citations and %d tags", slug, it.Ref(), len(it.Citations), len(it.Tags))
			}
		}
	}
	if counts["small"] != counts["large"] || counts["large"] > 6 {
		t.Errorf("statements: %d for 10 entries, %d for 1,000; want the same, at most 6", counts["small"], counts["large"])
	}
	t.Logf("timeline page: %d SQL statements for 10 and for 1,000 entries", counts["large"])
}
