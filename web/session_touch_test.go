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
