package e2e

import (
	"fmt"
	"strings"
	"testing"

	"github.com/chromedp/cdproto/input"
	"github.com/chromedp/chromedp"
	"github.com/chromedp/chromedp/kb"

	"github.com/factline/factline/models"
	"github.com/factline/factline/models/demo"
	"github.com/factline/factline/models/storage"
)

// markOf is JavaScript for the scale view's mark whose text alternative starts with date.
func markOf(date string) string {
	return fmt.Sprintf(`[...document.querySelectorAll(".ts-mark")].find(m => m.querySelector("title").textContent.startsWith(%q))`, date+" — ")
}

// spanDays is JavaScript for the drawing's visible window, in days.
const spanDays = `(s => s.dataset.t1 - s.dataset.t0)(document.querySelector("svg.ts"))`

func TestScaleViewOfTheDemoTimeline(t *testing.T) {
	a := startApp(t)
	if _, err := demo.Load(t.Context(), a.store); err != nil {
		t.Fatal(err)
	}
	ctx := newBrowser(t)
	page := a.url + "/timelines/" + demo.Slug
	do(t, ctx, "open the scale view", chromedp.Navigate(page), chromedp.Click(chromedp.CSS(`[data-testid="view-switch"] a:not([aria-current])`)),
		waitFor(`document.querySelector("svg.ts")`))

	// The four-week session is a bar as long as 12 Sep to 7 Oct on the axis.
	days := eval[float64](t, ctx, `(() => {
		const svg = document.querySelector("svg.ts"), d = svg.dataset;
		const bar = `+markOf("12 Sep – 7 Oct 2022")+`.querySelector("rect.ts-bar");
		return bar.getBBox().width / ((d.x1 - d.x0) / (d.t1 - d.t0));
	})()`)
	if days < 25.5 || days > 26.5 {
		t.Errorf("the session is drawn %.1f days long, want 26 (12 Sep to the end of 7 Oct)", days)
	}

	// "by 10 Sep 2022" ends at a known day and fades toward an arrow at its open start.
	open := eval[[]float64](t, ctx, `(() => {
		const m = `+markOf("by 10 Sep 2022")+`, arrow = m.querySelector(".ts-open-start"), end = m.querySelector("line.ts-shape");
		return arrow ? [arrow.getBBox().x, end.getBBox().x] : [];
	})()`)
	if len(open) != 2 || open[0] >= open[1] {
		t.Errorf("by 10 Sep 2022 has no open-start arrow left of its known end: %v", open)
	}

	// The keyboard zooms in, moves later and zooms out, and keeps the address.
	whole := eval[float64](t, ctx, spanDays)
	focus := chromedp.Evaluate[chromedp.Void](`document.querySelector("[data-timescale]").focus()`)
	do(t, ctx, "zoom in with +", focus, chromedp.KeyEvent("+"), waitFor(spanDays+` < `+fmt.Sprint(whole*0.6)))
	if !strings.Contains(location(t, ctx), "t0=") {
		t.Errorf("zooming left the address at %s", location(t, ctx))
	}
	t0 := eval[float64](t, ctx, `+document.querySelector("svg.ts").dataset.t0`)
	do(t, ctx, "move later with →", focus, chromedp.KeyEvent(kb.ArrowRight), waitFor(`+document.querySelector("svg.ts").dataset.t0 > `+fmt.Sprint(t0+1)))
	do(t, ctx, "zoom out with −", focus, chromedp.KeyEvent("-"), waitFor(spanDays+` > `+fmt.Sprint(whole*0.9)))

	// Dragging the drawing to the left shows later days.
	box := eval[[]float64](t, ctx, `(r => [r.left, r.top, r.width])(document.querySelector("svg.ts").getBoundingClientRect())`)
	t0 = eval[float64](t, ctx, `+document.querySelector("svg.ts").dataset.t0`)
	y := box[1] + 36 // the axis, where no mark is
	do(t, ctx, "drag the drawing left",
		chromedp.MouseEvent(input.DispatchMouseEventTypeMousePressed, box[0]+box[2]*0.7, y, chromedp.ButtonLeft),
		chromedp.MouseEvent(input.DispatchMouseEventTypeMouseMoved, box[0]+box[2]*0.6, y, chromedp.ButtonLeft),
		chromedp.MouseEvent(input.DispatchMouseEventTypeMouseMoved, box[0]+box[2]*0.5, y, chromedp.ButtonLeft),
		chromedp.MouseEvent(input.DispatchMouseEventTypeMouseReleased, box[0]+box[2]*0.5, y, chromedp.ButtonLeft),
		waitFor(`+document.querySelector("svg.ts").dataset.t0 > `+fmt.Sprint(t0+1)))
	do(t, ctx, "a click after the drag still works", chromedp.Click(chromedp.CSS(`[data-zoom="whole"]`)),
		waitFor(`!location.search.includes("t0=")`))

	// Ctrl+wheel (a trackpad's pinch) zooms in at the pointer. (The event is
	// made in the page: the DevTools protocol drops a zero horizontal delta.)
	whole = eval[float64](t, ctx, spanDays)
	do(t, ctx, "zoom in with Ctrl+wheel", chromedp.Evaluate[chromedp.Void](fmt.Sprintf(`document.querySelector("svg.ts").dispatchEvent(
		new WheelEvent("wheel", {ctrlKey: true, deltaY: -120, clientX: %f, clientY: %f, bubbles: true, cancelable: true}))`, box[0]+box[2]*0.6, y)),
		waitFor(spanDays+` < `+fmt.Sprint(whole*0.9)))

	// The entry's permalink anchor selects its mark, and a click opens the entry.
	id := eval[string](t, ctx, markOf("12 Sep – 7 Oct 2022")+`.id`)
	do(t, ctx, "open the session's anchor", chromedp.Navigate(page+"?view=scale#"+id),
		waitFor(`document.querySelector(":target") && document.querySelector(":target").id === `+fmt.Sprintf("%q", id)))
	if w := eval[string](t, ctx, `getComputedStyle(document.querySelector(":target .ts-shape")).strokeWidth`); w != "4px" {
		t.Errorf("the selected mark is drawn with a %s stroke, want 4px", w)
	}
	do(t, ctx, "click the session", chromedp.Click(chromedp.CSS("#"+id+" rect")), waitFor(`location.pathname.startsWith("/events/")`))
	if got := textOf(t, ctx, "h1"); !strings.Contains(got, "four-week session") {
		t.Errorf("the click opened %q", got)
	}

	// Enter on a focused mark opens it too.
	do(t, ctx, "back to the scale view", chromedp.Navigate(page+"?view=scale"), waitFor(`document.querySelector("svg.ts")`),
		chromedp.Evaluate[chromedp.Void](markOf("by 10 Sep 2022")+`.focus()`), chromedp.KeyEvent(kb.Enter),
		waitFor(`location.pathname.startsWith("/claims/")`))
}

