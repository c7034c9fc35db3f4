package web

import (
	"net/http"
	"net/url"
	"strings"
	"testing"

	"github.com/factline/factline/models"
	"github.com/factline/factline/models/accounts"
)

// TestSignInNeverRedirectsOffSite signs in with next targets that a browser's
// URL clean-up (dropping tabs, newlines and other controls, reading \ as /)
// would turn into another host: the answer stays on this site.
func TestSignInNeverRedirectsOffSite(t *testing.T) {
	tc := newAnonClient(t)
	if _, err := accounts.Of(tc.store).CreateUser(t.Context(), "ana@example.org", "Ana", models.RoleEditor, testPassword); err != nil {
		t.Fatal(err)
	}
	for _, next := range []string{
		"/\t/evil.example/phish", "/\x0b/evil.example", "/\n/evil.example", "/\r/evil.example",
		"/\\evil.example", "\\/evil.example", "/\\/evil.example", "//evil.example", "/ /evil.example",
		"\x01//evil.example", "https://evil.example/", "http:/evil.example", "javascript:alert(1)",
		"",
	} {
		for _, htmx := range []bool{false, true} {
			tc.newBrowser()
			tc.get("/login?next="+url.QueryEscape(next), nil)
			res := tc.postRaw("/login", url.Values{"email": {"ana@example.org"}, "password": {testPassword}, "next": {next}}, htmx)
			target := res.Header.Get("Location")
			if htmx {
				target = res.Header.Get("HX-Redirect")
			}
			if target != "/" {
				t.Errorf("next %q (htmx %v): redirected to %q, want /", next, htmx, target)
			}
		}
	}
	tc.newBrowser()
	res, _ := tc.post("/login", url.Values{"email": {"ana@example.org"}, "password": {testPassword}, "next": {"/timelines/x?view=list#e-1"}}, false)
	wantStatus(t, res, http.StatusSeeOther)
	if got := res.Header.Get("Location"); got != "/timelines/x?view=list#e-1" {
		t.Errorf("a path on this site: redirected to %q", got)
	}
}

// postRaw posts a form with the browser's cookies straight through the
// transport, so that a Location the Go client would refuse to parse still
// reaches the test.
func (tc *testClient) postRaw(path string, form url.Values, htmx bool) *http.Response {
	tc.t.Helper()
	form.Set("_csrf", tc.csrf)
	req, _ := http.NewRequest(http.MethodPost, tc.srv.URL+path, strings.NewReader(form.Encode()))
	req.Header.Set("Content-Type", "application/x-www-form-urlencoded")
	if htmx {
		req.Header.Set("HX-Request", "true")
	}
	for _, c := range tc.http.Jar.Cookies(req.URL) {
		req.AddCookie(c)
	}
	res, err := http.DefaultTransport.RoundTrip(req)
	if err != nil {
		tc.t.Fatal(err)
	}
	res.Body.Close()
	return res
}
