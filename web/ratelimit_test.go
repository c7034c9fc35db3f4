package web

import (
	"testing"
	"time"
)

// TestLimiterForgetsOldKeys fails for 1,000 accounts, lets the window pass,
// and tries once more: the old keys are gone from memory.
func TestLimiterForgetsOldKeys(t *testing.T) {
	now := time.Date(2026, 1, 1, 0, 0, 0, 0, time.UTC)
	l := newFailureLimiter(time.Minute)
	l.now = func() time.Time { return now }
	for i := range 1000 {
		if _, ok := l.Attempt(limitKey{string(rune('a'+i%26)) + string(rune(i)), 5}); !ok {
			t.Fatal("a first attempt was refused")
		}
	}
	now = now.Add(2 * time.Minute)
	l.Attempt(limitKey{"fresh", 5})
	if n := len(l.failures); n != 1 {
		t.Errorf("%d keys kept after the window, want 1", n)
	}
}
