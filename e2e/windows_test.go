package e2e

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/chromedp/chromedp"

	"github.com/factline/factline/models"
	"github.com/factline/factline/models/storage"
)

// TestLongTimelineLoadsWindowsAsTheReaderScrolls reads a 250-entry timeline in
// Chromium: scrolling loads the next windows, a filter applies to the whole
// timeline, the date rail opens a year's window, Back returns to the filter and Forward to the year,
// and an anchor to an entry beyond the first window opens its window.
func TestLongTimelineLoadsWindowsAsTheReaderScrolls(t *testing.T) {
	a := startApp(t)
	ctx := models.AsSystem(context.Background())
	storage.SeedTimeline(t, a.store, "long", 250)
	tl := storage.Must(a.store.GetTimeline(ctx, "long"))(t)
	old := storage.MakeEvent(t, a.store, "the wall falls", "1989-11-09")
	storage.Must(0, a.store.AddEntry(ctx, &models.Entry{TimelineID: tl.ID, ItemKind: models.KindEvent, ItemID: old.ID}))(t)
	lt := storage.Must(a.store.LoadTimeline(ctx, "long"))(t)
	deep := lt.Items[230]
	deepAnchor := fmt.Sprintf("%s-%d", deep.Kind, deep.ItemID)

	b := newBrowser(t)
	signIn(t, b, a)
	do(t, b, "open the timeline", chromedp.Navigate(a.url+"/timelines/long"),
		waitFor(`document.querySelectorAll("article.entry").length === 100`))
	if dir := os.Getenv("FACTLINE_SCREENSHOTS"); dir != "" {
		shot, err := chromedp.Run(b, chromedp.CaptureScreenshot())
		if err == nil {
			err = os.WriteFile(filepath.Join(dir, "long-timeline-1280.png"), shot, 0o644)
		}
		if err != nil {
			t.Fatal(err)
		}
	}
	for _, want := range []int{200, 251} {
		do(t, b, fmt.Sprintf("scroll to %d entries", want), scrollToLater, waitFor(fmt.Sprintf(`document.querySelectorAll("article.entry").length === %d`, want)))
	}
	if n := count(t, b, "#notes li"); n != 250 {
		t.Errorf("after scrolling the notes list has %d notes; want 250", n)
	}
	if n := count(t, b, "[data-testid=later]"); n != 0 {
		t.Errorf("at the end of the timeline %d later links remain", n)
	}

	do(t, b, "filter to events", chromedp.SetValue(chromedp.CSS(`[data-testid=filters] select[name=kind]`), "event"),
		chromedp.Evaluate[chromedp.Void](`document.querySelector("[data-testid=filters] select[name=kind]").dispatchEvent(new Event("change", {bubbles: true}))`),
		waitFor(`location.search.includes("kind=event") && document.querySelector("[data-testid=shown]")`))
	if shown := textOf(t, b, "[data-testid=shown]"); shown != "Showing 126 of 251 entries." {
		t.Errorf("filtered: %q", shown)
	}
	if n := count(t, b, "article.entry.kind-claim"); n != 0 {
		t.Errorf("the events filter shows %d claims", n)
	}
	do(t, b, "scroll the filtered list", scrollToLater,
		waitFor(`document.querySelectorAll("article.entry").length === 126`))
	if n := count(t, b, "article.entry.kind-claim"); n != 0 {
		t.Errorf("the next window of the events filter shows %d claims", n)
	}

	do(t, b, "jump to 2022 on the date rail", chromedp.Evaluate[chromedp.Void](`window.scrollTo(0, 0)`),
		chromedp.Click(chromedp.CSS(`[data-testid=date-rail] li:nth-child(2) a`)),
		waitFor(`location.search.includes("at=2022") && document.querySelector("[data-testid=earlier]")`))
	if first := eval[string](t, b, `document.querySelector("article.entry").id`); first == fmt.Sprintf("event-%d", old.ID) {
		t.Errorf("the 2022 window starts with the 1989 event")
	}
	do(t, b, "go back to the filtered list", chromedp.NavigateBack(),
		waitFor(`!location.search.includes("at=") && location.search.includes("kind=event") && !document.querySelector("[data-testid=earlier]")`))
	if first := eval[string](t, b, `document.querySelector("article.entry").id`); first != fmt.Sprintf("event-%d", old.ID) {
		t.Errorf("back on the filtered list, the first entry is %s; want the 1989 event", first)
	}
	do(t, b, "go forward to 2022 again", chromedp.NavigateForward(),
		waitFor(`location.search.includes("at=2022") && document.querySelector("[data-testid=earlier]")`))

	do(t, b, "open an anchor beyond the first window", chromedp.Navigate(a.url+"/timelines/long#"+deepAnchor),
		waitFor(fmt.Sprintf(`document.getElementById(%q) !== null`, deepAnchor)))
	if u := location(t, b); !strings.Contains(u, "entry="+deepAnchor) {
		t.Errorf("the anchor opened %s; want its window, ?entry=%s", u, deepAnchor)
	}
}

// scrollToLater scrolls as a reader does until the "Later entries" link comes
// into view (the notes and forms below it are not reached).
var scrollToLater = chromedp.Evaluate[chromedp.Void](`document.querySelector("[data-testid=later]").scrollIntoView()`)
