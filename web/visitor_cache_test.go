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
	"github.com/factline/factline/models/storage"
)

// publicClaim makes a claim on a public timeline and returns its path.
func publicClaim(t *testing.T, tc *testClient, text string) (string, *models.Claim) {
	t.Helper()
	claim := storage.MakeClaim(t, tc.store, nil, text, "2022-09-08")
	tl := storage.MakeTimeline(t, tc.store, "open", models.Ref{Kind: models.KindClaim, ID: claim.ID})
	tl.Visibility = "public"
	storage.Must(0, tc.store.SaveTimeline(models.AsSystem(t.Context()), tl))(t)
	return "/claims/" + itoa(claim.ID), claim
}

func TestVisitorsPagesAreCachedWithTheirOwnTokenUntilAWrite(t *testing.T) {
	tc := newAnonClient(t)
	path, claim := publicClaim(t, tc, "the first wording")
	res, doc := tc.get(path, nil)
	wantStatus(t, res, http.StatusOK)
	first := tc.csrf
	etag := res.Header.Get("ETag")
	if !strings.Contains(text(doc.Find("h1")), "the first wording") || etag == "" {
		t.Fatalf("page %q, ETag %q", text(doc.Find("h1")), etag)
	}
	// Another visitor gets the same page with their own token, which works.
	other := &testClient{t: t, srv: tc.srv, store: tc.store, server: tc.server}
	other.newBrowser()
	_, _ = other.get(path, nil)
	if other.csrf == "" || other.csrf == first {
		t.Errorf("the second visitor's token %q; want their own, not %q", other.csrf, first)
	}
	res, _ = other.post("/login", url.Values{"email": {"nobody@example.org"}, "password": {"wrong"}}, false)
	if res.StatusCode == http.StatusForbidden {
		t.Error("the token of a cached page is refused")
	}
	// A repeat visit of an unchanged page answers 304.
	res, _ = tc.get(path, map[string]string{"If-None-Match": etag})
	wantStatus(t, res, http.StatusNotModified)
	// A write changes the page at once, and its ETag.
	claim.Text = "the second wording"
	storage.Must(0, tc.store.SaveClaim(models.AsSystem(t.Context()), claim))(t)
	res, doc = tc.get(path, map[string]string{"If-None-Match": etag})
	wantStatus(t, res, http.StatusOK)
	if got := text(doc.Find("h1")); !strings.Contains(got, "the second wording") || res.Header.Get("ETag") == etag {
		t.Errorf("after the write the page says %q with ETag %q (was %q)", got, res.Header.Get("ETag"), etag)
	}
}

func TestSignedInUsersAreNotServedTheVisitorsPage(t *testing.T) {
	tc := newAnonClient(t)
	path, _ := publicClaim(t, tc, "a claim anyone reads")
	_, doc := tc.get(path, nil)
	if doc.Find(`form[action="/logout"]`).Length() != 0 {
		t.Fatal("a visitor's page offers to sign out")
	}
	tc.signInAs("editor@example.org", models.RoleEditor)
	res, doc := tc.get(path, nil)
	wantStatus(t, res, http.StatusOK)
	if doc.Find(`form[action="/logout"]`).Length() != 1 || res.Header.Get("ETag") != "" {
		t.Error("the signed-in editor got the visitors' cached page")
	}
}

func TestAWriteThroughAnotherInstanceRefreshesTheCache(t *testing.T) {
	path := storage.TestDSN(t)
	one, two := storage.NewTestStoreAt(t, path), storage.NewTestStoreAt(t, path)
	srv, err := New(t.Context(), Config{}, one, slog.New(slog.NewTextHandler(io.Discard, nil)))
	if err != nil {
		t.Fatal(err)
	}
	claim := storage.MakeClaim(t, one, nil, "said once", "2022-09-08")
	tl := storage.MakeTimeline(t, one, "open", models.Ref{Kind: models.KindClaim, ID: claim.ID})
	tl.Visibility = "public"
	storage.Must(0, one.SaveTimeline(models.AsSystem(t.Context()), tl))(t)
	get := func() string {
		rec := httptest.NewRecorder()
		srv.ServeHTTP(rec, httptest.NewRequest(http.MethodGet, "/claims/"+itoa(claim.ID), nil))
		return rec.Body.String()
	}
	if !strings.Contains(get(), "said once") {
		t.Fatal("the page does not show the claim")
	}
	again := storage.Must(two.GetClaim(models.AsSystem(t.Context()), claim.ID))(t)
	again.Text = "said twice"
	storage.Must(0, two.SaveClaim(models.AsSystem(t.Context()), again))(t)
	if !strings.Contains(get(), "said twice") {
		t.Error("a write through the other instance's store left this instance's cached page stale")
	}
}
