package web

import (
	"net/http"
	"strings"
	"testing"

	"github.com/factline/factline/models"
)

// importedSlides is a TimelineJS file with what a timeline page must show of
// an import: BCE and early years, a time of day, the author's display date,
// HTML text with a link, media with caption and credit, a quotation, eras.
const importedSlides = `{"title":{"text":{"headline":"Imported"}},"events":[
{"start_date":{"year":"-4026"},"text":{"headline":"Early"}},
{"start_date":{"year":"602"},"end_date":{"year":"629"},"text":{"headline":"War"}},
{"start_date":{"year":"2011","month":"11","day":"16"},"end_date":{"year":"2011","month":"11","day":"16"},"text":{"headline":"One day"}},
{"start_date":{"year":"2000","month":"1","day":"5","hour":"6","minute":"45"},"display_date":"5 января, утром",
 "text":{"headline":"Morning","text":"<p>See <a href=\"https://example.org/x\" onclick=\"steal()\">the record</a>.</p><script>steal()</script>"},
 "media":{"url":"https://example.org/photo.jpg","caption":"A <em>photo</em>","credit":"<a href=\"https://example.org/who\">Who</a>"}},
{"start_date":{"year":"1948"},"text":{"headline":"Quote"},"media":{"url":"<blockquote>No demand. <cite>Edith Clarke</cite></blockquote>"}}],
"eras":[{"start_date":{"year":"600"},"end_date":{"year":"650"},"text":{"headline":"First half"}}]}`

func TestTimelinePageShowsWhatWasImported(t *testing.T) {
	tc := newTestClient(t)
	tc.get("/import", nil)
	res, doc := tc.upload("/import", "imported.json", importedSlides, map[string]string{"slug": "imported"})
	wantStatus(t, res, http.StatusOK)
	if got := text(doc.Find(`[data-testid="import-eras"]`)); got != "It has 1 eras." {
		t.Errorf("the preview says %q about eras", got)
	}
	form := doc.Find(`[data-testid="import-preview"] form`)
	action, _ := form.Attr("action")
	res, _ = tc.post(action, formOf(form), false)
	if res.StatusCode != http.StatusSeeOther {
		t.Fatalf("confirm: %d", res.StatusCode)
	}
	_, page := tc.get(res.Header.Get("Location"), nil)
	years := text(page.Find("h2.year"))
	for _, want := range []string{"4026 BCE", "602 First half", "2000", "2011"} {
		if !strings.Contains(years, want) {
			t.Errorf("year headings %q lack %q", years, want)
		}
	}
	dates := text(page.Find(`[data-testid="entry-date"]`))
	for _, want := range []string{"4026 BCE", "602 – 629", "16 Nov 2011", "5 Jan 2000, 06:45"} {
		if !strings.Contains(dates, want) {
			t.Errorf("entry dates %q lack %q", dates, want)
		}
	}
	if strings.Contains(dates, "16–16") || strings.Contains(dates, "0602") {
		t.Errorf("entry dates %q repeat a day or pad a year", dates)
	}
	if got := text(page.Find(`[data-testid="entry-display-date"]`)); got != "5 января, утром" {
		t.Errorf("display date %q", got)
	}
	desc := page.Find(`[data-testid="entry-description"]`)
	if href, _ := desc.Find(`a`).Attr("href"); href != "https://example.org/x" {
		t.Errorf("the description's link is %q", href)
	}
	html, _ := desc.Html()
	if strings.Contains(html, "steal") {
		t.Errorf("the description kept a script or handler: %s", html)
	}
	if got := text(page.Find(`[data-testid="entry-media-credit"] a`)); got != "Who" {
		t.Errorf("media credit %q", got)
	}
	if got := text(page.Find(`[data-testid="entry-media"] blockquote cite`)); got != "Edith Clarke" {
		t.Errorf("the quotation's cite is %q", got)
	}
	if got := text(page.Find(`[data-testid="era"]`)); got != "First half 600 – 650" {
		t.Errorf("era bands %q", got)
	}
	morning, _ := page.Find(`[data-testid="entry"] h4 a:contains("Morning")`).Attr("href")
	_, event := tc.get(morning, nil)
	if href, _ := event.Find(`[data-testid="description"] a`).Attr("href"); href != "https://example.org/x" {
		t.Errorf("the event page's description links to %q", href)
	}
	for _, format := range []string{"html", "markdown"} {
		if out := exportBody(t, tc, "/timelines/imported/export/"+format); strings.Contains(out, "&lt;a href") || strings.Contains(out, "<p>See") {
			t.Errorf("the %s export shows the HTML text's tags as text", format)
		}
	}
}

func TestTimelineWithUnfinishedImportIsMarked(t *testing.T) {
	tc := newTestClient(t)
	tl := &models.Timeline{Slug: "half", Title: "Half made", Visibility: "team", ImportPending: true}
	if err := tc.store.SaveTimeline(models.AsSystem(t.Context()), tl); err != nil {
		t.Fatal(err)
	}
	_, page := tc.get("/timelines/half", nil)
	if got := text(page.Find(`[data-testid="import-pending"]`)); !strings.Contains(got, "has not finished") {
		t.Errorf("an unfinished import is not marked: %q", got)
	}
	if err := tc.store.FinishImport(t.Context(), tl.ID); err != nil {
		t.Fatal(err)
	}
	if _, page = tc.get("/timelines/half", nil); page.Find(`[data-testid="import-pending"]`).Length() != 0 {
		t.Error("a finished import is still marked")
	}
}
