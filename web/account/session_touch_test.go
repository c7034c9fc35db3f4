package account

import (
	"testing"
	"time"
)

// fakeSessions is a session store that counts its writes.
type fakeSessions struct {
	data    map[string][]byte
	commits int
}

func (f *fakeSessions) Find(token string) ([]byte, bool, error) {
	b, ok := f.data[token]
	return b, ok, nil
}

func (f *fakeSessions) Commit(token string, b []byte, _ time.Time) error {
	f.commits++
	f.data[token] = b
	return nil
}

func (f *fakeSessions) Delete(token string) error {
	delete(f.data, token)
	return nil
}

// TestTouchLimiterWritesChangesAndStaleDeadlines: an unchanged session is
// written again once touchEvery has passed, a changed one at once, a deleted
// one when it is committed again, and the limiter forgets past touchesKept.
func TestTouchLimiterWritesChangesAndStaleDeadlines(t *testing.T) {
	inner := &fakeSessions{data: map[string][]byte{}}
	clock := time.Date(2026, 1, 1, 0, 0, 0, 0, time.UTC)
	tl := newTouchLimiter(inner)
	tl.now = func() time.Time { return clock }
	commit := func(token, data string, want int) {
		t.Helper()
		if err := tl.Commit(token, []byte(data), clock.Add(sessionIdle)); err != nil {
			t.Fatal(err)
		}
		if inner.commits != want {
			t.Fatalf("commit %s %q: %d writes, want %d", token, data, inner.commits, want)
		}
	}
	commit("a", "user=1", 1)
	commit("a", "user=1", 1) // only the deadline moved
	clock = clock.Add(touchEvery - time.Second)
	commit("a", "user=1", 1)
	commit("a", "user=1;flash=saved", 2) // changed: written at once
	commit("a", "user=1", 3)
	clock = clock.Add(touchEvery)
	commit("a", "user=1", 4) // the deadline is stale: written
	if err := tl.Delete("a"); err != nil {
		t.Fatal(err)
	}
	commit("a", "user=1", 5) // deleted, then committed: written
	for i := range touchesKept + 10 {
		commit(string(rune('b'+i)), "x", 6+i)
	}
	if n := len(tl.written); n > touchesKept {
		t.Errorf("remembers %d sessions, want at most %d", n, touchesKept)
	}
}
