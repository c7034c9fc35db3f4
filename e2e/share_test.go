package e2e

import (
	"context"
	"fmt"
	"net/http"
	"strings"
	"testing"

	"github.com/chromedp/cdproto/cdp"
	"github.com/chromedp/cdproto/page"
	"github.com/chromedp/chromedp"

	"github.com/factline/factline/models"
	"github.com/factline/factline/models/accounts"
	"github.com/factline/factline/models/storage"
)

// sharedTimeline stores, as the editor, an unlisted timeline with a claim and
// an event that cite two sources, the event's participants with role words, a
// relation between the two entries and one to a claim on no timeline.
func sharedTimeline(t *testing.T, a *app) (slug string, outside *models.Claim) {
	t.Helper()
	s := a.store
	owner, err := accounts.Of(s).FindUserByEmail(t.Context(), editorEmail)
	if err != nil {
		t.Fatal(err)
	}
	ctx := models.WithUser(t.Context(), owner)
	speaker := storage.MakeActor(t, s, "Chen Quokka")
	claim := storage.MakeClaim(t, s, speaker, "The report is quokka-shaped", "../2022-09-08")
	outside = storage.MakeClaim(t, s, speaker, "A team-only remark about wombats", "2022-09-01")
	ev := storage.MakeEvent(t, s, "Wombat report published", "2022-08-31")
	for _, name := range []string{"Ana Wombat", "Bo Numbat"} {
		p := storage.MakeActor(t, s, name)
		if err := s.AddParticipant(ctx, models.Participant{EventID: ev.ID, ActorID: p.ID, RoleWord: "author"}); err != nil {
			t.Fatal(err)
		}
	}
	src := storage.MakeSource(t, s, "Quokka daily", "Chen said the report is quokka-shaped, and more.", "2022-09-09")
	storage.MakeCitation(t, s, models.Ref{Kind: models.KindClaim, ID: claim.ID}, src, "quokka-shaped")
	storage.MakeCitation(t, s, models.Ref{Kind: models.KindEvent, ID: ev.ID}, storage.MakeSource(t, s, "Wombat weekly", "", "2022-09-01"), "published")
	for _, r := range []models.Relation{
		{FromKind: models.KindClaim, FromID: claim.ID, ToKind: models.KindEvent, ToID: ev.ID, Kind: "responds to"},
		{FromKind: models.KindClaim, FromID: claim.ID, ToKind: models.KindClaim, ToID: outside.ID, Kind: "repeats"},
	} {
		if err := s.SaveRelation(ctx, &r); err != nil {
			t.Fatal(err)
		}
	}
	slug = "quiet"
	tl := &models.Timeline{Slug: slug, Title: "Quiet one", Visibility: "unlisted", OwnerID: &owner.ID}
	if err := s.SaveTimeline(ctx, tl); err != nil {
		t.Fatal(err)
	}
	for _, ref := range []models.Ref{{Kind: models.KindClaim, ID: claim.ID}, {Kind: models.KindEvent, ID: ev.ID}} {
		if err := s.AddEntry(ctx, &models.Entry{TimelineID: tl.ID, ItemKind: ref.Kind, ItemID: ref.ID, Lane: "main"}); err != nil {
			t.Fatal(err)
		}
	}
	return slug, outside
}

// publishAndShare publishes a version and makes a share link in the browser,
// as the signed-in owner, and returns the link.
func publishAndShare(t *testing.T, ctx context.Context, a *app, slug string) string {
	t.Helper()
	do(t, ctx, "publish a version",
		chromedp.Navigate(a.url+"/timelines/"+slug),
		chromedp.SendKeys(chromedp.CSS(`#publish-message`), "for the reviewers"),
		chromedp.Click(chromedp.CSS(`[data-testid="versions"] button[type="submit"]`)),
		waitFor(`location.pathname.includes("/versions/1") || document.querySelector('[data-testid="versions"] a[href$="/versions/1"]')`),
	)
	do(t, ctx, "make a share link",
		chromedp.Navigate(a.url+"/timelines/"+slug+"/sharing"),
		chromedp.Click(chromedp.CSS(`[data-testid="link-form"] button[type="submit"]`)),
		chromedp.WaitVisible(chromedp.CSS(`[data-testid="new-link"]`)),
	)
	return eval[string](t, ctx, `document.querySelector('[data-testid="new-link"]').value`)
}

