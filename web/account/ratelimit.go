package account

import (
	"context"
	"time"

	"github.com/factline/factline/models"
	"github.com/factline/factline/models/accounts"
	"github.com/factline/factline/models/storage"
)

// failureLimiter counts failed sign-ins per key (an account at an address, or
// an address) over a sliding window, in the database, so that every instance
// on one database counts the same failures (Accounts.CountAttempt). An attempt
// is counted before it is checked, so parallel attempts cannot all slip under
// the limit; an attempt that succeeds is taken back.
type failureLimiter struct {
	store  *storage.Store
	window time.Duration
	now    func() time.Time
}

// limitKey is one counter and its limit.
type limitKey = models.LimitKey

func newFailureLimiter(store *storage.Store, window time.Duration) *failureLimiter {
	return &failureLimiter{store: store, window: window, now: time.Now}
}

// Attempt counts one attempt on every key and returns its id and true, unless
// a key has reached its limit within the window: then nothing is counted and
// it returns false. The id identifies the attempt for Forgive.
func (l *failureLimiter) Attempt(ctx context.Context, keys ...limitKey) (string, bool, error) {
	id, err := accounts.Of(l.store).CountAttempt(ctx, l.window, l.now(), keys...)
	return id, id != "", err
}

// Forgive takes back the attempt with this id: it succeeded.
func (l *failureLimiter) Forgive(ctx context.Context, id string) error {
	return accounts.Of(l.store).ForgiveAttempt(ctx, id)
}
