package models

import (
	"context"
	"fmt"
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

// seedTimeline makes a timeline of n entries, alternating claims and events, each
// cited, tagged and related to the previous one.
func seedTimeline(t testing.TB, s *Store, slug string, n int) {
	t.Helper()
	ctx := context.Background()
	speaker := MakeActor(t, s, "Speaker "+slug)
	src := MakeSource(t, s, "Source "+slug, "", "2022-09-10")
	tl := MakeTimeline(t, s, slug)
	var prev Ref
	for i := range n {
		date := fmt.Sprintf("2022-%02d-%02d", i%12+1, i%28+1)
		var ref Ref
		if i%2 == 0 {
			c := &Claim{Text: fmt.Sprintf("claim %d", i), SpeakerID: &speaker.ID, SaidOn: mustDate(date), Tags: []string{"t"}}
			mustSave(t, s.SaveClaim(ctx, c))
			ref = Ref{KindClaim, c.ID}
		} else {
			e := &Event{Title: fmt.Sprintf("event %d", i), Occurred: mustDate(date), Tags: []string{"t"}}
			mustSave(t, s.SaveEvent(ctx, e))
			mustSave(t, s.AddParticipant(ctx, Participant{EventID: e.ID, ActorID: speaker.ID}))
			ref = Ref{KindEvent, e.ID}
		}
		MakeCitation(t, s, ref, src, fmt.Sprintf("quote %d", i))
		if prev.ID != 0 {
			mustSave(t, s.SaveRelation(ctx, &Relation{FromKind: ref.Kind, FromID: ref.ID, ToKind: prev.Kind, ToID: prev.ID, Kind: "refers to"}))
		}
		mustSave(t, s.AddEntry(ctx, &Entry{TimelineID: tl.ID, ItemKind: ref.Kind, ItemID: ref.ID}))
		prev = ref
	}
}

func TestTimelinePageRunsAFixedNumberOfStatements(t *testing.T) {
	counter := &statementCounter{Interface: logger.Discard}
	s := NewTestStore(t, counter)
	seedTimeline(t, s, "small", 10)
	seedTimeline(t, s, "large", 1000)
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

func TestDemoTimelineIsInDateOrder(t *testing.T) {
	s := NewTestStore(t, nil)
	if _, err := LoadDemo(context.Background(), s); err != nil {
		t.Fatal(err)
	}
	lt, err := s.LoadTimeline(context.Background(), DemoSlug)
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, it := range lt.Items {
		got = append(got, it.Date.Display())
	}
	want := []string{"31 Aug 2022", "31 Aug 2022", "31 Aug 2022", "8 Sep 2022", "by 10 Sep 2022", "by 10 Sep 2022", "12 Sep – 7 Oct 2022"}
	if fmt.Sprint(got) != fmt.Sprint(want) {
		t.Errorf("dates in order:\n got %q\nwant %q", got, want)
	}
}