// crawlJS follows, from the page the tab shows, every link, iframe, GET form
// and htmx GET request offered, breadth first to a depth, with the browser's
// own fetch (its cookies, none when signed out; HX-Request for htmx), and
// returns every address with its status, the page that offered it and
// whether it is a page to open.
const crawlJS = `(async (depth) => {
	const seen = new Map();
	let level = [[location.pathname + location.search, "", false]];
	for (let d = 0; d <= depth && level.length; d++) {
		const next = [];
		for (const [url, from, hx] of level) {
			const key = url + (hx ? " (htmx)" : "");
			if (seen.has(key)) continue;
			const res = await fetch(url, {headers: hx ? {"HX-Request": "true"} : {}});
			const html = (res.headers.get("content-type") || "").startsWith("text/html");
			const download = (res.headers.get("content-disposition") || "").startsWith("attachment");
			seen.set(key, {url: key, status: res.status, from: from, page: html && !hx && !download});
			if (d === depth || !html || download) continue;
			const doc = new DOMParser().parseFromString(await res.text(), "text/html");
			const base = new URL(url, location.href);
			const add = (ref, hx) => {
				if (!ref || ref.startsWith("#")) return;
				const u = new URL(ref, base);
				if (u.origin !== location.origin) return;
				next.push([u.pathname + u.search, url, hx]);
			};
			doc.querySelectorAll("a[href]").forEach(a => add(a.getAttribute("href"), false));
			doc.querySelectorAll("iframe[src]").forEach(f => add(f.getAttribute("src"), false));
			doc.querySelectorAll("[hx-get]").forEach(e => add(e.getAttribute("hx-get"), true));
			doc.querySelectorAll("form").forEach(f => {
				if ((f.getAttribute("method") || "get").toLowerCase() === "get") add(f.getAttribute("action") || url, false);
			});
		}
		level = next;
	}
	return [...seen.values()];
})(%d)`

type crawledURL struct {
	URL    string `json:"url"`
	Status int    `json:"status"`
	From   string `json:"from"`
	Page   bool   `json:"page"`
}

// TestShareLinkWorksSignedOut builds a timeline, publishes it and shares it in
// one browser; in another, signed out, every address reachable from the link
// (two levels deep) answers, every page among them opens without a console
// error, and after the link is revoked every one of them is closed.
func TestShareLinkWorksSignedOut(t *testing.T) {
	a := startApp(t)
	slug, outside := sharedTimeline(t, a)
	owner := newBrowser(t)
	signIn(t, owner, a)
	link := publishAndShare(t, owner, a, slug)
	linkPath := strings.TrimPrefix(link, a.url)

	stranger := newBrowser(t)
	problems := watchConsole(t, stranger)
	do(t, stranger, "open the link signed out", chromedp.Navigate(link), chromedp.WaitVisible(chromedp.CSS(`[data-testid="timeline"]`)))
	found := eval[[]crawledURL](t, stranger, fmt.Sprintf(crawlJS, 2), chromedp.EvalAwaitPromise)
	var pages []string
	for _, c := range found {
		if c.Status >= 400 {
			t.Errorf("%s answers %d (offered by %s)", c.URL, c.Status, c.From)
		}
		if c.Page && strings.HasPrefix(c.URL, linkPath) {
			pages = append(pages, c.URL)
		}
	}
	for _, want := range []string{"/claims/", "/events/", "/sources/", "/read", "/actors/", "/versions/1", "/export/html", "/versions/1/export/json"} {
		if !crawledContains(found, linkPath, want) {
			t.Errorf("nothing under the link reached %s", want)
		}
	}
	if crawledContains(found, "", fmt.Sprintf("/claims/%d", outside.ID)) {
		t.Error("the claim outside the timeline is offered through the link")
	}
	// Every page opens as a copied address, without a console error.
	for _, p := range pages {
		res, err := chromedp.Run(stranger, chromedp.NavigateResponse(a.url+p))
		if err != nil {
			t.Errorf("open %s: %v", p, err)
		} else if res.Status != http.StatusOK {
			t.Errorf("open %s: status %d", p, res.Status)
		}
	}
	if len(pages) < 10 {
		t.Errorf("only %d pages under the link: %v", len(pages), pages)
	}
	// The filter and Clear work through htmx and keep their addresses under the link.
	do(t, stranger, "filter the shared timeline",
		chromedp.Navigate(link),
		chromedp.SetValue(chromedp.CSS(`#f-kind`), "claim"),
		chromedp.Evaluate[chromedp.Void](`document.querySelector("#f-kind").dispatchEvent(new Event("change", {bubbles: true}))`),
		waitFor(`location.search.includes("kind=claim")`),
		waitFor(`document.querySelectorAll('[data-testid="timeline-body"] .entry').length === 1`),
	)
	if loc := location(t, stranger); !strings.HasPrefix(loc, link+"?") {
		t.Errorf("the filter pushed %s, not an address under the link", loc)
	}
	do(t, stranger, "clear the filter", chromedp.Click(chromedp.CSS(`[data-testid="filters"] a`)),
		waitFor(`document.querySelectorAll('[data-testid="timeline-body"] .entry').length === 2`))
	if loc := location(t, stranger); loc != link {
		t.Errorf("Clear went to %s", loc)
	}
	for _, p := range problems() {
		t.Errorf("console: %s", p)
	}

	revokeFirstLink(t, owner, a, slug)
	for _, c := range found {
		if !strings.HasPrefix(c.URL, linkPath) {
			continue
		}
		url := strings.TrimSuffix(c.URL, " (htmx)")
		status := eval[int](t, stranger, fmt.Sprintf(`fetch(%q).then(r => r.status)`, url), chromedp.EvalAwaitPromise)
		if status != http.StatusNotFound {
			t.Errorf("after revoking, %s answers %d", url, status)
		}
	}
}

