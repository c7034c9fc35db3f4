package capture

import (
	"context"
	"fmt"
	"time"
)

// FetchFile fetches the file at rawURL (a PDF, say) as it is, up to maxBytes,
// with the requests and responses that brought it,
// with the fetcher's checks on the address it dials and within the
// capturer's turns and time: a turn not free within Wait is ErrBusy; a file
// refused (too large, a private address, an error status) is a *RefusedError.
func (c *Capturer) FetchFile(ctx context.Context, rawURL string, maxBytes int64) (*Fetched, error) {
	wait := time.NewTimer(c.limits.Wait)
	defer wait.Stop()
	select {
	case c.turns <- struct{}{}:
		defer func() { <-c.turns }()
	case <-wait.C:
		return nil, ErrBusy
	case <-ctx.Done():
		return nil, fmt.Errorf("capture: %w", ctx.Err())
	}
	ctx, cancel := context.WithTimeout(ctx, c.limits.Timeout)
	defer cancel()
	f := c.fetcher
	f.MaxBytes = maxBytes
	return f.Fetch(ctx, rawURL)
}
