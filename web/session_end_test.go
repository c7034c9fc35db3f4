package web

import (
	"fmt"
	"net/http"
	"net/url"
	"strings"
	"testing"

	"github.com/factline/factline/models/accounts"
)

// TestPasswordChangeEndsEverySessionAndToken signs in on two browsers and
// makes an API token, then changes the password as `factline user passwd`
// does: both sessions are signed out and the token is refused.
func TestPasswordChangeEndsEverySessionAndToken(t *testing.T) {
	tc := newTestClient(t)
	token := tc.makeToken("scripts")
	other := &testClient{t: t, srv: tc.srv, store: tc.store}
	other.newBrowser()
	other.signInAs("editor@example.org", "editor")
	for _, b := range []*testClient{tc, other} {
		res, _ := b.get("/account", nil)
		wantStatus(t, res, http.StatusOK)
	}
	if err := accounts.Of(tc.store).SetPassword(t.Context(), "editor@example.org", "a brand new passphrase"); err != nil {
		t.Fatal(err)
	}
	for i, b := range []*testClient{tc, other} {
		res, _ := b.get("/account", nil)
		if res.StatusCode != http.StatusSeeOther || !strings.HasPrefix(res.Header.Get("Location"), "/login") {
			t.Errorf("browser %d after the password change: %d %s, want a redirect to sign in", i+1, res.StatusCode, res.Header.Get("Location"))
		}
	}
	a := tc.api(token, http.MethodGet, "/api/v1/claims", nil)
	if a.Status != http.StatusUnauthorized {
		t.Errorf("API token after the password change: %d, want 401", a.Status)
	}
}

// TestDisabledAccountLosesSessionsAndTokens disables an account as an admin
// would: its session and token stop working and it cannot sign in.
func TestDisabledAccountLosesSessionsAndTokens(t *testing.T) {
	tc := newTestClient(t)
	token := tc.makeToken("scripts")
	if err := accounts.Of(tc.store).DisableUser(t.Context(), "editor@example.org"); err != nil {
		t.Fatal(err)
	}
	res, _ := tc.get("/account", nil)
	if res.StatusCode != http.StatusSeeOther {
		t.Errorf("session of a disabled account: %d, want a redirect to sign in", res.StatusCode)
	}
	if a := tc.api(token, http.MethodGet, "/api/v1/claims", nil); a.Status != http.StatusUnauthorized {
		t.Errorf("API token of a disabled account: %d, want 401", a.Status)
	}
	tc.get("/login", nil)
	res, _ = tc.post("/login", url.Values{"email": {"editor@example.org"}, "password": {testPassword}}, false)
	wantStatus(t, res, http.StatusUnprocessableEntity)
}

// TestAccountListsAndRevokesSessions shows both browsers' sessions on
// /account; revoking the other one signs that browser out, not this one.
func TestAccountListsAndRevokesSessions(t *testing.T) {
	tc := newTestClient(t)
	other := &testClient{t: t, srv: tc.srv, store: tc.store}
	other.newBrowser()
	other.signInAs("editor@example.org", "editor")
	_, doc := tc.get("/account", nil)
	sessions := doc.Find(`[data-testid="session"]`)
	if sessions.Length() != 2 || doc.Find(`[data-testid="session"] [data-testid="this-session"]`).Length() != 1 {
		t.Fatalf("account lists %d sessions: %s", sessions.Length(), text(doc.Find(`[data-testid="sessions"]`)))
	}
	action, ok := doc.Find(`[data-testid="session"]:not(:has([data-testid="this-session"])) form`).Attr("action")
	if !ok {
		t.Fatal("no revoke form for the other session")
	}
	res, _ := tc.post(action, nil, false)
	wantStatus(t, res, http.StatusSeeOther)
	if res, _ := other.get("/account", nil); res.StatusCode != http.StatusSeeOther {
		t.Errorf("revoked browser: %d, want a redirect to sign in", res.StatusCode)
	}
	res, doc = tc.get("/account", nil)
	wantStatus(t, res, http.StatusOK)
	if n := doc.Find(`[data-testid="session"]`).Length(); n != 1 {
		t.Errorf("%d sessions listed after revoking one", n)
	}
	// Another user's session is not theirs to end.
	u, err := accounts.Of(tc.store).FindUserByEmail(t.Context(), "editor@example.org")
	if err != nil {
		t.Fatal(err)
	}
	left, err := accounts.Of(tc.store).UserSessions(t.Context(), u.ID)
	if err != nil || len(left) != 1 {
		t.Fatalf("sessions left %v, %v", left, err)
	}
	intruder := &testClient{t: t, srv: tc.srv, store: tc.store}
	intruder.newBrowser()
	intruder.signInAs("other@example.org", "editor")
	res, _ = intruder.post(fmt.Sprintf("/account/sessions/%d/revoke", left[0].ID), nil, false)
	wantStatus(t, res, http.StatusNotFound)
	res, _ = tc.get("/account", nil)
	wantStatus(t, res, http.StatusOK)
}

