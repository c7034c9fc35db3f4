package e2e

import (
	"context"
	"strconv"
	"strings"
	"testing"

	"github.com/chromedp/cdproto/input"
	"github.com/chromedp/chromedp"
	"github.com/chromedp/chromedp/kb"

	"github.com/factline/factline/models/storage"
)

// TestKeyboardReachesTheAddFormInAFewKeys opens a nine-entry timeline and, from
// the top of the page, presses Tab as a keyboard user would until the focus is
// in the add-entry form, pressing Enter on a link that leads there: a few keys,
// not one stop per link of every entry (121 Tabs, issue 27 item 11). The
// shortcut the page documents reaches the form from anywhere, and a mark of the
// scale view shows a focus ring when the keyboard reaches it.
func TestKeyboardReachesTheAddFormInAFewKeys(t *testing.T) {
	a := startApp(t)
	storage.SeedTimeline(t, a.store, "nine", 9)
	ctx := newBrowser(t)
	signIn(t, ctx, a)
	do(t, ctx, "open the timeline",
		chromedp.Navigate(a.url+"/timelines/nine"),
		chromedp.WaitVisible(chromedp.CSS(`[data-testid="add-entry"]`)),
	)
	if n := count(t, ctx, `[data-testid="entry"]`); n != 9 {
		t.Fatalf("the timeline shows %d entries, want 9", n)
	}
	inForm := `document.activeElement.closest('[data-testid="add-entry"]') !== null`
	toForm := `document.activeElement.matches('a[href="#f-item"]')`
	keys, tabs := 0, 0
	for ; keys < 300 && !eval[bool](t, ctx, inForm); keys++ {
		key := kb.Tab
		if eval[bool](t, ctx, toForm) {
			key = kb.Enter
			if !eval[bool](t, ctx, `(r => r.top >= 0 && r.bottom <= innerHeight && r.width > 0)(document.activeElement.getBoundingClientRect())`) {
				t.Error("the focused link to the add form is not on screen")
			}
		} else {
			tabs++
		}
		do(t, ctx, "press "+strconv.Quote(key), chromedp.KeyEvent(key))
	}
	t.Logf("from the top of the page to the add form: %d keys (%d Tabs)", keys, tabs)
	if !eval[bool](t, ctx, `document.activeElement.id === "f-item"`) {
		t.Fatalf("after %d keys the focus is on %s, not the add form's first field", keys, eval[string](t, ctx, `document.activeElement.outerHTML.slice(0, 120)`))
	}
	if keys > 4 {
		t.Errorf("reaching the add form takes %d keys (%d Tabs), want at most 4", keys, tabs)
	}

	hint := textOf(t, ctx, `[data-testid="add-entry"] .hint`)
	key := eval[string](t, ctx, `document.getElementById("f-item").accessKey`)
	if key != "a" || !containsAll(hint, "Shortcut", "Alt+A") {
		t.Errorf("the add form's shortcut: accesskey %q, documented as %q", key, hint)
	}
	do(t, ctx, "the shortcut reaches the add form from the top",
		chromedp.Evaluate[chromedp.Void](`document.activeElement.blur(); scrollTo(0, 0)`),
		accessKey('a'),
		waitFor(`document.activeElement.id === "f-item"`),
	)

	do(t, ctx, "Tab to a mark of the scale view",
		chromedp.Navigate(a.url+"/timelines/nine?view=scale"),
		waitFor(`document.querySelector(".ts-mark")`),
		chromedp.Evaluate[chromedp.Void](`document.querySelector(".ts-figure, [data-timescale]").focus()`),
	)
	for i := 0; i < 20 && !eval[bool](t, ctx, `document.activeElement.matches(".ts-mark")`); i++ {
		do(t, ctx, "press Tab", chromedp.KeyEvent(kb.Tab))
	}
	ring := eval[focusRing](t, ctx, `(s => ({focusVisible: document.activeElement.matches(".ts-mark:focus-visible"), style: s.outlineStyle,
		width: parseFloat(s.outlineWidth), colour: s.outlineColor}))(getComputedStyle(document.activeElement))`)
	saveViewport(t, ctx, "scale-mark-focused")
	if !ring.FocusVisible || ring.Style != "solid" || ring.Width < 2 {
		t.Errorf("a mark the keyboard reached shows no clear focus ring: %+v", ring)
	}
}

// accessKey presses Alt and key as Chromium on Linux gets it from the system,
// char event included: the browser acts on an accesskey at the char event,
// which chromedp.KeyEvent leaves out of a key pressed with Alt.
func accessKey(key rune) chromedp.Action[chromedp.Void] {
	return chromedp.Func(func(ctx context.Context, _ *chromedp.Target) error {
		for _, k := range kb.Encode(key) {
			k.Modifiers |= int64(chromedp.ModifierAlt)
			if _, err := chromedp.Call(ctx, input.DispatchKeyEvent, *k); err != nil {
				return err
			}
		}
		return nil
	})
}

// focusRing is how the focused element's outline is drawn.
type focusRing struct {
	FocusVisible bool    `json:"focusVisible"`
	Style        string  `json:"style"`
	Width        float64 `json:"width"`
	Colour       string  `json:"colour"`
}

// containsAll reports whether s contains every one of subs.
func containsAll(s string, subs ...string) bool {
	for _, sub := range subs {
		if !strings.Contains(s, sub) {
			return false
		}
	}
	return true
}
