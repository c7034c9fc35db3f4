package formats_test

import (
	"context"
	"strings"
	"testing"

	"github.com/factline/factline/models"
	"github.com/factline/factline/models/demo"
	"github.com/factline/factline/models/formats"
	"github.com/factline/factline/models/formats/formatstest"
	"github.com/factline/factline/models/formats/importers"
	"github.com/factline/factline/models/storage"
)

func TestDemoJSONRoundTrip(t *testing.T) {
	out, _ := formatstest.ExportDemo(t, "json")
	other := storage.NewTestStore(t, nil)
	tl := formatstest.ImportString(t, other, out, "demo.json", "")
	again := formatstest.ExportString(t, other, tl, "json")
	if again != out {
		t.Errorf("export(import(export)) differs:\n%s\n---\n%s", out, again)
	}
}

func TestTimelineJSRoundTripKeepsDatesAndKinds(t *testing.T) {
	out, a := formatstest.ExportDemo(t, "timelinejs")
	b := storage.NewTestStore(t, nil)
	tl := formatstest.ImportString(t, b, out, "demo.timelinejs.json", "copy")
	ctx := models.AsSystem(context.Background())
	want, err := a.LoadTimeline(ctx, demo.Slug)
	if err != nil {
		t.Fatal(err)
	}
	got, err := b.LoadTimeline(ctx, tl.Slug)
	if err != nil {
		t.Fatal(err)
	}
	if got.Timeline.Title != want.Timeline.Title || len(got.Items) != len(want.Items) {
		t.Fatalf("got %q with %d entries, want %q with %d", got.Timeline.Title, len(got.Items), want.Timeline.Title, len(want.Items))
	}
	for i := range want.Items {
		g, w := got.Items[i], want.Items[i]
		if g.Kind != w.Kind || g.Title != w.Title || g.Date.String() != w.Date.String() || g.Lane != w.Lane {
			t.Errorf("entry %d: got %s %q %s %q, want %s %q %s %q", i+1, g.Kind, g.Title, g.Date, g.Lane, w.Kind, w.Title, w.Date, w.Lane)
		}
	}
}

func TestTimelineJSTemplateCSVImportsAsEvents(t *testing.T) {
	text := strings.Join(formats.TimelineJSColumns, ",") + "\n" +
		",,,,,,,,,The OHCHR assessment,Who said what,,,,,,title,,\n" +
		"2022,8,31,,,,,,,OHCHR publishes its assessment,In Geneva,https://www.ohchr.org/a,OHCHR,The assessment,,,,UN,\n" +
		"2022,9,12,,2022,10,7,,,The session opens,,,,,,,,UN,\n" +
		"2022,9,,,,,,,c. Sep 2022,Talks,,,,,,,,,\n"
	store := storage.NewTestStore(t, nil)
	tl := formatstest.ImportString(t, store, text, "sheet.csv", "")
	lt, err := store.LoadTimeline(models.AsSystem(context.Background()), tl.Slug)
	if err != nil {
		t.Fatal(err)
	}
	if tl.Title != "The OHCHR assessment" || tl.Slug != "the-ohchr-assessment" || len(lt.Items) != 3 {
		t.Fatalf("got %q (%s) with %d entries", tl.Title, tl.Slug, len(lt.Items))
	}
	var dates []string
	for _, it := range lt.Items {
		if it.Kind != models.KindEvent {
			t.Errorf("%q is a %s, want an event", it.Title, it.Kind)
		}
		dates = append(dates, it.Date.Display())
	}
	if got := strings.Join(dates, "; "); got != "31 Aug 2022; c. Sep 2022; 12 Sep – 7 Oct 2022" {
		t.Errorf("dates %s", got)
	}
	if c := lt.Items[0].Citations; len(c) != 1 || c[0].Source.URL != "https://www.ohchr.org/a" || c[0].Source.Title != "The assessment" {
		t.Errorf("media did not become the cited source: %+v", c)
	}
}

func TestImportMatchesActorsAndSources(t *testing.T) {
	out, store := formatstest.ExportDemo(t, "json")
	ctx := models.AsSystem(context.Background())
	doc, format, err := importers.Read(strings.NewReader(out), "demo.json")
	if err != nil {
		t.Fatal(err)
	}
	plan, err := formats.NewPlan(ctx, store, doc, format, "again")
	if err != nil {
		t.Fatal(err)
	}
	for _, m := range plan.Actors {
		if m.Existing == 0 {
			t.Errorf("actor %q was not matched by name", m.Name)
		}
	}
	matched := 0
	for _, m := range plan.Sources {
		if m.Existing != 0 {
			matched++
		}
	}
	if matched != 1 {
		t.Errorf("%d sources matched, want 1 (the one with a URL)", matched)
	}
	before := formatstest.Counts(t, store)
	if _, err := plan.Apply(ctx, store, nil, nil); err != nil {
		t.Fatal(err)
	}
	after := formatstest.Counts(t, store)
	if strings.Split(after, " ")[2] != strings.Split(before, " ")[2] {
		t.Errorf("actors were duplicated: %s, before %s", after, before)
	}
}
