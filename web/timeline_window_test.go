package web

import (
	"context"
	"net/http"
	"strings"
	"testing"

	"github.com/PuerkitoBio/goquery"

	"github.com/factline/factline/models"
	"github.com/factline/factline/models/storage"
	"github.com/factline/factline/web/timelines"
)

// seedLong seeds a 250-entry timeline in 2022 with one event in 1990 and one
// undated claim, and returns every entry's anchor in the timeline's order.
func seedLong(t *testing.T, tc *testClient) []string {
	t.Helper()
	ctx := models.AsSystem(context.Background())
	storage.SeedTimeline(t, tc.store, "long", 250)
	tl := storage.Must(tc.store.GetTimeline(ctx, "long"))(t)
	old := storage.MakeEvent(t, tc.store, "the wall falls, a year later", "1990-11-09")
	undated := storage.MakeClaim(t, tc.store, nil, "a claim with no date", "")
	for _, ref := range []models.Ref{{Kind: models.KindEvent, ID: old.ID}, {Kind: models.KindClaim, ID: undated.ID}} {
		storage.Must(0, tc.store.AddEntry(ctx, &models.Entry{TimelineID: tl.ID, ItemKind: ref.Kind, ItemID: ref.ID}))(t)
	}
	lt := storage.Must(tc.store.LoadTimeline(ctx, "long"))(t)
	var anchors []string
	for _, it := range lt.Items {
		anchors = append(anchors, string(it.Kind)+"-"+itoa(it.ItemID))
	}
	return anchors
}

func anchorsOf(doc *goquery.Selection) []string {
	var out []string
	doc.Find("article.entry").Each(func(_ int, s *goquery.Selection) { out = append(out, s.AttrOr("id", "")) })
	return out
}

// readAll follows the "Later entries" links from the page at path as htmx
// does, and returns the anchors of every entry read and the windows' count.
func readAll(t *testing.T, tc *testClient, path string) (anchors []string, windows int) {
	t.Helper()
	res, doc := tc.get(path, nil)
	wantStatus(t, res, http.StatusOK)
	anchors, windows = anchorsOf(doc.Selection), 1
	later := doc.Find("[data-testid=later] a").AttrOr("hx-get", "")
	for later != "" {
		res, frag := tc.get(later, map[string]string{"HX-Request": "true"})
		wantStatus(t, res, http.StatusOK)
		if frag.Find("#timeline-body, header.site").Length() != 0 {
			t.Fatalf("the next window %s came as a whole page", later)
		}
		anchors, windows = append(anchors, anchorsOf(frag.Selection)...), windows+1
		later = frag.Find("[data-testid=later] a").AttrOr("hx-get", "")
	}
	return anchors, windows
}

func TestLongTimelineIsServedInWindowsThatAddUpToIt(t *testing.T) {
	tc := newTestClient(t)
	want := seedLong(t, tc)
	res, doc := tc.get("/timelines/long", nil)
	wantStatus(t, res, http.StatusOK)
	if n := doc.Find("article.entry").Length(); n != timelines.WindowSize {
		t.Errorf("the first window shows %d entries; want %d", n, timelines.WindowSize)
	}
	if n := doc.Find("#notes li").Length(); n != timelines.WindowSize-1 {
		t.Errorf("the first window has %d notes; want one an entry but the 1990 event's, %d", n, timelines.WindowSize-1)
	}
	later := doc.Find("[data-testid=later] a")
	if href := later.AttrOr("href", ""); !strings.Contains(href, "after=") || later.AttrOr("hx-trigger", "") != "revealed, click" {
		t.Errorf("later link = %q, trigger %q; want a plain link to the next window, loaded when revealed", href, later.AttrOr("hx-trigger", ""))
	}
	got, windows := readAll(t, tc, "/timelines/long")
	if strings.Join(got, " ") != strings.Join(want, " ") || windows != 3 {
		t.Errorf("%d windows read %d entries; want the timeline's %d in order, in 3 windows", windows, len(got), len(want))
	}
	// The next window's notes go on from the first window's, into the page's list.
	_, frag := tc.get(later.AttrOr("hx-get", ""), map[string]string{"HX-Request": "true"})
	if oob := frag.Find("ol[hx-swap-oob='beforeend:#notes'] li").First(); oob.AttrOr("id", "") != "note-100" {
		t.Errorf("the next window's first note is %q; want note-100, added to #notes", oob.AttrOr("id", ""))
	}
	if ref := frag.Find("article.entry sup.note-ref a").First().AttrOr("href", ""); ref != "#note-100" {
		t.Errorf("the next window's first note reference = %q; want #note-100", ref)
	}
	// Without JavaScript the link opens the next window as a page, with a way back.
	res, page := tc.get(later.AttrOr("href", ""), nil)
	wantStatus(t, res, http.StatusOK)
	if ids := anchorsOf(page.Selection); len(ids) != timelines.WindowSize || ids[0] != want[timelines.WindowSize] ||
		page.Find("[data-testid=earlier]").Length() != 1 || page.Find("header.site").Length() != 1 {
		t.Errorf("the next window as a page starts with %v (want %s), earlier links %d",
			ids[:1], want[timelines.WindowSize], page.Find("[data-testid=earlier]").Length())
	}
}

