package account

import (
	"fmt"
	"testing"
	"time"

	"github.com/factline/factline/models/storage"
)

// TestLimiterForgetsOldKeys fails for 1,000 accounts, lets the window pass,
// and tries once more: the old attempts are gone from the database.
func TestLimiterForgetsOldKeys(t *testing.T) {
	store := storage.NewTestStore(t, nil)
	now := time.Date(2026, 1, 1, 0, 0, 0, 0, time.UTC)
	l := newFailureLimiter(store, time.Minute)
	l.now = func() time.Time { return now }
	for i := range 1000 {
		if _, ok, err := l.Attempt(t.Context(), limitKey{Key: fmt.Sprintf("account:%d", i), Max: 5}); err != nil || !ok {
			t.Fatalf("a first attempt was refused (%v)", err)
		}
	}
	now = now.Add(2 * time.Minute)
	if _, _, err := l.Attempt(t.Context(), limitKey{Key: "fresh", Max: 5}); err != nil {
		t.Fatal(err)
	}
	if n := store.CountRows(t, "login_attempts"); n != 1 {
		t.Errorf("%d attempts kept after the window, want 1", n)
	}
}

// TestLimiterCountsAcrossLimiters: two limiters on one database (two
// instances) count the same failures; a forgiven attempt no longer counts.
func TestLimiterCountsAcrossLimiters(t *testing.T) {
	store := storage.NewTestStore(t, nil)
	a, b := newFailureLimiter(store, time.Minute), newFailureLimiter(store, time.Minute)
	key := limitKey{Key: "account:ana address:1", Max: 5}
	var last string
	for i := range 5 {
		l := a
		if i%2 == 1 {
			l = b
		}
		id, ok, err := l.Attempt(t.Context(), key)
		if err != nil || !ok {
			t.Fatalf("attempt %d refused (%v)", i+1, err)
		}
		last = id
	}
	if _, ok, err := b.Attempt(t.Context(), key); err != nil || ok {
		t.Fatalf("a sixth attempt was allowed (%v)", err)
	}
	if err := a.Forgive(t.Context(), last); err != nil {
		t.Fatal(err)
	}
	if _, ok, err := b.Attempt(t.Context(), key); err != nil || !ok {
		t.Errorf("after forgiving one, the attempt was refused (%v)", err)
	}
}