// TestPasswordChangeOnAccountEndsEveryOtherSession changes the password on
// /account: a wrong current password changes nothing; the right one keeps
// this browser signed in and signs out the other, and the token stops.
func TestPasswordChangeOnAccountEndsEveryOtherSession(t *testing.T) {
	tc := newTestClient(t)
	token := tc.makeToken("scripts")
	other := &testClient{t: t, srv: tc.srv, store: tc.store}
	other.newBrowser()
	other.signInAs("editor@example.org", "editor")

	tc.get("/account", nil)
	res, doc := tc.post("/account/password", url.Values{"current_password": {"not my password"}, "new_password": {"a brand new passphrase"}}, false)
	wantStatus(t, res, http.StatusUnprocessableEntity)
	if msg := text(doc.Find(`[data-testid="error-current_password"]`)); msg == "" {
		t.Error("no message at the current password")
	}
	if res, _ := other.get("/account", nil); res.StatusCode != http.StatusOK {
		t.Fatalf("a refused change signed the other browser out: %d", res.StatusCode)
	}
	res, doc = tc.post("/account/password", url.Values{"current_password": {testPassword}, "new_password": {"short"}}, false)
	wantStatus(t, res, http.StatusUnprocessableEntity)
	if msg := text(doc.Find(`[data-testid="error-new_password"]`)); !strings.Contains(msg, "10 characters") {
		t.Errorf("short new password: %q", msg)
	}

	res, _ = tc.post("/account/password", url.Values{"current_password": {testPassword}, "new_password": {"a brand new passphrase"}}, false)
	wantStatus(t, res, http.StatusSeeOther)
	if res, _ := tc.get("/account", nil); res.StatusCode != http.StatusOK {
		t.Errorf("this browser after its own password change: %d, want 200", res.StatusCode)
	}
	if res, _ := other.get("/account", nil); res.StatusCode != http.StatusSeeOther {
		t.Errorf("the other browser: %d, want a redirect to sign in", res.StatusCode)
	}
	if a := tc.api(token, http.MethodGet, "/api/v1/claims", nil); a.Status != http.StatusUnauthorized {
		t.Errorf("API token: %d, want 401", a.Status)
	}
	if _, err := accounts.Of(tc.store).Authenticate(t.Context(), "editor@example.org", "a brand new passphrase"); err != nil {
		t.Errorf("the new password does not sign in: %v", err)
	}
}

// TestADatabaseErrorDoesNotSignTheUserOut: when the signed-in user cannot be
// read (here: their sessions' table is briefly away), the request fails and
// the session stays; the next request is signed in again.
func TestADatabaseErrorDoesNotSignTheUserOut(t *testing.T) {
	tc := newTestClient(t)
	db, err := tc.store.DB()
	if err != nil {
		t.Fatal(err)
	}
	if _, err := db.Exec("ALTER TABLE user_sessions RENAME TO user_sessions_away"); err != nil {
		t.Fatal(err)
	}
	res, _ := tc.get("/account", nil)
	if res.StatusCode != http.StatusInternalServerError {
		t.Errorf("with the sessions' table away, /account answers %d", res.StatusCode)
	}
	if _, err := db.Exec("ALTER TABLE user_sessions_away RENAME TO user_sessions"); err != nil {
		t.Fatal(err)
	}
	res, _ = tc.get("/account", nil)
	wantStatus(t, res, http.StatusOK)
}
