package e2e

import (
	"strings"
	"testing"

	"github.com/chromedp/chromedp"
	"github.com/chromedp/chromedp/kb"
)

// TestEntryRemovedUndoneAndEditedInPlace removes an entry (it gives way to
// "Removed — Undo", focused), undoes it, and edits its lane and note in place
// with the keyboard; the new lane reaches the filters without a reload.
func TestEntryRemovedUndoneAndEditedInPlace(t *testing.T) {
	a := startApp(t)
	seedWorkedExample(t, a.store)
	ctx := newBrowser(t)
	signIn(t, ctx, a)
	do(t, ctx, "remove the claim's entry",
		chromedp.Navigate(a.url+"/timelines/xinjiang"),
		chromedp.WaitVisible(chromedp.CSS(`#claim-1 .entry-remove button`)),
		chromedp.Click(chromedp.CSS(`#claim-1 .entry-remove button`)),
		chromedp.WaitVisible(chromedp.CSS(`[data-testid="entry-removed"]`)),
	)
	if got := textOf(t, ctx, `[data-testid="entry-removed"]`); !strings.HasPrefix(got, "Removed The assessment offered up groundless blame — Undo") {
		t.Errorf("the removed entry's place reads %q", got)
	}
	do(t, ctx, "the Undo button takes the focus", waitFor(`document.activeElement.dataset.testid === "entry-undo"`))
	do(t, ctx, "undo with the keyboard",
		chromedp.KeyEvent(kb.Enter),
		chromedp.WaitVisible(chromedp.CSS(`#claim-1 [data-testid="entry-edit"]`)),
	)
	if n := count(t, ctx, `[data-testid="entry"]`); n != 2 {
		t.Fatalf("%d entries after the undo, want 2", n)
	}
	do(t, ctx, "edit the lane and note in place",
		chromedp.Click(chromedp.CSS(`#claim-1 [data-testid="entry-edit"]`)),
		chromedp.WaitVisible(chromedp.CSS(`#claim-1 [data-testid="entry-edit-form"]`)),
	)
	do(t, ctx, "the lane takes the focus", waitFor(`document.activeElement.name === "lane"`))
	eval[bool](t, ctx, `window.notReloaded = true`)
	do(t, ctx, "type and save",
		chromedp.SendKeys(chromedp.CSS(`#claim-1 input[name="lane"]`), "China"),
		chromedp.SendKeys(chromedp.CSS(`#claim-1 input[name="note"]`), "said at ACANU"),
		chromedp.Click(chromedp.CSS(`#claim-1 [data-testid="entry-edit-form"] button[type="submit"]`)),
		waitFor(`document.querySelector("#claim-1 .lane") && document.querySelector("#claim-1 .lane").textContent === "China"`),
	)
	if got := textOf(t, ctx, `#claim-1`); !strings.Contains(got, "said at ACANU") {
		t.Errorf("the saved entry reads %q", got)
	}
	if n := count(t, ctx, `[data-testid="filters"] select[name="lane"] option[value="China"]`); n != 1 {
		t.Error("the new lane is not in the filters")
	}
	if !eval[bool](t, ctx, `window.notReloaded === true`) {
		t.Errorf("saving reloaded the page (now %s)", location(t, ctx))
	}
}
