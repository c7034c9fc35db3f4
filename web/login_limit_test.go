package web

import (
	"net/http"
	"net/url"
	"strings"
	"sync"
	"testing"

	"github.com/factline/factline/models"
	"github.com/factline/factline/models/accounts"
	"github.com/factline/factline/web/account"
)

// TestParallelWrongPasswordsAreCheckedAtMostFiveTimes sends 40 wrong passwords
// at once: only as many as the limit may reach the password check.
func TestParallelWrongPasswordsAreCheckedAtMostFiveTimes(t *testing.T) {
	tc := newAnonClient(t)
	if _, err := accounts.Of(tc.store).CreateUser(t.Context(), "ana@example.org", "Ana", models.RoleEditor, testPassword); err != nil {
		t.Fatal(err)
	}
	form := url.Values{"email": {"ana@example.org"}, "password": {"wrong guess"}, "_csrf": {tc.csrf}}.Encode()
	var mu sync.Mutex
	statuses := map[int]int{}
	var wg sync.WaitGroup
	for range 40 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			req, _ := http.NewRequest(http.MethodPost, tc.srv.URL+"/login", strings.NewReader(form))
			req.Header.Set("Content-Type", "application/x-www-form-urlencoded")
			res, err := tc.http.Do(req)
			if err != nil {
				t.Error(err)
				return
			}
			res.Body.Close()
			mu.Lock()
			statuses[res.StatusCode]++
			mu.Unlock()
		}()
	}
	wg.Wait()
	if statuses[http.StatusUnprocessableEntity] > account.LoginFailures || statuses[http.StatusUnprocessableEntity]+statuses[http.StatusTooManyRequests] != 40 {
		t.Errorf("answers %v: want at most %d checked (422), the rest 429", statuses, account.LoginFailures)
	}
}

// TestStrangerCannotLockAUserOut fails six times for ana from one address
// (behind the trusted proxy); ana still signs in from hers, and the stranger's
// address is refused for every account once it has failed too often.
func TestStrangerCannotLockAUserOut(t *testing.T) {
	tc := newAnonClientWith(t, Config{TrustedProxy: "127.0.0.1"})
	for _, email := range []string{"ana@example.org", "bo@example.org"} {
		if _, err := accounts.Of(tc.store).CreateUser(t.Context(), email, "X", models.RoleEditor, testPassword); err != nil {
			t.Fatal(err)
		}
	}
	from := func(addr, email, password string) int {
		form := url.Values{"email": {email}, "password": {password}, "_csrf": {tc.csrf}}
		req, _ := http.NewRequest(http.MethodPost, tc.srv.URL+"/login", strings.NewReader(form.Encode()))
		req.Header.Set("Content-Type", "application/x-www-form-urlencoded")
		req.Header.Set("X-Forwarded-For", addr)
		res, _ := tc.do(req)
		return res.StatusCode
	}
	for range account.LoginFailures {
		if got := from("203.0.113.9", "ana@example.org", "guess"); got != http.StatusUnprocessableEntity {
			t.Fatalf("wrong password: %d", got)
		}
	}
	if got := from("203.0.113.9", "ana@example.org", testPassword); got != http.StatusTooManyRequests {
		t.Errorf("ana from the stranger's address after %d failures: %d, want 429", account.LoginFailures, got)
	}
	if got := from("198.51.100.7", "ana@example.org", testPassword); got != http.StatusSeeOther {
		t.Errorf("ana from her own address: %d, want 303", got)
	}
	tc.newBrowser()
	for i := range account.LoginAddressFailures - account.LoginFailures {
		email := "nobody" + string(rune('a'+i)) + "@example.org"
		if got := from("203.0.113.9", email, "guess"); got != http.StatusUnprocessableEntity {
			t.Fatalf("failure %d for %s: %d", i, email, got)
		}
	}
	if got := from("203.0.113.9", "bo@example.org", testPassword); got != http.StatusTooManyRequests {
		t.Errorf("another account from the address after %d failures: %d, want 429", account.LoginAddressFailures, got)
	}
}

// TestSignInWithStrayBytesIsAWrongPassword: an email with a NUL or bytes that
// are not UTF-8 (which PostgreSQL's text refuses) is a failed sign-in, not an
// error.
func TestSignInWithStrayBytesIsAWrongPassword(t *testing.T) {
	tc := newAnonClient(t)
	for _, email := range []string{"ana\x00@example.org", "ana\xff@example.org"} {
		res, _ := tc.post("/login", url.Values{"email": {email}, "password": {"guess"}}, false)
		wantStatus(t, res, http.StatusUnprocessableEntity)
	}
}
