package capture

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"time"
)

// Limits bound the work of one capture and of all of them together. Time to
// extract grows faster than a page's size (50,000 paragraphs took 1.3 s,
// 200,000 took 11 s and a million 84 s and 2 GB), and the extraction cannot
// be stopped half-way, so a page is measured before it is extracted. On the
// two-core development machine, 10,000 paragraphs took 0.6 s, 25,000 1.6 s
// and 50,000 5.4 s; measuring a million took 32 ms.
type Limits struct {
	MaxElements int           // the most elements a page may have
	MaxDepth    int           // the deepest nesting of elements
	Timeout     time.Duration // for a fetch and extraction together
	MaxAtOnce   int           // captures running at the same time
	Wait        time.Duration // how long a capture waits for a free turn
}

// DefaultLimits keep one capture to about a second of extraction on a small
// server: news articles have a few thousand elements.
var DefaultLimits = Limits{MaxElements: 20_000, MaxDepth: 512, Timeout: 20 * time.Second, MaxAtOnce: 2, Wait: 2 * time.Second}

// ErrBusy is returned when MaxAtOnce captures are running and none ended
// within Wait.
var ErrBusy = errors.New("factline is capturing other pages right now; try again in a minute")

// Capturer runs captures within Limits. Its zero value is not usable; make
// one with NewCapturer and share it.
type Capturer struct {
	limits  Limits
	fetcher Fetcher
	turns   chan struct{}
}

// NewCapturer makes a Capturer that fetches pages with fetcher.
func NewCapturer(limits Limits, fetcher Fetcher) *Capturer {
	return &Capturer{limits: limits, fetcher: fetcher, turns: make(chan struct{}, limits.MaxAtOnce)}
}

// Capture extracts the article of page, or of the page fetched from pageURL
// when page is nil (the article then carries what was fetched, to keep). A page over the limits, or one that takes longer than
// Timeout, is a *RefusedError; no free turn is ErrBusy. A turn is held until
// the work has really ended, also when the caller has stopped waiting for it,
// so abandoned extractions still count against MaxAtOnce.
func (c *Capturer) Capture(ctx context.Context, page []byte, pageURL string) (Article, error) {
	wait := time.NewTimer(c.limits.Wait)
	defer wait.Stop()
	select {
	case c.turns <- struct{}{}:
	case <-wait.C:
		return Article{}, ErrBusy
	case <-ctx.Done():
		return Article{}, fmt.Errorf("capture: %w", ctx.Err())
	}
	ctx, cancel := context.WithTimeout(ctx, c.limits.Timeout)
	defer cancel()
	type result struct {
		a   Article
		err error
	}
	done := make(chan result, 1)
	go func() {
		defer func() { <-c.turns }()
		defer func() {
			if p := recover(); p != nil {
				done <- result{err: fmt.Errorf("%w (the extractor failed: %v)", ErrNoArticle, p)}
			}
		}()
		a, err := c.capture(ctx, page, pageURL)
		done <- result{a, err}
	}()
	select {
	case r := <-done:
		return r.a, r.err
	case <-ctx.Done():
		if errors.Is(ctx.Err(), context.DeadlineExceeded) {
			return Article{}, &RefusedError{fmt.Sprintf("Capturing the page took longer than %s, the most factline spends on one. Paste the part you need into a new source instead.", c.limits.Timeout)}
		}
		return Article{}, fmt.Errorf("capture: %w", ctx.Err())
	}
}

func (c *Capturer) capture(ctx context.Context, page []byte, pageURL string) (Article, error) {
	var fetched *Fetched
	if page == nil {
		var err error
		if fetched, err = c.fetcher.Fetch(ctx, pageURL); err != nil {
			return Article{}, err
		}
		page = fetched.Body
	}
	if err := c.measure(page); err != nil {
		return Article{}, err
	}
	a, err := Extract(bytes.NewReader(page), pageURL)
	a.Fetched = fetched
	return a, err
}
