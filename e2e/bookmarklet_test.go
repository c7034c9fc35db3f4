package e2e

import (
	"net/url"
	"strings"
	"testing"

	"github.com/chromedp/chromedp"
)

// TestBookmarkletOpensTheCapturePage runs the capture page's bookmarklet on
// another page, as a browser runs a javascript: link: it lands on the capture
// page with that page's address and title ready to review.
func TestBookmarkletOpensTheCapturePage(t *testing.T) {
	a := startApp(t)
	ctx := newBrowser(t)
	signIn(t, ctx, a)
	do(t, ctx, "open the capture page", chromedp.Navigate(a.url+"/capture"))
	href := eval[string](t, ctx, `document.querySelector('[data-testid="bookmarklet"]').getAttribute("href")`)
	script, err := url.PathUnescape(strings.TrimPrefix(href, "javascript:"))
	if err != nil || !strings.HasPrefix(href, "javascript:") {
		t.Fatalf("bookmarklet %q: %v", href, err)
	}
	do(t, ctx, "run the bookmarklet on another page",
		chromedp.Navigate(a.url+"/timelines"),
		chromedp.Evaluate[chromedp.Void](script),
		waitFor(`location.pathname === "/capture" && new URLSearchParams(location.search).get("url") === `+"`"+a.url+"/timelines`"),
	)
	if title := eval[string](t, ctx, `new URLSearchParams(location.search).get("title")`); !strings.Contains(title, "Timelines") {
		t.Errorf("the bookmarklet sent the title %q", title)
	}
}