func TestWindowedTimelineKeepsFiltersRailAndAnchors(t *testing.T) {
	tc := newTestClient(t)
	all := seedLong(t, tc)
	var events []string
	for _, a := range all {
		if strings.HasPrefix(a, "event-") {
			events = append(events, a)
		}
	}
	got, windows := readAll(t, tc, "/timelines/long?kind=event")
	if strings.Join(got, " ") != strings.Join(events, " ") || windows != 2 {
		t.Errorf("filtered: %d windows read %d entries; want the %d events of the whole timeline in 2", windows, len(got), len(events))
	}
	_, doc := tc.get("/timelines/long?kind=event", nil)
	if shown := text(doc.Find("[data-testid=shown]")); shown != "Showing 126 of 252 entries." {
		t.Errorf("shown = %q", shown)
	}
	// The rail spans the whole timeline, and a stop opens its year's window.
	var stops []string
	doc.Find("[data-testid=date-rail] li").Each(func(_ int, s *goquery.Selection) { stops = append(stops, text(s)) })
	if strings.Join(stops, ", ") != "1990 1, 2022 125" {
		t.Errorf("rail = %v; want 1990 and 2022 with their events", stops)
	}
	stop := doc.Find("[data-testid=date-rail] li a").Eq(1)
	if stop.AttrOr("hx-push-url", "") != "true" || stop.AttrOr("hx-target", "") != "#timeline-body" {
		t.Errorf("a rail stop should push its address as it loads its window")
	}
	_, year := tc.get(stop.AttrOr("href", ""), nil)
	if ids := anchorsOf(year.Selection); len(ids) == 0 || ids[0] != events[1] || year.Find("[data-testid=earlier]").Length() != 1 {
		t.Errorf("the 2022 stop opens at %v; want %s, with the earlier entries a link away", ids[:min(1, len(ids))], events[1])
	}
	// An anchor to an entry deep in the timeline opens its window.
	deep := all[220]
	_, at := tc.get("/timelines/long?entry="+deep, nil)
	if at.Find("#"+deep).Length() != 1 {
		t.Errorf("?entry=%s does not show the entry", deep)
	}
	// Its note keeps the number it has on the page read from the start (the
	// 1990 event before it has no citation, the others one each).
	if n := text(at.Find("#" + deep + " sup.note-ref")); n != "[220]" {
		t.Errorf("the entry's note is %s in its window; want [220]", n)
	}
	res, _ := tc.get("/timelines/long?entry=claim-999999", nil)
	wantStatus(t, res, http.StatusNotFound)
	res, _ = tc.get("/timelines/long?after=nonsense", nil)
	wantStatus(t, res, http.StatusBadRequest)
}

func TestShortTimelineRailLinksItsYears(t *testing.T) {
	tc := newTestClient(t)
	ctx := models.AsSystem(context.Background())
	storage.SeedTimeline(t, tc.store, "short", 4)
	tl := storage.Must(tc.store.GetTimeline(ctx, "short"))(t)
	old := storage.MakeEvent(t, tc.store, "earlier", "1990-11-09")
	storage.Must(0, tc.store.AddEntry(ctx, &models.Entry{TimelineID: tl.ID, ItemKind: models.KindEvent, ItemID: old.ID}))(t)
	_, doc := tc.get("/timelines/short", nil)
	if href := doc.Find("[data-testid=date-rail] a").Last().AttrOr("href", ""); href != "#y2022" || doc.Find("#y2022").Length() != 1 {
		t.Errorf("the rail of a timeline on one page links %q; want its year's heading #y2022", href)
	}
	if doc.Find("[data-testid=later], [data-testid=earlier]").Length() != 0 {
		t.Error("a timeline that fits one window has no later or earlier link")
	}
}

func TestTimelineCountsFollowEveryWrite(t *testing.T) {
	tc := newTestClient(t)
	ctx := models.AsSystem(context.Background())
	storage.SeedTimeline(t, tc.store, "counted", 3)
	_, doc := tc.get("/timelines/counted?kind=event", nil)
	if got := text(doc.Find("[data-testid=shown]")); got != "Showing 1 of 3 entries." {
		t.Fatalf("shown = %q", got)
	}
	tl := storage.Must(tc.store.GetTimeline(ctx, "counted"))(t)
	ev := storage.MakeEvent(t, tc.store, "one more event", "1990-11-09")
	storage.Must(0, tc.store.AddEntry(ctx, &models.Entry{TimelineID: tl.ID, ItemKind: models.KindEvent, ItemID: ev.ID}))(t)
	_, doc = tc.get("/timelines/counted?kind=event", nil)
	if got := text(doc.Find("[data-testid=shown]")); got != "Showing 2 of 4 entries." {
		t.Errorf("after a new entry, shown = %q; the counts were kept from before the write", got)
	}
	if doc.Find("[data-testid=date-rail] li").Length() != 2 {
		t.Error("the rail does not show the new entry's year")
	}
}
