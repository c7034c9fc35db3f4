package search

import (
	"context"
	"errors"
	"testing"
	"time"

	"github.com/factline/factline/models"
	"github.com/factline/factline/models/storage"
)

func TestQuoteFTS(t *testing.T) {
	for _, c := range []struct {
		in     string
		typing bool
		want   string
	}{
		{"groundless blame", false, `"groundless" "blame"`},
		{"groundless blame", true, `"groundless" "blame"*`},
		{"groundless bl", true, `"groundless" "bl"`}, // too short to be a prefix
		{`"groundless blame" china`, false, `"groundless blame" "china"`},
		{`china "groundless blame"`, true, `"china" "groundless blame"`},
		{"speak* china", false, `"speak"* "china"`},
		{`"unbalanced phrase`, false, `"unbalanced phrase"`},
		{"a\x00b", false, `"a" "b"`},
		{"* - **", true, ""},
	} {
		if got := QuoteFTS(c.in, c.typing); got != c.want {
			t.Errorf("QuoteFTS(%q, %v) = %s, want %s", c.in, c.typing, got, c.want)
		}
	}
}

func TestSearchPhrasesAndPrefixes(t *testing.T) {
	s := storage.NewTestStore(t, nil)
	storage.MakeClaim(t, s, nil, "The report offered up groundless blame", "2022")
	storage.MakeClaim(t, s, nil, "Blame was groundless, and the speaker said so", "2022")
	storage.MakeClaim(t, s, nil, "The speakers left Geneva", "2022")
	count := func(q string, typing bool) int {
		t.Helper()
		search := find
		if typing {
			search = findTyping
		}
		hits, err := search(storage.Viewer{System: true}, s, q, "", 10)
		if err != nil {
			t.Fatalf("search %q: %v", q, err)
		}
		return len(hits)
	}
	for _, c := range []struct {
		q      string
		typing bool
		want   int
	}{
		{"groundless blame", false, 2},
		{`"groundless blame"`, false, 1},  // the words in this order only
		{`"blame groundless"`, false, 0},  // not in this order anywhere
		{"speaker", false, 1},             // a word matches whole, not "speakers"
		{"speak", false, 0},               // nor as a prefix unless asked
		{"speak*", false, 2},              // a prefix where the user writes *
		{"geneva speak", true, 1},         // the last word typed is a prefix
		{"speak geneva", true, 0},         // but not the earlier words
		{`"the speakers" gen*`, false, 1}, // phrases and prefixes together
	} {
		if n := count(c.q, c.typing); n != c.want {
			t.Errorf("search %q (typing %v): %d hits, want %d", c.q, c.typing, n, c.want)
		}
	}
}

func TestSearchPastItsDeadlineReturnsWhatItFound(t *testing.T) {
	s, err := storage.Open(storage.TestDSN(t), storage.Options{SearchDeadline: time.Nanosecond})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { _ = s.Close() })
	if err := s.Migrate(context.Background(), nil); err != nil {
		t.Fatal(err)
	}
	storage.MakeClaim(t, s, nil, "groundless blame", "2022")
	hits, err := find(storage.Viewer{System: true}, s, "blame", "", 10)
	if !errors.Is(err, ErrTimeout) {
		t.Fatalf("search past its deadline: %v, want ErrTimeout", err)
	}
	if len(hits) != 0 {
		t.Errorf("found %d hits after the deadline", len(hits))
	}
}

// TestSearchReadsPastTheFirstWindow: a query matching more than a window
// (searchWindow matches on SQLite, pgSearchSpans[0] ids on PostgreSQL) still finds
// an old public claim behind thousands of newer team ones.
func TestSearchReadsPastTheFirstWindow(t *testing.T) {
	s := storage.NewTestStore(t, nil)
	ctx := models.AsSystem(context.Background())
	old := storage.MakeClaim(t, s, nil, "zebra crossing, the public one", "2022")
	storage.MakeTimeline(t, s, "open", models.Ref{Kind: models.KindClaim, ID: old.ID})
	err := s.Writer(ctx).Exec(`WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < ?)
		INSERT INTO claims (text, said_on, created_at, updated_at)
		SELECT 'zebra seen by the team, number ' || i, '2022', CURRENT_TIMESTAMP, CURRENT_TIMESTAMP FROM n`,
		max(searchWindow, int(pgSearchSpans[0]/8))+500).Error
	if err != nil {
		t.Fatal(err)
	}
	hits, err := find(storage.Viewer{}, s, "zebra", "", 20)
	if err != nil {
		t.Fatal(err)
	}
	if len(hits) != 1 || hits[0].ItemID != old.ID {
		t.Errorf("anonymous search: %+v, want only the public claim %d", hits, old.ID)
	}
	editor := storage.Viewer{User: &models.User{ID: 1, Role: models.RoleEditor}}
	hits, err = find(editor, s, "zebra", "", 20)
	if err != nil || len(hits) != 20 {
		t.Errorf("signed-in search: %d hits (%v), want 20", len(hits), err)
	}
	// Signed in, PostgreSQL's first window is narrower than a visitor's.
	hits, err = find(editor, s, "zebra crossing", "", 20)
	if err != nil || len(hits) != 1 || hits[0].ItemID != old.ID {
		t.Errorf("signed-in search for the old claim: %+v (%v)", hits, err)
	}
}

// TestPostgresSearchWindowsCoverEveryMatchOnce: a PostgreSQL search's windows
// follow each other without gap or overlap down to the first id, the fixed
// ones first; past them one is sized by the rate hits came at, when that
// leaves much unread, and otherwise all older matches are the last window.
func TestPostgresSearchWindowsCoverEveryMatchOnce(t *testing.T) {
	const top = 8_000_008
	fixed := top - pgSearchSpans[0] - pgSearchSpans[1]
	for _, c := range []struct {
		name         string
		found, limit int
		want         int64
	}{
		{"no hit yet: all older matches", 0, 20, 0},
		{"17 of 20: twice the width three more hits took", 17, 20, fixed - 2*3*(top-fixed)/17},
		{"19 of 20: no narrower than the first window", 19, 20, fixed - pgSearchSpans[0]},
		{"5 of 20: more than half of what is left", 5, 20, 0},
	} {
		if got := pgWindowFloor(pgSearchSpans, 2, top, fixed, c.found, c.limit); got != c.want {
			t.Errorf("%s: floor %d, want %d", c.name, got, c.want)
		}
	}
	// Windows always move down and reach 0, however few hits come.
	for _, spans := range [][]int64{pgSearchSpans, pgVisitorSpans} {
		for _, found := range []int{0, 1, 19} {
			below, windows := int64(top), 0
			for i := 0; below > 0; i++ {
				lowest := pgWindowFloor(spans, i, top, below, min(found, i), 20)
				if lowest >= below || lowest < 0 {
					t.Fatalf("found %d: window %d from %d to %d", found, i, lowest, below)
				}
				below, windows = lowest, windows+1
			}
			if windows > 12 {
				t.Errorf("found %d: %d windows", found, windows)
			}
		}
	}
}