func TestScaleViewLabelsNeverOverlapOnAThousandEntries(t *testing.T) {
	a := startApp(t)
	storage.SeedTimeline(t, a.store, "big", 1000)
	ctx := newBrowser(t)
	for _, by := range []string{"lane", "kind"} {
		do(t, ctx, "open the scale view by "+by, chromedp.Navigate(a.url+"/timelines/big?view=scale&by="+by),
			waitFor(`document.querySelector("svg.ts")`))
		res := eval[[]int](t, ctx, `(() => {
			const boxes = [...document.querySelectorAll(".ts-label, .ts-cluster text")].map(l => l.getBoundingClientRect());
			let overlaps = 0;
			for (let i = 0; i < boxes.length; i++) for (let j = i + 1; j < boxes.length; j++) {
				const a = boxes[i], b = boxes[j];
				if (a.left < b.right - 0.5 && b.left < a.right - 0.5 && a.top < b.bottom - 0.5 && b.top < a.bottom - 0.5) overlaps++;
			}
			return [boxes.length, overlaps, document.querySelectorAll(".ts-mark").length];
		})()`)
		if res[0] < 10 || res[1] != 0 {
			t.Errorf("by %s: %d labels, %d overlapping pairs; want labels and no overlap", by, res[0], res[1])
		}
		t.Logf("by %s: %d labels, %d marks drawn one by one", by, res[0], res[2])
	}
}

func TestScaleViewReadsYearsBCE(t *testing.T) {
	a := startApp(t)
	var refs []models.Ref
	for _, d := range []struct{ title, date string }{{"Earliest writing at Uruk", "-3399~"}, {"Sargon of Akkad", "-2333/-2278"}, {"Hammurabi's code", "-1753?"}} {
		e := storage.MakeEvent(t, a.store, d.title, d.date)
		refs = append(refs, models.Ref{Kind: models.KindEvent, ID: e.ID})
	}
	storage.MakeTimeline(t, a.store, "mesopotamia", refs...)
	ctx := newBrowser(t)
	do(t, ctx, "open the scale view", chromedp.Navigate(a.url+"/timelines/mesopotamia?view=scale"), waitFor(`document.querySelector("svg.ts")`))
	ticks := eval[[]string](t, ctx, `[...document.querySelectorAll(".ts-axis text")].map(t => t.textContent).filter(t => t)`)
	if len(ticks) < 3 {
		t.Fatalf("the axis reads %q", ticks)
	}
	for _, tk := range ticks {
		if !strings.HasSuffix(tk, " BCE") {
			t.Errorf("the axis reads %q: want years BCE", ticks)
			break
		}
	}
	if got := eval[string](t, ctx, markOf("c. 3400 BCE")+`?.getAttribute("class")`); !strings.Contains(got, "ts-approx") {
		t.Errorf("c. 3400 BCE is drawn as %q, want approximate", got)
	}
}
