package e2e

import (
	"strings"
	"testing"

	"github.com/chromedp/chromedp"

	"github.com/factline/factline/models/demo"
)

// TestScaleViewOnAPhone opens the demo's scale view, in lanes by speaker, on a
// 390×844 screen (issue 27 item 10): every label is drawn at 12 px or more, the
// lane names stay in view when the drawing is scrolled to its far end, and the
// legend fits the screen, its items side by side or wrapped, never on top of
// each other.
func TestScaleViewOnAPhone(t *testing.T) {
	a := startApp(t)
	if _, err := demo.Load(t.Context(), a.store); err != nil {
		t.Fatal(err)
	}
	ctx := newBrowser(t)
	do(t, ctx, "open the scale view on a phone",
		chromedp.EmulateViewport(390, 844),
		chromedp.Navigate(a.url+"/timelines/"+demo.Slug+"?view=scale&by=speaker"),
		waitFor(`document.querySelector("svg.ts")`),
	)
	saveViewport(t, ctx, "scale-phone")
	small := eval[[]string](t, ctx, `[...document.querySelectorAll("#timeline-body svg text")]
		.filter(t => t.checkVisibility() && t.textContent.trim())
		.map(t => [t.textContent.trim(), parseFloat(getComputedStyle(t).fontSize) * t.getScreenCTM().a])
		.filter(([, px]) => px < 11.95)
		.map(([s, px]) => s + ": " + px.toFixed(1) + " px")`)
	if len(small) > 0 {
		t.Errorf("labels under 12 px at 390×844:\n%s", strings.Join(small, "\n"))
	}

	lanes := eval[[]string](t, ctx, `[...document.querySelectorAll("svg.ts .ts-lane-name")].map(t => t.textContent)`)
	if len(lanes) < 2 {
		t.Fatalf("lanes by speaker: %q", lanes)
	}
	hidden := eval[[]string](t, ctx, `(() => {
		const fig = document.querySelector(".ts-figure");
		fig.scrollLeft = fig.scrollWidth;
		const left = fig.getBoundingClientRect().left, out = [];
		if (fig.scrollLeft < 100) out.push("the drawing does not scroll sideways: " + fig.scrollLeft + " px");
		for (const name of document.querySelectorAll("svg.ts .ts-lane-name")) {
			// Down to the lane, without moving the drawing sideways.
			window.scrollBy(0, name.getBoundingClientRect().top - innerHeight / 2);
			const r = name.getBoundingClientRect(), y = r.top + r.height / 2;
			const at = document.elementFromPoint(left + 14, y);
			if (!at || at.textContent !== name.textContent) {
				out.push(name.textContent + ": at its place the screen shows " + (at ? at.tagName + " " + JSON.stringify(at.textContent.slice(0, 40)) : "nothing"));
			}
		}
		return out;
	})()`)
	saveViewport(t, ctx, "scale-phone-scrolled")
	if len(hidden) > 0 {
		t.Errorf("lane names out of view with the drawing scrolled to its end:\n%s", strings.Join(hidden, "\n"))
	}

	legend := eval[[]string](t, ctx, `(() => {
		const items = ["a day", "a span, or a month or year", "start or end unknown", "c. approximate", "(?) uncertain"].map(s =>
			[...document.querySelectorAll("#timeline-body *")].find(e => e.checkVisibility() && e.textContent.trim().endsWith(s) && ![...e.children].some(c => c.textContent.trim().endsWith(s))));
		const out = [];
		const boxes = items.map((e, i) => e ? e.getBoundingClientRect() : null);
		boxes.forEach((r, i) => {
			if (!r) { out.push("no legend item " + i); return; }
			if (r.left < 0 || r.right > innerWidth) out.push(items[i].textContent.trim() + " spans " + r.left.toFixed(0) + "–" + r.right.toFixed(0) + " px of " + innerWidth);
			boxes.forEach((q, j) => {
				if (q && j > i && r.left < q.right && q.left < r.right && r.top < q.bottom && q.top < r.bottom) out.push(items[i].textContent.trim() + " overlaps " + items[j].textContent.trim());
			});
		});
		return out;
	})()`)
	if len(legend) > 0 {
		t.Errorf("the legend does not fit a 390 px screen:\n%s", strings.Join(legend, "\n"))
	}
}
