package e2e

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/chromedp/chromedp"
	"github.com/chromedp/chromedp/kb"

	"github.com/factline/factline/models/storage"
)

// TestCitingOnAPhoneKeepsTheActionsInReach selects a passage far down a long
// source on a 390×844 screen: the citation bar at the bottom of the viewport
// shows its actions, inside the viewport and working, and Escape puts them away.
func TestCitingOnAPhoneKeepsTheActionsInReach(t *testing.T) {
	a := startApp(t)
	var text strings.Builder
	for i := range 60 {
		fmt.Fprintf(&text, "Paragraph %d of the report says little of note, at some length, to fill the screen.\n\n", i+1)
	}
	text.WriteString("At the very end Chen Xu called the assessment a fabrication.")
	src := storage.MakeSource(t, a.store, "A long report", text.String(), "2022-09-10")
	ctx := newBrowser(t)
	signIn(t, ctx, a)
	do(t, ctx, "open the reader on a phone",
		chromedp.EmulateViewport(390, 844),
		chromedp.Navigate(fmt.Sprintf("%s/sources/%d/read", a.url, src.ID)),
		chromedp.WaitVisible(chromedp.CSS(`[data-testid="reader-text"]`)),
	)
	eval[bool](t, ctx, scrollToPassage)
	box := eval[[]float64](t, ctx, passageBox("a fabrication"))
	do(t, ctx, "select the passage with the mouse",
		chromedp.DragAndDropXY(box[0], box[1], box[2], box[3]),
		waitFor(`document.getElementById("cite-status").textContent.includes("“a fabrication”")`),
	)
	if y := eval[float64](t, ctx, `window.scrollY`); y < 2000 {
		t.Fatalf("the passage is only %.0f px down; the test needs it far down", y)
	}
	outside := eval[[]string](t, ctx, `(() => {
		const out = [];
		const inView = el => {
			const r = el.getBoundingClientRect();
			return r.width > 0 && r.height > 0 && r.top >= 0 && r.left >= 0 && r.bottom <= innerHeight && r.right <= innerWidth;
		};
		for (const el of [document.getElementById("cite-bar"), ...document.querySelectorAll('#cite-bar button[name="as"]'), document.querySelector(".cite-close")]) {
			if (!inView(el)) out.push(el.textContent.trim() + " " + JSON.stringify(el.getBoundingClientRect()));
		}
		return out;
	})()`)
	saveViewport(t, ctx, "reader-phone-selected")
	if len(outside) > 0 {
		t.Errorf("outside the 390×844 viewport after the selection: %s", strings.Join(outside, "; "))
	}
	if live := eval[string](t, ctx, `document.getElementById("cite-status").getAttribute("aria-live")`); live != "polite" {
		t.Errorf("the bar's status is not announced: aria-live=%q", live)
	}
	if label := eval[string](t, ctx, `document.getElementById("cite-bar").getAttribute("aria-label")`); label == "" {
		t.Error("the bar has no label")
	}

	do(t, ctx, "Escape from the bar's button closes it",
		chromedp.Focus(chromedp.CSS(`#cite-bar button[value="claim"]`)),
		chromedp.KeyEvent(kb.Escape),
		waitFor(`!document.getElementById("cite-bar").classList.contains("is-active")`),
	)
	if shown := eval[string](t, ctx, `getComputedStyle(document.querySelector('#cite-bar button[value="claim"]')).display`); shown != "none" {
		t.Errorf("the bar's actions still show after Escape (display %q)", shown)
	}
	if focused := eval[string](t, ctx, `document.activeElement.id`); focused != "reader-text" {
		t.Errorf("after Escape the focus is on %q, want the text", focused)
	}

	if at := eval[string](t, ctx, `document.getElementById("cite-status").textContent`); !strings.Contains(at, "Caret before") || strings.Contains(at, "Paragraph 1 ") {
		t.Errorf("after Escape the caret is not where the selection ended: %q", at)
	}
	eval[bool](t, ctx, scrollToPassage)
	box = eval[[]float64](t, ctx, passageBox("a fabrication"))
	do(t, ctx, "cite from the bar",
		chromedp.DragAndDropXY(box[0], box[1], box[2], box[3]),
		waitFor(`document.getElementById("cite-bar").classList.contains("is-active")`),
		chromedp.Click(chromedp.CSS(`#cite-bar button[value="claim"]`)),
		chromedp.WaitVisible(chromedp.CSS(`[data-testid="cite-form"]`)),
	)
	if q := eval[string](t, ctx, `document.querySelector('[data-testid="cite-form"] input[name="quote"]').value`); q != "a fabrication" {
		t.Errorf("the form opened with the quote %q", q)
	}
	if inView := eval[bool](t, ctx, `(() => { const r = document.activeElement.getBoundingClientRect(); return r.top >= 0 && r.bottom <= innerHeight; })()`); !inView {
		t.Error("the citation form's first field is not in view")
	}
}

