package e2e

import (
	"fmt"
	"os"
	"path/filepath"
	"testing"

	"github.com/chromedp/chromedp"

	"github.com/factline/factline/models"
	"github.com/factline/factline/models/storage"
)

// TestDuplicateOfferInTheBrowser pastes an article's address a second time,
// with tracking parameters: the form stays as typed and offers the stored
// source by its button, on a desktop and on a 390 px phone, without a
// horizontal scroll or an axe violation; "Save as new" then saves it. A claim
// like a stored one is saved as its repetition, and its page shows the chain.
// With FACTLINE_SCREENSHOTS set, the offer and the chain are saved there.
func TestDuplicateOfferInTheBrowser(t *testing.T) {
	a := startApp(t)
	ctx := newBrowser(t)
	ctxSys := models.AsSystem(t.Context())
	stored := &models.Source{Kind: "article", Title: "China shuns co-operation with UN human rights office",
		URL: "https://www.nzherald.co.nz/world/china-shuns-co-operation/ABC123/", Publisher: "NZ Herald"}
	if err := a.store.SaveSource(ctxSys, stored); err != nil {
		t.Fatal(err)
	}
	china := storage.MakeActor(t, a.store, "China")
	first := storage.MakeClaim(t, a.store, china, "The assessment is a fabrication cooked up by Western nations", "2022-08-31")
	storage.MakeActor(t, a.store, "Chen Xu")
	signIn(t, ctx, a)
	script := axeScript(t)
	shots := os.Getenv("FACTLINE_SCREENSHOTS")
	shoot := func(name string) {
		if shots == "" {
			return
		}
		png, err := chromedp.Run(ctx, chromedp.FullScreenshot(100))
		if err != nil {
			t.Fatalf("screenshot %s: %v", name, err)
		}
		if err := os.WriteFile(filepath.Join(shots, name+".png"), png, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	typed := "http://nzherald.co.nz/world/china-shuns-co-operation/ABC123?utm_source=twitter&fbclid=IwAR0"
	for _, width := range []int64{1280, 390} {
		do(t, ctx, fmt.Sprintf("paste the address again at %d px", width),
			chromedp.EmulateViewport(width, 900),
			chromedp.Navigate(a.url+"/sources/new"),
			chromedp.SendKeys(chromedp.CSS(`[data-testid="source-form"] input[name="title"]`), "China shuns co-operation (again)"),
			chromedp.SendKeys(chromedp.CSS(`[data-testid="source-form"] input[name="url"]`), typed),
			chromedp.Click(chromedp.CSS(`[data-testid="source-form"] button[type="submit"]:not([name])`)),
			chromedp.WaitVisible(chromedp.CSS(`[data-testid="duplicate-offer"]`)),
		)
		if got := eval[string](t, ctx, `document.querySelector('[data-testid="source-form"] input[name="url"]').value`); got != typed {
			t.Errorf("the address typed became %q", got)
		}
		do(t, ctx, "the offer takes the focus", waitFor(`document.activeElement.closest('[data-testid="duplicate-offer"]') !== null`))
		if got := location(t, ctx); got != a.url+"/sources/new" {
			t.Errorf("the offer moved the page to %s", got)
		}
		if over := eval[bool](t, ctx, `document.documentElement.scrollWidth > window.innerWidth`); over {
			t.Errorf("at %d px the page scrolls sideways with the offer", width)
		}
		if width == 390 {
			// Every button of the offer fits the screen's width.
			if out := eval[int](t, ctx, `[...document.querySelectorAll('[data-testid="duplicate-offer"] .button, [data-testid="duplicate-offer"] button')]
				.filter(b => b.getBoundingClientRect().right > window.innerWidth || b.getBoundingClientRect().left < 0).length`); out != 0 {
				t.Errorf("%d offer buttons stick out of a 390 px screen", out)
			}
		}
		if _, err := chromedp.Run(ctx, chromedp.Evaluate[chromedp.Void](script)); err != nil {
			t.Fatalf("inject axe-core: %v", err)
		}
		vs, err := chromedp.Run(ctx, chromedp.Evaluate[[]axeViolation](`axe.run(document).then(r => r.violations
			.filter(v => v.impact === "serious" || v.impact === "critical")
			.map(v => ({id: v.id, impact: v.impact, help: v.help, nodes: v.nodes.slice(0, 5).map(n => n.target.join(" "))})))`,
			chromedp.EvalAwaitPromise))
		if err != nil || len(vs) > 0 {
			t.Errorf("axe on the offer at %d px: %v %+v", width, err, vs)
		}
		do(t, ctx, "scroll to the offer", chromedp.ScrollIntoView(chromedp.CSS(`[data-testid="duplicate-offer"]`)))
		shoot(fmt.Sprintf("source-offer-%d", width))
	}
	// Enter in a field submits the form's own button, which asks again.
	do(t, ctx, "Enter in the title",
		chromedp.Evaluate[chromedp.Void](`document.querySelector('[data-testid="duplicate-offer"]').dataset.seen = "1"`),
		chromedp.SendKeys(chromedp.CSS(`[data-testid="source-form"] input[name="title"]`), "\r"),
		waitFor(`document.querySelector('[data-testid="duplicate-offer"]:not([data-seen])') !== null`),
	)
	if n := len(storage.Must(a.store.ListSources(ctxSys, 10))(t)); n != 1 {
		t.Fatalf("Enter after the offer saved the source: %d sources", n)
	}
	do(t, ctx, "save as new",
		chromedp.Click(chromedp.CSS(`[data-testid="offer-new"]`)),
		chromedp.WaitVisible(chromedp.CSS(`[data-testid="source"]`)),
	)
	if n := len(storage.Must(a.store.ListSources(ctxSys, 10))(t)); n != 2 {
		t.Errorf("after Save as new: %d sources, want 2", n)
	}

	do(t, ctx, "a claim like a stored one",
		chromedp.EmulateViewport(390, 900),
		chromedp.Navigate(a.url+"/claims/new"),
		chromedp.SetValue(chromedp.CSS(`[data-testid="claim-form"] textarea[name="text"]`), "The report is a fabrication cooked up by Western nations"),
		chromedp.SendKeys(chromedp.CSS(`[data-testid="claim-form"] input[name="speaker"]`), "Chen Xu"),
		chromedp.SendKeys(chromedp.CSS(`[data-testid="claim-form"] input[name="said_on"]`), "10 Sep 2022"),
		chromedp.Click(chromedp.CSS(`[data-testid="claim-form"] button[type="submit"]:not([name])`)),
		chromedp.WaitVisible(chromedp.CSS(`[data-testid="offer-repeats"]`)),
		chromedp.ScrollIntoView(chromedp.CSS(`[data-testid="duplicate-offer"]`)),
	)
	shoot("claim-offer-390")
	do(t, ctx, "save it as a repetition",
		chromedp.Click(chromedp.CSS(`[data-testid="offer-repeats"]`)),
		chromedp.WaitVisible(chromedp.CSS(`[data-testid="repetitions"]`)),
	)
	if got := textOf(t, ctx, `[data-testid="repetition"]`); got != "31 Aug 2022 China said first "+first.Text {
		t.Errorf("first of the chain: %q", got)
	}
	claimPage := location(t, ctx)
	do(t, ctx, "the repeating speaker's page", chromedp.Click(chromedp.CSS(`[data-testid="repetition"][aria-current] [data-testid="repetition-speaker"]`)),
		chromedp.WaitVisible(chromedp.CSS(`[data-testid="repeats"]`)))
	if got := textOf(t, ctx, `[data-testid="repeat"] [data-testid="repeated-speaker"]`); got != "China" {
		t.Errorf("Chen Xu's page says he repeats %q", got)
	}
	if over := eval[bool](t, ctx, `document.documentElement.scrollWidth > window.innerWidth`); over {
		t.Error("the actor page scrolls sideways at 390 px")
	}
	shoot("actor-repeats-390")
	do(t, ctx, "back to the claim", chromedp.Navigate(claimPage), chromedp.WaitVisible(chromedp.CSS(`[data-testid="repetitions"]`)))
	do(t, ctx, "scroll to the chain", chromedp.ScrollIntoView(chromedp.CSS(`[data-testid="repetitions"]`)))
	shoot("claim-repetitions-390")
	// The reader's citation form offers the stored event to cite instead.
	src := storage.MakeSource(t, a.store, "Geneva report", "On Thursday the General Assembly approved Volker Türk as High Commissioner.", "2022-09-10")
	turk := storage.MakeEvent(t, a.store, "UN General Assembly approves Volker Türk", "2022-09-08")
	for _, width := range []int64{1280, 390} {
		do(t, ctx, "cite a passage as a new event like a stored one",
			chromedp.EmulateViewport(width, 900),
			chromedp.Navigate(fmt.Sprintf("%s/sources/%d/cite?as=event&start=0&end=32", a.url, src.ID)),
			chromedp.SetValue(chromedp.CSS(`[data-testid="cite-form"] input[name="title"]`), "General Assembly approves Türk", chromedp.NodeReady),
			chromedp.SetValue(chromedp.CSS(`[data-testid="cite-form"] input[name="occurred"]`), "2022-09-08", chromedp.NodeReady),
			chromedp.Evaluate[chromedp.Void](`document.querySelector('[data-testid="cite-form"]').requestSubmit()`),
			chromedp.WaitVisible(chromedp.CSS(`[data-testid="offer-cite"]`)),
		)
		if over := eval[bool](t, ctx, `document.documentElement.scrollWidth > window.innerWidth`); over {
			t.Error("the reader scrolls sideways with the offer")
		}
		shoot(fmt.Sprintf("reader-offer-%d", width))
	}
	do(t, ctx, "cite it for the stored event",
		chromedp.Click(chromedp.CSS(`[data-testid="offer-cite"]`)),
		waitFor(`location.search.includes("cited=")`),
	)
	if cits := storage.Must(a.store.CitationsOf(ctxSys, []models.Ref{{Kind: models.KindEvent, ID: turk.ID}}))(t); len(cits) != 1 {
		t.Errorf("the stored event has %d citations, want 1", len(cits))
	}
	do(t, ctx, "the chain on a desktop", chromedp.EmulateViewport(1280, 900), chromedp.Navigate(claimPage),
		chromedp.WaitVisible(chromedp.CSS(`[data-testid="repetitions"]`)))
	shoot("claim-repetitions-1280")
}
