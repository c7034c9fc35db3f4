package web

import (
	"io"
	"log/slog"
	"net/http"
	"net/http/httptest"
	"net/url"
	"strings"
	"testing"

	"github.com/factline/factline/models"
	"github.com/factline/factline/models/accounts"
	"github.com/factline/factline/models/storage"
)

func TestWrongPasswordAndUnknownEmailGetTheSameAnswer(t *testing.T) {
	tc := newAnonClient(t)
	if _, err := accounts.Of(tc.store).CreateUser(t.Context(), "ana@example.org", "Ana", models.RoleEditor, testPassword); err != nil {
		t.Fatal(err)
	}
	var msgs []string
	for _, email := range []string{"ana@example.org", "nobody@example.org"} {
		res, doc := tc.post("/login", url.Values{"email": {email}, "password": {"wrong password here"}}, true)
		wantStatus(t, res, http.StatusUnprocessableEntity)
		msgs = append(msgs, text(doc.Find(`[data-testid="login-error"]`)))
		if v, _ := doc.Find(`input[name="email"]`).Attr("value"); v != email {
			t.Errorf("typed email not kept: %q", v)
		}
	}
	if msgs[0] != msgs[1] || msgs[0] != "Wrong email or password." {
		t.Errorf("messages differ: %q", msgs)
	}
	huge := strings.Repeat("p", 1_000_000)
	res, _ := tc.post("/login", url.Values{"email": {"ana@example.org"}, "password": {huge}}, true)
	if res.StatusCode != http.StatusUnprocessableEntity && res.StatusCode != http.StatusRequestEntityTooLarge {
		t.Errorf("a 1 MB password: status %d", res.StatusCode)
	}
}

func TestSixthFailedSignInInAMinuteIs429(t *testing.T) {
	tc := newAnonClient(t)
	for i := 1; i <= 6; i++ {
		res, doc := tc.post("/login", url.Values{"email": {"ana@example.org"}, "password": {"guess"}}, false)
		want := http.StatusUnprocessableEntity
		if i == 6 {
			want = http.StatusTooManyRequests
			if !strings.Contains(text(doc.Find(`[data-testid="login-error"]`)), "Too many failed sign-ins") {
				t.Error("no message with the 429")
			}
		}
		wantStatus(t, res, want)
	}
}

func TestSignedOutSessionCookieIsWorthless(t *testing.T) {
	tc := newTestClient(t)
	u, _ := url.Parse(tc.srv.URL)
	var session *http.Cookie
	for _, c := range tc.http.Jar.Cookies(u) {
		if c.Name == "factline_session" {
			session = c
		}
	}
	if session == nil {
		t.Fatal("no session cookie")
	}
	res, _ := tc.post("/logout", nil, false)
	wantStatus(t, res, http.StatusSeeOther)
	req, _ := http.NewRequest(http.MethodGet, tc.srv.URL+"/claims/new", nil)
	req.AddCookie(session)
	res, err := (&http.Client{CheckRedirect: func(*http.Request, []*http.Request) error { return http.ErrUseLastResponse }}).Do(req)
	if err != nil {
		t.Fatal(err)
	}
	res.Body.Close()
	if res.StatusCode != http.StatusSeeOther || !strings.HasPrefix(res.Header.Get("Location"), "/login") {
		t.Errorf("old session cookie: status %d, location %q", res.StatusCode, res.Header.Get("Location"))
	}
}

func TestCookieFlagsAndSecurityHeaders(t *testing.T) {
	store := storage.NewTestStore(t, nil)
	if _, err := accounts.Of(store).CreateUser(t.Context(), "ana@example.org", "Ana", models.RoleEditor, testPassword); err != nil {
		t.Fatal(err)
	}
	h, err := New(t.Context(), Config{SecureCookies: true}, store, slog.New(slog.NewTextHandler(io.Discard, nil)))
	if err != nil {
		t.Fatal(err)
	}
	rec := httptest.NewRecorder()
	h.ServeHTTP(rec, httptest.NewRequest(http.MethodGet, "/login", nil))
	csp := "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self'; object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'"
	for k, want := range map[string]string{"Content-Security-Policy": csp, "X-Content-Type-Options": "nosniff",
		"Referrer-Policy": "same-origin", "Strict-Transport-Security": "max-age=31536000; includeSubDomains"} {
		if got := rec.Header().Get(k); got != want {
			t.Errorf("%s: %q, want %q", k, got, want)
		}
	}
	var csrf string
	for _, c := range rec.Result().Cookies() {
		if c.Name == "factline_csrf" {
			csrf = c.Value
			if !c.HttpOnly || !c.Secure || c.SameSite != http.SameSiteLaxMode {
				t.Errorf("CSRF cookie flags: %+v", c)
			}
		}
	}
	form := url.Values{"email": {"ana@example.org"}, "password": {testPassword}, "_csrf": {csrf}}
	req := httptest.NewRequest(http.MethodPost, "/login", strings.NewReader(form.Encode()))
	req.Header.Set("Content-Type", "application/x-www-form-urlencoded")
	req.AddCookie(&http.Cookie{Name: "factline_csrf", Value: csrf})
	rec = httptest.NewRecorder()
	h.ServeHTTP(rec, req)
	if rec.Code != http.StatusSeeOther {
		t.Fatalf("sign in: %d", rec.Code)
	}
	found := false
	for _, c := range rec.Result().Cookies() {
		if c.Name == "factline_session" {
			found = true
			if !c.HttpOnly || !c.Secure || c.SameSite != http.SameSiteLaxMode {
				t.Errorf("session cookie flags: %+v", c)
			}
		}
	}
	if !found {
		t.Error("no session cookie after sign-in")
	}
}

