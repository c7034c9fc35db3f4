package e2e

import (
	"context"
	"iter"
	"sync"
	"testing"
	"time"

	"github.com/chromedp/cdproto/network"
	"github.com/chromedp/chromedp"
)

// settle is how long a watcher waits for the browser's last events to reach it
// before reporting.
const settle = 300 * time.Millisecond

// watchConsole collects, from now on, the tab's console errors, uncaught
// exceptions and the browser's error log (failed loads among them); the
// returned func reports them so far.
func watchConsole(t *testing.T, ctx context.Context) func() []string {
	t.Helper()
	return collect(chromedp.Console(ctx), func(m chromedp.ConsoleMessage) (string, bool) {
		return m.String() + " at " + m.URL, m.Type == chromedp.ConsoleError || m.IsException()
	})
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
	var mu sync.Mutex
	urls := map[network.RequestID]string{}
	var failed []string
	err := chromedp.Listen(ctx, func(ev any) {
		mu.Lock()
		defer mu.Unlock()
		switch e := ev.(type) {
		case *network.EventRequestWillBeSent:
			urls[e.RequestID] = e.Request.URL
		case *network.EventLoadingFailed:
			failed = append(failed, urls[e.RequestID]+": "+e.ErrorText)
		}
	})
	if err != nil {
		t.Fatalf("listen to the network: %v", err)
	}
	return func() []string {
		time.Sleep(settle)
		mu.Lock()
		defer mu.Unlock()
		return append([]string(nil), failed...)
	}
}

// collect ranges over events, already subscribed, in the background, keeping
// what keep says to; the returned func waits for stragglers and reports what
// was kept so far.
func collect[T any](events iter.Seq2[T, error], keep func(T) (string, bool)) func() []string {
	var mu sync.Mutex
	var kept []string
	go func() {
		for ev, err := range events {
			if err != nil {
				return
			}
			if s, ok := keep(ev); ok {
				mu.Lock()
				kept = append(kept, s)
				mu.Unlock()
			}
		}
	}()
	return func() []string {
		time.Sleep(settle)
		mu.Lock()
		defer mu.Unlock()
		return append([]string(nil), kept...)
	}
}
