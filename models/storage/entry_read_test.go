package storage

import (
	"context"
	"fmt"
	"testing"

	"github.com/factline/factline/models"
	"github.com/factline/factline/models/edtf"
)

// windows reads a timeline window by window of n entries, each starting after
// the last entry of the one before, and describes every entry.
func windows(t *testing.T, s *Store, tl int64, f models.TimelineFilter, n int) []string {
	t.Helper()
	var got []string
	var cur models.EntryCursor
	for {
		read := 0
		err := s.As(Viewer{System: true}).ReadEntries(context.Background(), tl, EntryRead{Filter: f, From: cur, Limit: n}, func(it *models.StreamedEntry) error {
			read++
			got = append(got, describeItem(it.TimelineItem))
			cur = models.CursorOf(it.TimelineItem)
			return nil
		})
		if err != nil {
			t.Fatal(err)
		}
		if read < n {
			return got
		}
	}
}

func describeItem(it models.TimelineItem) string {
	return fmt.Sprintf("%s %s %s lane=%q tags=%v citations=%d participants=%d relations=%d",
		it.Kind, it.Title, it.Date, it.Lane, it.Tags, len(it.Citations), len(it.Participants), len(it.Relations))
}

func TestWindowsReadTheWholeTimelineInOrderWithItsFilter(t *testing.T) {
	s := NewTestStore(t, nil)
	SeedTimeline(t, s, "seeded", 60)
	ctx := models.AsSystem(context.Background())
	lt := Must(s.LoadTimeline(ctx, "seeded"))(t)
	speaker := lt.Items[0].SpeakerID
	undated := MakeClaim(t, s, nil, "an undated claim", "")
	Must(0, s.AddEntry(ctx, &models.Entry{TimelineID: lt.Timeline.ID, ItemKind: models.KindClaim, ItemID: undated.ID, Lane: "side"}))(t)
	moved := lt.Items[0] // a claim, moved to the end of the year by a new date
	c := Must(s.GetClaim(ctx, moved.ItemID))(t)
	c.SaidOn = edtf.MustParse("2022-12-31")
	Must(0, s.SaveClaim(ctx, c))(t)
	lt = Must(s.LoadTimeline(ctx, "seeded"))(t)
	for _, f := range []models.TimelineFilter{{}, {Kind: models.KindEvent}, {ActorID: *speaker}, {Tag: "t", Kind: models.KindClaim},
		{Lane: "side"}, {From: edtf.MustParse("2022-03"), To: edtf.MustParse("2022-05")}, {Rating: models.Accurate}} {
		var want []string
		for _, it := range lt.Filter(f) {
			want = append(want, describeItem(it))
		}
		for _, n := range []int{7, 100} {
			got := windows(t, s, lt.Timeline.ID, f, n)
			if fmt.Sprint(got) != fmt.Sprint(want) {
				t.Errorf("filter %+v, windows of %d:\n got %d entries %v\nwant %d entries %v", f, n, len(got), got, len(want), want)
			}
		}
	}
	if last := windows(t, s, lt.Timeline.ID, models.TimelineFilter{}, 100); last[len(last)-1] != describeItem(lt.Items[len(lt.Items)-1]) ||
		lt.Items[len(lt.Items)-1].Title != "an undated claim" {
		t.Errorf("the undated claim is not last: %v", last[len(last)-1])
	}
}

func TestSummaryCountsTheWholeTimelineByYear(t *testing.T) {
	s := NewTestStore(t, nil)
	SeedTimeline(t, s, "seeded", 10)
	ctx := context.Background()
	tl := Must(s.GetTimeline(ctx, "seeded"))(t)
	old := MakeEvent(t, s, "an old event", "-0044-03-15")
	Must(0, s.AddEntry(ctx, &models.Entry{TimelineID: tl.ID, ItemKind: models.KindEvent, ItemID: old.ID}))(t)
	sum := Must(s.SummarizeTimeline(ctx, tl.ID, models.TimelineFilter{Kind: models.KindEvent}))(t)
	if sum.Total != 11 || sum.Shown != 6 || len(sum.Years) != 2 {
		t.Fatalf("summary = %+v; want 11 entries, 6 events in two years", sum)
	}
	if y := sum.Years[0]; y.Year != -44 || !y.Dated || y.Entries != 1 {
		t.Errorf("first year = %+v; want 45 BCE (-44) with one entry", y)
	}
	if y := sum.Years[1]; y.Year != 2022 || y.Entries != 5 {
		t.Errorf("second year = %+v; want 2022 with 5 events", y)
	}
	var first []string
	Must(0, s.As(Viewer{}).ReadEntries(ctx, tl.ID, EntryRead{From: sum.Years[1].Cursor(), Limit: 1}, func(it *models.StreamedEntry) error {
		first = append(first, it.Title)
		return nil
	}))(t)
	if len(first) != 1 || first[0] == "an old event" {
		t.Errorf("the window of 2022 starts with %v", first)
	}
	facets := Must(s.TimelineFacets(ctx, tl.ID))(t)
	lt := Must(s.LoadTimeline(ctx, "seeded"))(t)
	if fmt.Sprint(facets) != fmt.Sprint(lt.Facets()) {
		t.Errorf("facets = %v; the loaded timeline's are %v", facets, lt.Facets())
	}
}

func TestDataVersionMovesWithEveryWrite(t *testing.T) {
	s := NewTestStore(t, nil)
	ctx := models.AsSystem(context.Background())
	v0 := Must(s.DataVersion(ctx))(t)
	claim := MakeClaim(t, s, nil, "a claim", "2022-09-08")
	v1 := Must(s.DataVersion(ctx))(t)
	tl := MakeTimeline(t, s, "t", models.Ref{Kind: models.KindClaim, ID: claim.ID})
	v2 := Must(s.DataVersion(ctx))(t)
	Must(s.LoadTimeline(ctx, "t"))(t)
	v3 := Must(s.DataVersion(ctx))(t)
	Must(0, s.DeleteClaim(ctx, claim.ID))(t)
	v4 := Must(s.DataVersion(ctx))(t)
	if !(v0 < v1 && v1 < v2 && v2 == v3 && v3 < v4) {
		t.Errorf("data versions %d %d %d %d %d: want a new one after each write (claim, timeline %d, delete) and none after a read",
			v0, v1, v2, v3, v4, tl.ID)
	}
}

func TestLoadTimelineBeyondSQLitesVariables(t *testing.T) {
	if TestEngine() != SQLite {
		t.Skip("seeds with SQLite's date functions")
	}
	s := NewTestStore(t, nil)
	SeedLongTimeline(t, s, "long", 33_000) // more items than SQLite takes variables
	lt := Must(s.LoadTimeline(models.AsSystem(context.Background()), "long"))(t)
	if len(lt.Items) != 33_000 || len(lt.Items[0].Tags) != 1 {
		t.Errorf("loaded %d entries, the first with tags %v; want 33,000 tagged", len(lt.Items), lt.Items[0].Tags)
	}
}