func TestViewerCannotEditAndAnonymousCannotPost(t *testing.T) {
	tc := newAnonClient(t)
	res, _ := tc.post("/claims", url.Values{"text": {"x"}}, false)
	if res.StatusCode != http.StatusUnauthorized {
		t.Errorf("anonymous post: %d", res.StatusCode)
	}
	tc.signInAs("viewer@example.org", models.RoleViewer)
	res, _ = tc.post("/claims", url.Values{"text": {"x"}}, false)
	wantStatus(t, res, http.StatusForbidden)
	if claims := storage.Must(tc.store.ListClaims(t.Context(), 10))(t); len(claims) != 0 {
		t.Error("a viewer's claim was stored")
	}
}

func TestCrossSitePostIsRefused(t *testing.T) {
	tc := newTestClient(t)
	form := url.Values{"kind": {"person"}, "name": {"X"}, "_csrf": {tc.csrf}}
	req, _ := http.NewRequest(http.MethodPost, tc.srv.URL+"/actors", strings.NewReader(form.Encode()))
	req.Header.Set("Content-Type", "application/x-www-form-urlencoded")
	req.Header.Set("Sec-Fetch-Site", "cross-site")
	req.Header.Set("Origin", "https://evil.example")
	res, _ := tc.do(req)
	wantStatus(t, res, http.StatusForbidden)
	if actors := storage.Must(tc.store.ListActors(t.Context(), "", 10))(t); len(actors) != 0 {
		t.Errorf("a cross-site post stored %d actors", len(actors))
	}
}

func TestTwoEditorsSavingTheSameClaim(t *testing.T) {
	ana := newTestClient(t)
	claim := storage.MakeClaim(t, ana.store, nil, "the first words", "2022")
	path := "/claims/" + itoa(claim.ID)
	_, anaForm := ana.get(path+"/edit", nil)
	version, _ := anaForm.Find(`input[name="version"]`).Attr("value")

	bo := ana // same server, another browser
	bo = &testClient{t: t, srv: ana.srv, store: ana.store}
	bo.newBrowser()
	bo.signInAs("bo@example.org", models.RoleEditor)
	bo.get(path+"/edit", nil)
	res, _ := bo.post(path, url.Values{"text": {"Bo's words"}, "rating": {"unrated"}, "version": {version}}, false)
	wantStatus(t, res, http.StatusSeeOther)

	res, doc := ana.post(path, url.Values{"text": {"Ana's words"}, "rating": {"unrated"}, "version": {version}}, true)
	wantStatus(t, res, http.StatusConflict)
	if got := doc.Find(`textarea[name="text"]`).Text(); got != "Ana's words" {
		t.Errorf("Ana's text not kept: %q", got)
	}
	if got := text(doc.Find(`[data-testid="theirs-text"]`)); got != "Bo's words" {
		t.Errorf("Bo's text not shown: %q", got)
	}
	stored := storage.Must(ana.store.GetClaim(t.Context(), claim.ID))(t)
	if stored.Text != "Bo's words" {
		t.Errorf("stored %q", stored.Text)
	}
	newVersion, _ := doc.Find(`input[name="version"]`).Attr("value")
	res, _ = ana.post(path, url.Values{"text": {"Ana's words"}, "rating": {"unrated"}, "version": {newVersion}}, false)
	wantStatus(t, res, http.StatusSeeOther)
}

func TestUserTextIsShownAsText(t *testing.T) {
	tc := newTestClient(t)
	evil := `<script>alert(1)</script>"><img src=x onerror=alert(2)>`
	storage.MakeClaim(t, tc.store, nil, evil, "2022")
	tl := &models.Timeline{Slug: "evil", Title: evil, Visibility: "public"}
	if err := tc.store.SaveTimeline(t.Context(), tl); err != nil {
		t.Fatal(err)
	}
	for _, p := range []string{"/timelines/evil", "/claims", "/search?q=alert", "/timelines"} {
		_, doc := tc.get(p, nil)
		if doc.Find("main script, main img").Length() != 0 {
			t.Errorf("%s: user text became markup", p)
		}
		if !strings.Contains(doc.Find("main").Text(), "<script>alert(1)</script>") {
			t.Errorf("%s: the text is not shown", p)
		}
	}
}

func TestSetupLinkCreatesTheFirstAdminOnce(t *testing.T) {
	store := storage.NewTestStore(t, nil)
	h, err := New(t.Context(), Config{}, store, slog.New(slog.NewTextHandler(io.Discard, nil)))
	if err != nil {
		t.Fatal(err)
	}
	link := h.SetupPath()
	if !strings.HasPrefix(link, "/setup/") || len(link) < 40 {
		t.Fatalf("setup path %q", link)
	}
	srv := httptest.NewServer(h)
	defer srv.Close()
	tc := &testClient{t: t, srv: srv, store: store}
	tc.newBrowser()
	res, _ := tc.get("/setup/guessed-token", nil)
	wantStatus(t, res, http.StatusNotFound)
	res, _ = tc.get("/", nil)
	wantStatus(t, res, http.StatusOK) // public pages are not blocked
	tc.get(link, nil)
	res, _ = tc.post(link, url.Values{"email": {"admin@example.org"}, "name": {"Admin"}, "password": {testPassword}}, false)
	wantStatus(t, res, http.StatusSeeOther)
	if ok := storage.Must(accounts.Of(store).HasAdmin(t.Context()))(t); !ok {
		t.Fatal("no admin created")
	}
	res, _ = tc.get(link, nil)
	wantStatus(t, res, http.StatusNotFound)
}
