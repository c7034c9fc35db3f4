package e2e

import (
	"fmt"
	"testing"

	"github.com/chromedp/chromedp"
)

// TestTimelinePrintsWithoutControls emulates print on a timeline an editor
// sees: the entries, notes and sources' addresses print; navigation,
// sign-out, exports, sharing, filters and the entries' controls do not.
func TestTimelinePrintsWithoutControls(t *testing.T) {
	a := startApp(t)
	seedWorkedExample(t, a.store)
	ctx := newBrowser(t)
	signIn(t, ctx, a)
	setColorScheme(t, ctx, "print")
	do(t, ctx, "open the timeline as printed",
		chromedp.Navigate(a.url+"/timelines/xinjiang"),
		chromedp.WaitReady(chromedp.CSS(`[data-testid="timeline-body"]`)),
	)
	shown := func(sel string) bool {
		return eval[bool](t, ctx, fmt.Sprintf(`[...document.querySelectorAll(%q)].some(el => el.checkVisibility())`, sel))
	}
	for _, sel := range []string{`[data-testid="entry"]`, `[data-testid="notes"]`} {
		if !shown(sel) {
			t.Errorf("print leaves out %s", sel)
		}
	}
	for _, sel := range []string{`header.site nav`, `form[action="/logout"]`, `.exports`, `.sharing-link`, `.filters-box`,
		`[data-testid="entry-controls"]`, `[data-testid="add-entry"]`, `.versions`} {
		if count(t, ctx, sel) == 0 {
			t.Errorf("the page has no %s to leave out", sel)
		} else if shown(sel) {
			t.Errorf("print shows %s", sel)
		}
	}
}
