package web

import (
	"io"
	"log/slog"
	"net/http"
	"net/http/cookiejar"
	"net/http/httptest"
	"net/url"
	"strings"
	"testing"
	"time"

	"github.com/PuerkitoBio/goquery"

	"github.com/factline/factline/models"
	"github.com/factline/factline/models/accounts"
	"github.com/factline/factline/models/storage"
)

// testClient drives the real router over HTTP like a browser: it keeps cookies
// and takes the CSRF token from the last page it read.
type testClient struct {
	t     testing.TB
	srv   *httptest.Server
	http  *http.Client
	store *storage.Store
	csrf  string
	// server is the server under test, for a test that changes its parts.
	server *Server
}

// testPassword is every test user's password.
const testPassword = "correct horse battery staple"

// testPasswordHash is testPassword hashed with argon2id's least parameters
// (8 KiB, one pass), which the hash carries and CheckPassword honours. The
// users signInAs makes store it instead of HashPassword's 19 MiB and two
// passes, which took a third of this package's time in its hundreds of
// sign-ins; the password checks themselves are tested in models/accounts.
const testPasswordHash = "$argon2id$v=19$m=8,t=1,p=1$ZmFjdGxpbmUtdGVzdHNhbA$ND4CZ6fLGMt2QmR6HRCSW39hL//8s68pFcHIr2r4m0E"

// newTestClient is a browser signed in as an editor, on a fresh database.
func newTestClient(t testing.TB) *testClient {
	t.Helper()
	tc := newAnonClient(t)
	tc.signInAs("editor@example.org", models.RoleEditor)
	return tc
}

// newAnonClient is a browser that has not signed in.
func newAnonClient(t testing.TB) *testClient {
	t.Helper()
	return newAnonClientWith(t, Config{})
}

// newAnonClientWith is newAnonClient on a server with this configuration.
func newAnonClientWith(t testing.TB, cfg Config) *testClient {
	t.Helper()
	return newAnonClientOn(t, cfg, storage.NewTestStore(t, nil))
}

// newAnonClientOn is newAnonClientWith on the given store.
func newAnonClientOn(t testing.TB, cfg Config, store *storage.Store) *testClient {
	t.Helper()
	log := slog.New(slog.NewTextHandler(io.Discard, nil))
	handler, err := New(t.Context(), cfg, store, log)
	if err != nil {
		t.Fatal(err)
	}
	srv := httptest.NewServer(handler)
	t.Cleanup(srv.Close)
	tc := &testClient{t: t, srv: srv, store: store, server: handler}
	tc.newBrowser()
	return tc
}

// newBrowser forgets cookies and token, as another browser on the same server.
func (tc *testClient) newBrowser() {
	jar, _ := cookiejar.New(nil)
	tc.http = &http.Client{Jar: jar, CheckRedirect: func(*http.Request, []*http.Request) error { return http.ErrUseLastResponse }}
	tc.csrf = ""
	tc.get("/login", nil) // a first page, for the CSRF cookie and token
}

// signInAs makes a user with the role (unless the email exists) and signs in.
func (tc *testClient) signInAs(email, role string) *models.User {
	tc.t.Helper()
	var u *models.User
	users := storage.Must(accounts.Of(tc.store).ListUsers(tc.t.Context()))(tc.t)
	for i := range users {
		if users[i].Email == email {
			u = &users[i]
		}
	}
	if u == nil {
		u = &models.User{Email: email, Name: strings.Split(email, "@")[0], Role: role, PasswordHash: testPasswordHash}
		if err := tc.store.Writer(tc.t.Context()).Create(u).Error; err != nil {
			tc.t.Fatalf("make user %s: %v", email, err)
		}
	}
	tc.get("/login", nil)
	res, _ := tc.post("/login", url.Values{"email": {email}, "password": {testPassword}}, false)
	if res.StatusCode != http.StatusSeeOther {
		tc.t.Fatalf("sign in as %s: status %d", email, res.StatusCode)
	}
	tc.get("/", nil)
	return u
}

// get requests path with extra headers and parses the answer as HTML.
func (tc *testClient) get(path string, header map[string]string) (*http.Response, *goquery.Document) {
	tc.t.Helper()
	req, _ := http.NewRequest(http.MethodGet, tc.srv.URL+path, nil)
	for k, v := range header {
		req.Header.Set(k, v)
	}
	return tc.do(req)
}

// post sends a form with the CSRF token, as htmx would when htmx is true.
func (tc *testClient) post(path string, form url.Values, htmx bool) (*http.Response, *goquery.Document) {
	tc.t.Helper()
	if form == nil {
		form = url.Values{}
	}
	if form.Get("_csrf") == "" {
		form.Set("_csrf", tc.csrf)
	}
	req, _ := http.NewRequest(http.MethodPost, tc.srv.URL+path, strings.NewReader(form.Encode()))
	req.Header.Set("Content-Type", "application/x-www-form-urlencoded")
	if htmx {
		req.Header.Set("HX-Request", "true")
	}
	return tc.do(req)
}

func (tc *testClient) do(req *http.Request) (*http.Response, *goquery.Document) {
	tc.t.Helper()
	res, err := tc.http.Do(req)
	if err != nil {
		tc.t.Fatal(err)
	}
	defer res.Body.Close()
	doc, err := goquery.NewDocumentFromReader(res.Body)
	if err != nil {
		tc.t.Fatal(err)
	}
	if tok, ok := doc.Find(`input[name="_csrf"]`).First().Attr("value"); ok && tok != "" {
		tc.csrf = tok
	} else if h, ok := doc.Find("body").Attr("hx-headers"); ok {
		if i := strings.Index(h, `"X-CSRF-Token":"`); i >= 0 {
			rest := h[i+len(`"X-CSRF-Token":"`):]
			tc.csrf = rest[:strings.Index(rest, `"`)]
		}
	}
	return res, doc
}

// text returns the trimmed, space-folded text of the selection.
func text(s *goquery.Selection) string { return strings.Join(strings.Fields(s.Text()), " ") }

// waitUntil polls cond until it holds, and fails the test if it does not
// within the time given: no wait in a test is without a deadline.
func waitUntil(t testing.TB, within time.Duration, what string, cond func() bool) {
	t.Helper()
	for deadline := time.Now().Add(within); !cond(); time.Sleep(10 * time.Millisecond) {
		if time.Now().After(deadline) {
			t.Fatalf("%s: not within %s", what, within)
		}
	}
}

func wantStatus(t testing.TB, res *http.Response, want int) {
	t.Helper()
	if res.StatusCode != want {
		t.Fatalf("%s %s: status %d, want %d", res.Request.Method, res.Request.URL.Path, res.StatusCode, want)
	}
}