// scrollToPassage scrolls the reader's last passage to the middle of the screen.
const scrollToPassage = `(() => {
	const seg = [...document.querySelectorAll("#reader-text .seg")].find(s => s.textContent.includes("a fabrication"));
	seg.scrollIntoView({block: "center"});
	return true;
})()`

// saveViewport saves what the screen shows into FACTLINE_SCREENSHOTS, when set.
func saveViewport(t *testing.T, ctx context.Context, name string) {
	t.Helper()
	dir := os.Getenv("FACTLINE_SCREENSHOTS")
	if dir == "" {
		return
	}
	png, err := chromedp.Run(ctx, chromedp.CaptureScreenshot())
	if err != nil {
		t.Fatalf("screenshot %s: %v", name, err)
	}
	if err := os.WriteFile(filepath.Join(dir, name+".png"), png, 0o644); err != nil {
		t.Fatal(err)
	}
}

// TestFiltersAreCollapsedOnPhones: on a 390 px screen the timeline's filters
// are one "Filter" line that opens on a tap; on a desktop they show whole.
func TestFiltersAreCollapsedOnPhones(t *testing.T) {
	a := startApp(t)
	seedWorkedExample(t, a.store)
	ctx := newBrowser(t)
	signIn(t, ctx, a)
	visible := `document.querySelector('[data-testid="filters"] select[name="kind"]').checkVisibility()`
	do(t, ctx, "open the timeline on a phone",
		chromedp.EmulateViewport(390, 844),
		chromedp.Navigate(a.url+"/timelines/xinjiang"),
		chromedp.WaitVisible(chromedp.CSS(`[data-testid="timeline-body"]`)),
	)
	saveViewport(t, ctx, "timeline-phone-filters-closed")
	if eval[bool](t, ctx, visible) {
		t.Error("the filters are open on a phone")
	}
	if top := eval[float64](t, ctx, `document.querySelector('[data-testid="entry"]').getBoundingClientRect().top`); top > 844 {
		t.Errorf("the first entry starts at %.0f px, below the first screen", top)
	}
	do(t, ctx, "open the filters", chromedp.Click(chromedp.CSS(`.filters-box > summary`)))
	if !eval[bool](t, ctx, visible) {
		t.Error("the filters do not open on a tap")
	}
	do(t, ctx, "open the timeline on a desktop",
		chromedp.EmulateViewport(1280, 900),
		chromedp.Navigate(a.url+"/timelines/xinjiang"),
		chromedp.WaitVisible(chromedp.CSS(`[data-testid="timeline-body"]`)),
	)
	if !eval[bool](t, ctx, visible) {
		t.Error("the filters are hidden on a desktop")
	}
	if eval[bool](t, ctx, `document.querySelector('.filters-box > summary').getBoundingClientRect().height > 0`) {
		t.Error("the desktop shows the filters' phone line")
	}
}
