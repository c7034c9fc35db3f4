package e2e

import (
	"context"
	"fmt"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/chromedp/cdproto/network"
	"github.com/chromedp/chromedp"
)

// A watcher reports what the browser said up to the moment it is asked: it
// makes the browser emit a sentinel of the same kind (a console message, a
// failed request) and waits for that to arrive, since the browser delivers its
// events in order. No fixed sleep decides that nothing went wrong.

// flushTimeout bounds the wait for a sentinel.
const flushTimeout = 10 * time.Second

// sentinels numbers the sentinels of a test run.
var sentinels atomic.Int64

// watcher keeps what a listener reports and counts the sentinels it has seen.
type watcher struct {
	mu     sync.Mutex
	kept   []string
	marker string
	seen   chan struct{}
}

func newWatcher(kind string) *watcher {
	return &watcher{marker: fmt.Sprintf("factline-%s-sentinel-", kind), seen: make(chan struct{}, 64)}
}

// note keeps s unless it is a sentinel, which it counts.
func (w *watcher) note(s string, keep bool) {
	if strings.Contains(s, w.marker) {
		w.seen <- struct{}{}
		return
	}
	if keep {
		w.mu.Lock()
		w.kept = append(w.kept, s)
		w.mu.Unlock()
	}
}

// report has the browser emit a sentinel, waits for it, and returns what was
// kept so far.
func (w *watcher) report(t *testing.T, ctx context.Context, emit func(marker string) chromedp.Action[chromedp.Void]) []string {
	t.Helper()
	marker := fmt.Sprintf("%s%d", w.marker, sentinels.Add(1))
	do(t, ctx, "emit a sentinel", emit(marker))
	select {
	case <-w.seen:
	case <-time.After(flushTimeout):
		t.Errorf("the browser's events stopped arriving: no sentinel after %s", flushTimeout)
	}
	w.mu.Lock()
	defer w.mu.Unlock()
	return append([]string(nil), w.kept...)
}

// watchConsole collects, from now on, the tab's console errors, uncaught
// exceptions and the browser's error log (failed loads among them); the
// returned func reports them so far.
func watchConsole(t *testing.T, ctx context.Context) func() []string {
	t.Helper()
	w := newWatcher("console")
	go func() {
		for m, err := range chromedp.Console(ctx) {
			if err != nil {
				return
			}
			text := m.String() + " at " + m.URL
			// Another watcher's sentinel request fails loudly; it is no error of the page.
			w.note(text, (m.Type == chromedp.ConsoleError || m.IsException()) && !strings.Contains(text, "-sentinel-"))
		}
	}()
	return func() []string {
		return w.report(t, ctx, func(marker string) chromedp.Action[chromedp.Void] {
			return chromedp.Evaluate[chromedp.Void](fmt.Sprintf("console.info(%q)", marker))
		})
	}
}

// goOffline turns the tab's network off and collects, from now on, the
// requests that failed, by URL; the returned func reports them so far.
func goOffline(t *testing.T, ctx context.Context) func() []string {
	t.Helper()
	do(t, ctx, "turn the network off", chromedp.Func(func(ctx context.Context, _ *chromedp.Target) error {
		if _, err := chromedp.Call(ctx, network.Enable, network.EnableParams{}); err != nil {
			return err
		}
		off := []*network.Conditions{{Offline: true}} // no URL pattern: every request
		if _, err := chromedp.Call(ctx, network.EmulateNetworkConditionsByRule,
			network.EmulateNetworkConditionsByRuleParams{MatchedNetworkConditions: off}); err != nil {
			return err
		}
		_, err := chromedp.Call(ctx, network.OverrideNetworkState, network.OverrideNetworkStateParams{Offline: true})
		return err
	}))
	w := newWatcher("request")
	var mu sync.Mutex
	urls := map[network.RequestID]string{}
	err := chromedp.Listen(ctx, func(ev any) {
		mu.Lock()
		defer mu.Unlock()
		switch e := ev.(type) {
		case *network.EventRequestWillBeSent:
			urls[e.RequestID] = e.Request.URL
		case *network.EventLoadingFailed:
			w.note(urls[e.RequestID]+": "+e.ErrorText, true)
		}
	})
	if err != nil {
		t.Fatalf("listen to the network: %v", err)
	}
	return func() []string {
		return w.report(t, ctx, func(marker string) chromedp.Action[chromedp.Void] {
			// A request that fails offline, as every other one would.
			return chromedp.Evaluate[chromedp.Void](fmt.Sprintf("fetch('/%s').catch(() => {})", marker))
		})
	}
}
