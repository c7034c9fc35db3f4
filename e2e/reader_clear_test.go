package e2e

import (
	"fmt"
	"testing"

	"github.com/chromedp/chromedp"

	"github.com/factline/factline/models/storage"
)

// TestTheReaderOffersClearOnlyWithASelection: "Clear ×" showed beside
// "Nothing selected yet."; it shows once a passage is selected.
func TestTheReaderOffersClearOnlyWithASelection(t *testing.T) {
	a := startApp(t)
	src := storage.MakeSource(t, a.store, "Harbour council", "The harbour stayed shut all winter.\n\nThe council met on Thursday.", "2022-09-10")
	ctx := newBrowser(t)
	signIn(t, ctx, a)
	shown := `getComputedStyle(document.querySelector('[data-testid="cite-close"]')).display !== "none"`
	do(t, ctx, "open the reader", chromedp.Navigate(fmt.Sprintf("%s/sources/%d/read", a.url, src.ID)), waitFor(`document.querySelector('[data-testid="cite-bar"]')`))
	if eval[bool](t, ctx, shown) {
		t.Errorf("the reader shows Clear × beside %q", textOf(t, ctx, `[data-testid="cite-status"]`))
	}
	do(t, ctx, "select the first paragraph's words",
		chromedp.Evaluate[chromedp.Void](`(() => {
			const p = document.querySelector(".reader-text p");
			const r = document.createRange();
			r.selectNodeContents(p);
			getSelection().removeAllRanges();
			getSelection().addRange(r);
			document.dispatchEvent(new Event("selectionchange"));
			p.dispatchEvent(new MouseEvent("mouseup", {bubbles: true}));
		})()`),
		waitFor(shown),
	)
}
