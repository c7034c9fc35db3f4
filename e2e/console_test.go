package e2e

import (
	"context"
	"fmt"
	"strings"
	"testing"

	"github.com/chromedp/cdproto/page"
	"github.com/chromedp/chromedp"

	"github.com/factline/factline/models"
	"github.com/factline/factline/models/demo"
	"github.com/factline/factline/models/storage"
)

// reportViolations is run in every document before its own scripts, outside
// the page's CSP (the DevTools protocol injects it): it writes each CSP
// violation to the console as an error, with the directive and where it came
// from, so that watchConsole keeps it even when the browser's own report of it
// is worded otherwise or goes to another channel.
const reportViolations = `document.addEventListener("securitypolicyviolation", e =>
	console.error("CSP violation: " + e.violatedDirective + " blocked " + (e.blockedURI || "inline") +
		" at " + e.sourceFile + ":" + e.lineNumber + ":" + e.columnNumber + " sample " + JSON.stringify(e.sample)));`

// watchViolations turns CSP violations into console errors in every document
// the tab opens from now on.
func watchViolations(t *testing.T, ctx context.Context) {
	t.Helper()
	do(t, ctx, "report CSP violations to the console", chromedp.Func(func(ctx context.Context, _ *chromedp.Target) error {
		_, err := chromedp.Call(ctx, page.AddScriptToEvaluateOnNewDocument, page.AddScriptToEvaluateOnNewDocumentParams{Source: reportViolations})
		return err
	}))
}

// TestMainFlowsLogNoConsoleErrorOrCSPViolation drives the main flows of a
// visitor and an editor — the demo timeline and its scale view, search, a
// claim, signing in, the source reader, citing a passage, and htmx swaps on a
// timeline — and fails on any console error, uncaught exception, failed load
// or CSP violation (issue 27 item 12: every htmx swap logged one).
func TestMainFlowsLogNoConsoleErrorOrCSPViolation(t *testing.T) {
	a := startApp(t)
	if _, err := demo.Load(t.Context(), a.store); err != nil {
		t.Fatal(err)
	}
	src := storage.MakeSource(t, a.store, "China shuns co-operation with UN rights office", articleText, "2022-09-10")
	claim := storage.MakeClaim(t, a.store, nil, "The UN has no mandate to assess Xinjiang", "2022-09-01")
	ctx := newBrowser(t)
	watchViolations(t, ctx)
	problems := watchConsole(t, ctx)
	check := func(step string) {
		t.Helper()
		if got := problems(); len(got) > 0 {
			t.Fatalf("after %s, the console has errors:\n%s", step, strings.Join(got, "\n"))
		}
	}
	timeline := a.url + "/timelines/" + demo.Slug

	do(t, ctx, "open the home page and the demo timeline",
		chromedp.Navigate(a.url+"/"),
		chromedp.Navigate(timeline),
		chromedp.WaitVisible(chromedp.CSS(`[data-testid="timeline-body"]`)),
	)
	do(t, ctx, "switch to the scale view and zoom",
		chromedp.Click(chromedp.CSS(`[data-testid="view-switch"] a:not([aria-current])`)),
		waitFor(`document.querySelector("svg.ts")`),
		chromedp.Evaluate[chromedp.Void](`document.querySelector("[data-timescale]").focus()`),
		chromedp.KeyEvent("+"),
		waitFor(`location.search.includes("t0=")`),
	)
	check("the demo timeline and its scale view")

	do(t, ctx, "search",
		chromedp.Navigate(a.url+"/"),
		chromedp.SendKeys(chromedp.CSS(`#site-q`), "Bachelet\n"),
		waitFor(`location.pathname === "/search" && document.querySelector("main").innerText.includes("Bachelet")`),
	)
	check("a search")

	signIn(t, ctx, a)
	do(t, ctx, "open a claim",
		chromedp.Navigate(fmt.Sprintf("%s/claims/%d", a.url, claim.ID)),
		chromedp.WaitVisible(chromedp.CSS(`[data-testid="claim"]`)),
	)
	check("signing in and opening a claim")

	do(t, ctx, "open the source reader",
		chromedp.Navigate(fmt.Sprintf("%s/sources/%d/read", a.url, src.ID)),
		chromedp.WaitVisible(chromedp.CSS(`[data-testid="reader-text"]`)),
	)
	box := eval[[]float64](t, ctx, passageBox("groundless blame"))
	do(t, ctx, "cite a passage as a new claim",
		chromedp.DragAndDropXY(box[0], box[1], box[2], box[3]),
		waitFor(`document.getElementById("cite-status").textContent.includes("“groundless blame”")`),
		chromedp.Click(chromedp.CSS(`#cite-bar button[value="claim"]`)),
		chromedp.WaitVisible(chromedp.CSS(`[data-testid="cite-form"]`)),
		chromedp.SendKeys(chromedp.CSS(`[data-testid="cite-form"] input[name="speaker"]`), "Chen Xu"),
		chromedp.Click(chromedp.CSS(`[data-testid="cite-form"] button[type="submit"]`)),
		waitFor(`document.querySelectorAll("mark.cited").length === 1`),
	)
	check("citing a passage from the reader")

	do(t, ctx, "filter the demo timeline (an htmx swap), then go Back",
		chromedp.Navigate(timeline),
		chromedp.WaitVisible(chromedp.CSS(`[data-testid="timeline-body"]`)),
		chromedp.Evaluate[chromedp.Void](`(() => { const s = document.querySelector('[data-testid="filters"] select[name="kind"]');
			s.value = "event"; s.dispatchEvent(new Event("change", {bubbles: true})); })()`),
		waitFor(`location.search.includes("kind=event") && ![...document.querySelectorAll("[data-testid=entry]")].some(e => e.id.startsWith("claim-"))`),
		chromedp.NavigateBack(),
		waitFor(`!location.search.includes("kind=") && [...document.querySelectorAll("[data-testid=entry]")].some(e => e.id.startsWith("claim-"))`),
	)
	entries := count(t, ctx, `[data-testid="entry"]`)
	do(t, ctx, "add an entry inline (an htmx swap)",
		chromedp.SendKeys(chromedp.CSS(`[data-testid="add-entry"] input[name="item"]`), fmt.Sprintf("%s-%d", models.KindClaim, claim.ID)),
		chromedp.Click(chromedp.CSS(`[data-testid="add-entry"] button[type="submit"]`)),
		waitFor(fmt.Sprintf(`document.querySelectorAll("[data-testid=entry]").length === %d`, entries+1)),
	)
	check("htmx swaps on the timeline")

	for _, path := range []string{"/timelines", "/claims", "/events", "/actors", "/sources", "/actors/1", "/events/1", "/sources/1",
		"/claims/new", "/events/new", "/actors/new", "/sources/new", "/timelines/new", "/import", "/capture", "/account", "/trash",
		"/timelines/" + demo.Slug + "/edit", "/timelines/" + demo.Slug + "/history"} {
		do(t, ctx, "open "+path, chromedp.Navigate(a.url+path), waitFor(`document.readyState === "complete"`))
		check("opening " + path)
	}
}
