package e2e

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/chromedp/cdproto/target"
	"github.com/chromedp/chromedp"

	"github.com/factline/factline/models/demo"
)

// TestEmbedShowsInAFilePageAndItsLinksLeaveTheFrame frames the demo's embed in
// a page opened from a file, as someone trying an embed code would: the frame
// shows the timeline (frame-ancestors * left file: out, and it was blank), and
// clicking an entry's link opens the entry in a new tab while the frame keeps
// the embed (it loaded the claim's page, which refuses to be framed).
func TestEmbedShowsInAFilePageAndItsLinksLeaveTheFrame(t *testing.T) {
	a := startDemo(t)
	page := filepath.Join(t.TempDir(), "embed.html")
	embed := a.url + "/embed/timelines/" + demo.Slug
	html := fmt.Sprintf(`<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>An embed</title></head>
<body><iframe title="factline" src=%q width="1000" height="800"></iframe></body></html>`, embed)
	if err := os.WriteFile(page, []byte(html), 0o600); err != nil {
		t.Fatal(err)
	}
	ctx := newBrowser(t)
	problems := watchConsole(t, ctx)
	do(t, ctx, "open the page from its file", chromedp.Navigate("file://"+page))

	frame := waitForTarget(t, ctx, func(i *target.Info) bool { return i.Type == "iframe" })
	if !strings.HasPrefix(frame.URL, embed) {
		t.Fatalf("the frame shows %s, want the embed %s", frame.URL, embed)
	}
	fctx, cancel := chromedp.NewContext(ctx, chromedp.WithTargetID(frame.TargetID))
	defer cancel()
	do(t, fctx, "wait for the embed's entries", waitFor(`document.querySelectorAll('[data-testid="entry"]').length > 0`))
	outside := eval[[]string](t, fctx, `[...document.querySelectorAll("a[href]")].filter(l => {
		const h = l.getAttribute("href");
		return !h.startsWith("#") && new URL(h, location.href).pathname !== location.pathname &&
			!(l.target === "_blank" && l.relList.contains("noopener"));
	}).map(l => l.getAttribute("href"))`)
	if len(outside) > 0 {
		t.Errorf("links leave the embed inside its frame: %v", outside)
	}
	claim := eval[string](t, fctx, `document.querySelector('[data-testid="entry"] a[href*="/claims/"]').getAttribute("href")`)
	do(t, fctx, "click a claim's link in the embed", chromedp.Click(chromedp.CSS(`[data-testid="entry"] a[href*="/claims/"]`)))
	opened := waitForTarget(t, ctx, func(i *target.Info) bool { return i.Type == "page" && strings.HasSuffix(i.URL, claim) })
	if opened.URL == "" {
		t.Errorf("the claim %s did not open in a tab of its own", claim)
	}
	for _, p := range problems() {
		t.Errorf("console: %s", p)
	}
	if frames := targets(t, ctx, func(i *target.Info) bool { return i.Type == "iframe" }); len(frames) != 1 || !strings.HasPrefix(frames[0].URL, embed) {
		t.Errorf("after the click the frame shows %v, want the embed still", frames)
	}
}

// targets lists the browser's targets that match.
func targets(t *testing.T, ctx context.Context, match func(*target.Info) bool) []*target.Info {
	t.Helper()
	all, err := chromedp.Targets(ctx)
	if err != nil {
		t.Fatalf("list the browser's targets: %v", err)
	}
	var out []*target.Info
	for _, i := range all {
		if match(i) {
			out = append(out, i)
		}
	}
	return out
}

// waitForTarget waits up to ten seconds for a target that matches.
func waitForTarget(t *testing.T, ctx context.Context, match func(*target.Info) bool) *target.Info {
	t.Helper()
	for deadline := time.Now().Add(10 * time.Second); ; time.Sleep(100 * time.Millisecond) {
		if found := targets(t, ctx, match); len(found) > 0 {
			return found[0]
		}
		if time.Now().After(deadline) {
			all := targets(t, ctx, func(*target.Info) bool { return true })
			var seen []string
			for _, i := range all {
				seen = append(seen, string(i.Type)+" "+i.URL)
			}
			t.Fatalf("no such target after 10s; the browser has %v", seen)
		}
	}
}