func crawledContains(found []crawledURL, prefix, part string) bool {
	for _, c := range found {
		if strings.HasPrefix(c.URL, prefix) && strings.Contains(c.URL, part) {
			return true
		}
	}
	return false
}

// revokeFirstLink revokes the newest link on the sharing page, accepting the
// confirmation the page asks for.
func revokeFirstLink(t *testing.T, ctx context.Context, a *app, slug string) {
	t.Helper()
	asked := make(chan string, 1)
	opening := chromedp.Events(ctx, page.JavascriptDialogOpening)
	go func() {
		for e, err := range opening {
			if err != nil {
				return
			}
			asked <- e.Message
			go chromedp.Do(ctx, chromedp.Func(func(ctx context.Context, tg *chromedp.Target) error {
				_, err := cdp.Call(ctx, tg, page.HandleJavaScriptDialog, page.HandleJavaScriptDialogParams{Accept: true})
				return err
			}))
			return
		}
	}()
	do(t, ctx, "revoke the link",
		chromedp.Navigate(a.url+"/timelines/"+slug+"/sharing"),
		chromedp.Click(chromedp.CSS(`[data-testid="revoke"]`)),
		waitFor(`document.querySelector('[data-testid="links"] .badge') && document.querySelector('[data-testid="links"]').innerText.includes("revoked")`),
	)
	select {
	case msg := <-asked:
		if !strings.Contains(msg, "Revoke this link?") {
			t.Errorf("the confirmation asks %q", msg)
		}
	default:
		t.Error("revoking did not ask first")
	}
}

// TestVersionPageGivesTheEntriesTheWidestColumn measures the published
// version's page on desktops: its entries are not squeezed into a side column.
func TestVersionPageGivesTheEntriesTheWidestColumn(t *testing.T) {
	a := startApp(t)
	slug, _ := sharedTimeline(t, a)
	ctx := newBrowser(t)
	signIn(t, ctx, a)
	publishAndShare(t, ctx, a, slug)
	for _, width := range []int64{1366, 1920} {
		do(t, ctx, fmt.Sprintf("open the version at %d px", width),
			chromedp.EmulateViewport(width, 900),
			chromedp.Navigate(a.url+"/timelines/"+slug+"/versions/1"),
			chromedp.WaitVisible(chromedp.CSS(`#timeline-body`)),
		)
		widths := eval[map[string]float64](t, ctx, `(() => {
			const w = sel => document.querySelector(sel).getBoundingClientRect().width;
			return {body: w("#timeline-body"), banner: w(".version-banner"), changes: w('[data-testid="changes"]'),
				main: w("main"), bannerTop: document.querySelector(".version-banner").getBoundingClientRect().top,
				titleTop: document.querySelector(".version-body h1").getBoundingClientRect().top};
		})()`)
		if widths["body"] < 0.7*widths["main"] {
			t.Errorf("at %d px the entries are %.0f px wide in a main column of %.0f", width, widths["body"], widths["main"])
		}
		if widths["banner"] > widths["body"]+1 || widths["changes"] > widths["body"]+1 {
			t.Errorf("at %d px the entries (%.0f px) are narrower than the banner (%.0f) or the changes (%.0f)",
				width, widths["body"], widths["banner"], widths["changes"])
		}
		if widths["bannerTop"] > widths["titleTop"] {
			t.Errorf("at %d px the banner is below the title", width)
		}
	}
}
