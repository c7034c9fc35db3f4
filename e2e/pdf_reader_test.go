package e2e

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/chromedp/chromedp"

	"github.com/factline/factline/models/pdftext/pdftest"
	"github.com/factline/factline/models/storage"
)

// TestPDFReaderPageByPage uploads a PDF in the browser, reads it page by page
// (page labels with the printed numbers, the page with no text said so), cites
// a passage from it and finds the citation saying its page and paragraph; the
// reader fits a 390 px phone as it fits a 1280 px screen.
func TestPDFReaderPageByPage(t *testing.T) {
	a := startApp(t)
	file := filepath.Join(t.TempDir(), "annual-report.pdf")
	if err := os.WriteFile(file, pdftest.Report(), 0o644); err != nil {
		t.Fatal(err)
	}
	ctx := newBrowser(t)
	signIn(t, ctx, a)
	do(t, ctx, "upload the PDF",
		chromedp.Navigate(a.url+"/sources/pdf"),
		chromedp.SetUploadFiles(chromedp.CSS(`[data-testid="pdf-form"] input[name="file"]`), []string{file}),
		chromedp.Click(chromedp.CSS(`[data-testid="pdf-form"] button[type="submit"]`)),
		chromedp.WaitVisible(chromedp.CSS(`[data-testid="reader-text"]`)),
	)
	if got := textOf(t, ctx, `[data-testid="pdf-page"]:nth-child(1) [data-testid="pdf-page-label"]`); got != "Page 1 · printed 7" {
		t.Errorf("first page label %q", got)
	}
	if n := count(t, ctx, `[data-testid="pdf-page"]`); n != 3 {
		t.Errorf("%d pages shown, want 3", n)
	}
	if got := textOf(t, ctx, `[data-testid="pdf-page-empty"]`); !strings.Contains(got, "No text on this page") {
		t.Errorf("empty page says %q", got)
	}
	saveViewport(t, ctx, "pdf-reader-1280")

	box := eval[[]float64](t, ctx, passageBox("examined every complaint"))
	do(t, ctx, "cite a passage of page 1 as a new claim",
		chromedp.DragAndDropXY(box[0], box[1], box[2], box[3]),
		waitFor(`document.getElementById("cite-status").textContent.includes("examined every complaint")`),
		chromedp.Click(chromedp.CSS(`#cite-bar button[value="claim"]`)),
		chromedp.WaitVisible(chromedp.CSS(`[data-testid="cite-form"]`)),
		chromedp.SendKeys(chromedp.CSS(`[data-testid="cite-form"] input[name="said_on"]`), "2022"),
		chromedp.Click(chromedp.CSS(`[data-testid="cite-form"] button[type="submit"]`)),
		waitFor(`document.querySelectorAll("mark.cited").length === 1`),
	)
	sources := storage.Must(a.store.ListSources(t.Context(), 5))(t)
	if len(sources) != 1 {
		t.Fatalf("%d sources", len(sources))
	}
	cits := storage.Must(a.store.CitationsOfSource(t.Context(), sources[0].ID))(t)
	if len(cits) != 1 || cits[0].Locator != "p. 7 (PDF p. 1), para. 1" {
		t.Fatalf("citations %+v", cits)
	}

	do(t, ctx, "read it on a phone",
		chromedp.EmulateViewport(390, 844),
		chromedp.Reload(),
		chromedp.WaitVisible(chromedp.CSS(`[data-testid="reader-text"]`)),
	)
	if w := eval[float64](t, ctx, `document.documentElement.scrollWidth`); w > 390 {
		t.Errorf("the PDF reader is %.0f px wide on a 390 px phone", w)
	}
	saveViewport(t, ctx, "pdf-reader-390")
}
