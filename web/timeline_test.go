package web

import (
	"net/http"
	"net/url"
	"strconv"
	"strings"
	"testing"

	"github.com/PuerkitoBio/goquery"

	"github.com/factline/factline/models/demo"
	"github.com/factline/factline/models/storage"
)

func loadDemo(t *testing.T, tc *testClient) {
	t.Helper()
	if _, err := demo.Load(t.Context(), tc.store); err != nil {
		t.Fatal(err)
	}
}

func TestDemoTimelineShowsEntriesInDateOrder(t *testing.T) {
	tc := newTestClient(t)
	loadDemo(t, tc)
	res, doc := tc.get("/timelines/"+demo.Slug, nil)
	wantStatus(t, res, http.StatusOK)
	var dates []string
	doc.Find(`[data-testid="entry-date"]`).Each(func(_ int, s *goquery.Selection) { dates = append(dates, text(s)) })
	want := "31 Aug 2022|31 Aug 2022|31 Aug 2022|8 Sep 2022|by 10 Sep 2022|by 10 Sep 2022|12 Sep – 7 Oct 2022"
	if got := strings.Join(dates, "|"); got != want {
		t.Errorf("dates:\n got %s\nwant %s", got, want)
	}
	chen := doc.Find(`article.entry:has(a.speaker:contains("Chen Xu"))`)
	if got := text(chen.Find(`[data-testid="entry-date"]`)); got != "by 10 Sep 2022" {
		t.Errorf("Chen Xu's claim dated %q", got)
	}
	if got := text(chen.Find(`[data-testid="note-ref"]`)); got != "[5]" {
		t.Errorf("Chen Xu's claim cites note %q, want [5]", got)
	}
	if got := text(chen.Find(`[data-testid="relation"]`).First()); !strings.HasPrefix(got, "responds to OHCHR publishes its assessment") {
		t.Errorf("relation %q", got)
	}
	if doc.Find(`#note-5`).Length() != 1 || !strings.Contains(text(doc.Find("#note-5")), "groundless blame") {
		t.Errorf("note 5: %q", text(doc.Find("#note-5")))
	}
	if og, _ := doc.Find(`meta[property="og:title"]`).Attr("content"); og == "" {
		t.Error("no Open Graph title")
	}
}

func TestTimelineFragmentsAndFullPages(t *testing.T) {
	tc := newTestClient(t)
	loadDemo(t, tc)
	path := "/timelines/" + demo.Slug + "?kind=event"
	for _, c := range []struct {
		name     string
		header   map[string]string
		wantFull bool
	}{
		{"plain", nil, true},
		{"htmx", map[string]string{"HX-Request": "true"}, false},
		{"boosted", map[string]string{"HX-Request": "true", "HX-Boosted": "true"}, true},
		{"history restore", map[string]string{"HX-Request": "true", "HX-History-Restore-Request": "true"}, true},
	} {
		res, doc := tc.get(path, c.header)
		wantStatus(t, res, http.StatusOK)
		if !strings.Contains(strings.Join(res.Header.Values("Vary"), ","), "HX-Request") {
			t.Errorf("%s: Vary %q", c.name, res.Header.Values("Vary"))
		}
		full := doc.Find("header.site").Length() == 1
		if full != c.wantFull {
			t.Errorf("%s: full page = %v, want %v", c.name, full, c.wantFull)
		}
		if n := doc.Find(`[data-testid="entry"]`).Length(); n != 4 {
			t.Errorf("%s: %d entries for kind=event, want 4", c.name, n)
		}
	}
}

func TestTimelineFilters(t *testing.T) {
	tc := newTestClient(t)
	loadDemo(t, tc)
	for q, want := range map[string]int{
		"from=Sep+2022&to=Sep+2022": 4, // 8 Sep, two by 10 Sep, the session from 12 Sep
		"kind=claim":                3,
		"tag=response":              2,
		"lane=China":                2,
		"from=2023":                 0,
	} {
		_, doc := tc.get("/timelines/"+demo.Slug+"?"+q, nil)
		if n := doc.Find(`[data-testid="entry"]`).Length(); n != want {
			t.Errorf("%s: %d entries, want %d", q, n, want)
		}
	}
	_, doc := tc.get("/timelines/"+demo.Slug+"?from=08/09/2022", nil)
	if msg := text(doc.Find(`[data-testid="error-from"]`)); !strings.Contains(msg, "ambiguous") {
		t.Errorf("ambiguous filter date message %q", msg)
	}
}

func TestAddAndRemoveEntryInline(t *testing.T) {
	tc := newTestClient(t)
	claim := storage.MakeClaim(t, tc.store, nil, "A claim to add", "2022-09-08")
	storage.MakeTimeline(t, tc.store, "t1")
	tc.get("/timelines/t1", nil)
	res, doc := tc.post("/timelines/t1/entries", url.Values{"item": {"claim " + itoa(claim.ID) + " · A claim to add"}, "lane": {"A"}}, true)
	wantStatus(t, res, http.StatusOK)
	if got := text(doc.Find(`#claim-` + itoa(claim.ID) + ` [data-testid="entry-date"]`)); got != "8 Sep 2022" {
		t.Fatalf("added entry's date %q", got)
	}
	if doc.Find(`[data-testid="unsourced"]`).Length() != 1 {
		t.Error("an entry without citation is not marked unsourced")
	}
	res, doc = tc.post("/timelines/t1/entries", url.Values{"item": {"the moon"}}, true)
	wantStatus(t, res, http.StatusUnprocessableEntity)
	if doc.Find(`[data-testid="error-item"]`).Length() != 1 {
		t.Error("no message beside the item field")
	}
	if v, _ := doc.Find(`input[name="item"]`).Attr("value"); v != "the moon" {
		t.Errorf("typed item not kept: %q", v)
	}
	action, _ := doc.Find(`.entry-remove`).Attr("action")
	res, doc = tc.post(action, nil, true)
	wantStatus(t, res, http.StatusOK)
	if doc.Find(`[data-testid="entry"]`).Length() != 0 {
		t.Error("entry still shown after removal")
	}
	if got := text(doc.Find(`[data-testid="entry-removed"]`)); got != "Removed A claim to add — Undo" {
		t.Errorf("removal answered %q", got)
	}
	_, page := tc.get("/timelines/t1", nil)
	if page.Find(`[data-testid="entry"]`).Length() != 0 {
		t.Error("removed entry still on the page")
	}
	undo := doc.Find(`[data-testid="entry-removed"] form`)
	to, _ := undo.Attr("action")
	rev, _ := undo.Find(`input[name="revision"]`).Attr("value")
	res, doc = tc.post(to, url.Values{"revision": {rev}}, true)
	wantStatus(t, res, http.StatusOK)
	if got := text(doc.Find(`#claim-` + itoa(claim.ID) + ` .lane`)); got != "A" {
		t.Errorf("undone entry's lane %q, want A", got)
	}
	res, _ = tc.post(to, url.Values{"revision": {rev}}, true)
	wantStatus(t, res, http.StatusConflict)
}

func itoa(n int64) string { return strconv.FormatInt(n, 10) }
