package web

import (
	"net/http"
	"testing"
	"time"
)

// TestSignedInPagesDoNotRewriteTheSession reads pages signed in and checks
// that the session's row was not written again: scs rewrote it on every
// request to move its idle deadline, a write for each signed-in page.
func TestSignedInPagesDoNotRewriteTheSession(t *testing.T) {
	tc := newTestClient(t)
	db, err := tc.store.DB()
	if err != nil {
		t.Fatal(err)
	}
	expiries := func() map[string]string {
		rows, err := db.QueryContext(t.Context(), "SELECT token, CAST(expiry AS TEXT) FROM sessions")
		if err != nil {
			t.Fatal(err)
		}
		defer rows.Close()
		out := map[string]string{}
		for rows.Next() {
			var token, expiry string
			if err := rows.Scan(&token, &expiry); err != nil {
				t.Fatal(err)
			}
			out[token] = expiry
		}
		if err := rows.Err(); err != nil {
			t.Fatal(err)
		}
		return out
	}
	before := expiries()
	if len(before) == 0 {
		t.Fatal("no session after signing in")
	}
	for range 3 {
		time.Sleep(5 * time.Millisecond) // a deadline written again would differ
		res, doc := tc.get("/timelines", nil)
		wantStatus(t, res, http.StatusOK)
		if doc.Find(`form[action="/logout"]`).Length() == 0 {
			t.Fatal("signed out after a page")
		}
	}
	after := expiries()
	for token, e := range before {
		if after[token] != e {
			t.Errorf("session's expiry written again: %s, then %s", e, after[token])
		}
	}
}

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
