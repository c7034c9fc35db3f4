package capture

import (
	"context"
	"fmt"
	"time"
)

// Fetch fetches the page at pageURL in one of the Capturer's turns, within
// its Timeout, without extracting it: for a look at a live page whose bytes
// the caller compares before it extracts (models/archive's live check).
// No free turn is ErrBusy.
func (c *Capturer) Fetch(ctx context.Context, pageURL string) (*Fetched, error) {
	wait := time.NewTimer(c.limits.Wait)
	defer wait.Stop()
	select {
	case c.turns <- struct{}{}:
	case <-wait.C:
		return nil, ErrBusy
	case <-ctx.Done():
		return nil, fmt.Errorf("capture: %w", ctx.Err())
	}
	defer func() { <-c.turns }()
	ctx, cancel := context.WithTimeout(ctx, c.limits.Timeout)
	defer cancel()
	return c.fetcher.Fetch(ctx, pageURL)
}
