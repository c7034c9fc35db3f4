package e2e

import (
	"os"
	"path/filepath"
	"testing"

	"github.com/chromedp/chromedp"
)

// TestImportShowsProgressThenTheTimeline imports the demo's factline JSON
// export on the import page: the preview, then, once confirmed, the progress
// polled by htmx, then the new timeline with every entry, and nothing on the
// console.
func TestImportShowsProgressThenTheTimeline(t *testing.T) {
	a := startDemo(t)
	doc := demoDocument(t, a)
	file := filepath.Join(t.TempDir(), "demo.json")
	if err := os.WriteFile(file, exportOf(t, a, "json"), 0o600); err != nil {
		t.Fatal(err)
	}
	ctx := newBrowser(t)
	signIn(t, ctx, a)
	problems := watchConsole(t, ctx)
	do(t, ctx, "upload the file for a preview",
		chromedp.Navigate(a.url+"/import"),
		chromedp.SetUploadFiles(chromedp.CSS(`[data-testid="import-form"] input[type="file"]`), []string{file}),
		chromedp.SendKeys(chromedp.CSS(`[data-testid="import-form"] input[name="slug"]`), "copy-of-demo"),
		chromedp.Click(chromedp.CSS(`[data-testid="import-form"] button[type="submit"]`)),
		chromedp.WaitVisible(chromedp.CSS(`[data-testid="import-preview"]`)),
	)
	do(t, ctx, "confirm and watch the progress",
		chromedp.Click(chromedp.CSS(`[data-testid="import-preview"] button[type="submit"]`)),
		waitFor(`document.querySelector('[data-testid="import-progress"]')`),
	)
	if got := textOf(t, ctx, `[data-testid="import-count"]`); got == "" {
		t.Error("the progress shows no count")
	}
	do(t, ctx, "arrive on the new timeline",
		waitFor(`location.pathname === "/timelines/copy-of-demo" && document.querySelector('[data-testid="timeline-body"]')`),
	)
	if n := count(t, ctx, `[data-testid="timeline-body"] [id^="claim-"], [data-testid="timeline-body"] [id^="event-"]`); n != len(doc.Entries) {
		t.Errorf("the imported timeline shows %d entries, want %d", n, len(doc.Entries))
	}
	for _, p := range problems() {
		t.Errorf("console: %s", p)
	}
}
