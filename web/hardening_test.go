package web

import (
	"net/http"
	"net/url"
	"strconv"
	"strings"
	"testing"

	"github.com/factline/factline/models"
	"github.com/factline/factline/models/accounts"
	"github.com/factline/factline/models/demo"
	"github.com/factline/factline/models/storage"
)

// TestSignedInPagesAreNotKept: every answer to a signed-in browser or an API
// token says Cache-Control: private, no-store (a shared computer's back button
// or a proxy must not show it to the next person); a visitor's page does not.
func TestSignedInPagesAreNotKept(t *testing.T) {
	tc := newAnonClient(t)
	res, _ := tc.get("/login", nil)
	if got := res.Header.Get("Cache-Control"); strings.Contains(got, "no-store") {
		t.Errorf("a visitor's page: Cache-Control %q", got)
	}
	tc.signInAs("editor@example.org", models.RoleEditor)
	for _, path := range []string{"/", "/account", "/timelines", "/claims/new"} {
		res, _ = tc.get(path, nil)
		if got := res.Header.Get("Cache-Control"); got != "private, no-store" {
			t.Errorf("%s signed in: Cache-Control %q", path, got)
		}
	}
	token := storage.Must(accounts.Of(tc.store).CreateAPIToken(t.Context(), 1, "script"))(t)
	req, _ := http.NewRequest(http.MethodGet, tc.srv.URL+"/api/v1/actors", nil)
	req.Header.Set("Authorization", "Bearer "+token)
	api, err := http.DefaultClient.Do(req)
	if err != nil {
		t.Fatal(err)
	}
	api.Body.Close()
	if got := api.Header.Get("Cache-Control"); got != "private, no-store" {
		t.Errorf("the API with a token: Cache-Control %q", got)
	}
}

// TestFramingIsRefusedOutsideEmbeds: X-Frame-Options: DENY beside the CSP's
// frame-ancestors, for browsers that read only the older header; an embed,
// made to be framed, sends neither refusal.
func TestFramingIsRefusedOutsideEmbeds(t *testing.T) {
	tc := newAnonClient(t)
	if _, err := demo.Load(t.Context(), tc.store); err != nil {
		t.Fatal(err)
	}
	for _, path := range []string{"/login", "/timelines/" + demo.Slug} {
		res, _ := tc.get(path, nil)
		if got := res.Header.Get("X-Frame-Options"); got != "DENY" {
			t.Errorf("%s: X-Frame-Options %q", path, got)
		}
	}
	res, _ := tc.get("/embed/timelines/"+demo.Slug, nil)
	wantStatus(t, res, http.StatusOK)
	if got := res.Header.Get("X-Frame-Options"); got != "" {
		t.Errorf("an embed: X-Frame-Options %q", got)
	}
}

// TestCSRFTokenRotatesAtSignIn: the CSRF token a browser held before signing
// in (one an attacker may have read or planted) is worth nothing after it.
func TestCSRFTokenRotatesAtSignIn(t *testing.T) {
	tc := newAnonClient(t)
	before := tc.csrf
	if before == "" {
		t.Fatal("no CSRF token before sign-in")
	}
	tc.signInAs("editor@example.org", models.RoleEditor)
	if tc.csrf == before {
		t.Fatal("the CSRF token is the same after sign-in")
	}
	stale := tc.csrf
	tc.csrf = before
	res, _ := tc.post("/claims", url.Values{"text": {"Said"}, "said_on": {"2022"}}, false)
	wantStatus(t, res, http.StatusForbidden)
	tc.csrf = stale
	res, _ = tc.post("/claims", url.Values{"text": {"Said"}, "said_on": {"2022"}}, false)
	if res.StatusCode != http.StatusSeeOther {
		t.Errorf("the new token: %d", res.StatusCode)
	}
}

// TestLongTextIsRefusedByFieldAndRow: a 900,000-character claim and 60,000
// tags sent to the API, and a headline of a TimelineJS file over the limit
// in the import preview, are refused, the API naming the field in its JSON,
// the preview naming the slide and the field (both were saved before).
func TestLongTextIsRefusedByFieldAndRow(t *testing.T) {
	tc := newTestClient(t)
	token := tc.makeToken("script")
	a := tc.api(token, http.MethodPost, "/api/v1/claims", map[string]any{"text": strings.Repeat("a", 900000)})
	wantAPI(t, a, http.StatusUnprocessableEntity, "invalid")
	if a.errorField("field") != "text" || !strings.Contains(a.errorField("message"), "20000 characters at most") {
		t.Errorf("a 900,000-character claim: %v", a.Body)
	}
	tags := make([]string, 60000)
	for i := range tags {
		tags[i] = "t" + strconv.Itoa(i)
	}
	a = tc.api(token, http.MethodPost, "/api/v1/claims", map[string]any{"text": "Said", "tags": tags})
	wantAPI(t, a, http.StatusUnprocessableEntity, "invalid")
	if a.errorField("field") != "tags" {
		t.Errorf("60,000 tags: %v", a.Body)
	}
	tc.get("/import", nil)
	file := `{"title":{"text":{"headline":"Fine"}},"events":[{"start_date":{"year":"2022"},"text":{"headline":"Short"}},` +
		`{"start_date":{"year":"2022"},"text":{"headline":"` + strings.Repeat("h", 600) + `"}}]}`
	res, doc := tc.upload("/import", "long.json", file, nil)
	wantStatus(t, res, http.StatusUnprocessableEntity)
	if got := text(doc.Find(`[data-testid="import-problems"]`)); !strings.Contains(got, "event 2, title: Keep this to 500 characters at most") {
		t.Errorf("the preview of a long headline says %q", got)
	}
}
