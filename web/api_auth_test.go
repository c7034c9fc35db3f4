package web

import (
	"bytes"
	"net/http"
	"net/url"
	"testing"

	"github.com/factline/factline/models"
	"github.com/factline/factline/models/storage"
)

func TestAPITokenMadeOnAccountPageWorksUntilRevoked(t *testing.T) {
	tc := newTestClient(t)
	storage.MakeActor(t, tc.store, "Michelle Bachelet")
	_, doc := tc.get("/", nil)
	if href, _ := doc.Find(`[data-testid="account-link"]`).Attr("href"); href != "/account" {
		t.Fatalf("header links the account at %q", href)
	}
	token := tc.makeToken("laptop scripts")

	a := tc.api(token, http.MethodGet, "/api/v1/actors", nil)
	wantAPI(t, a, http.StatusOK, "")
	if rows, _ := a.Body["data"].([]any); len(rows) != 1 || rows[0].(map[string]any)["name"] != "Michelle Bachelet" {
		t.Fatalf("actors: %v", a.Body)
	}

	_, doc = tc.get("/account", nil)
	if got := text(doc.Find(`[data-testid="account-role"]`)); got != "editor" {
		t.Fatalf("role shown as %q", got)
	}
	if got := doc.Find(`[data-testid="new-token"]`).Length(); got != 0 {
		t.Fatal("the token is shown again after it was made")
	}
	action, ok := doc.Find(`[data-testid="token"] form`).Attr("action")
	if !ok || text(doc.Find(`[data-testid="token"] strong`)) != "laptop scripts" {
		t.Fatalf("token not listed: %s", text(doc.Find(`[data-testid="tokens"]`)))
	}
	res, _ := tc.post(action, nil, false)
	wantStatus(t, res, http.StatusSeeOther)

	a = tc.api(token, http.MethodGet, "/api/v1/actors", nil)
	wantAPI(t, a, http.StatusUnauthorized, "unauthorized")
	_, doc = tc.get("/account", nil)
	if text(doc.Find(`[data-testid="token"] .badge`)) != "revoked" {
		t.Fatal("the revoked token is not marked revoked")
	}
}

func TestAPIRefusesRequestsWithoutAValidToken(t *testing.T) {
	tc := newAnonClient(t)
	wantAPI(t, tc.api("", http.MethodGet, "/api/v1/claims", nil), http.StatusUnauthorized, "unauthorized")
	wantAPI(t, tc.api("fl_not-a-real-token", http.MethodGet, "/api/v1/claims", nil), http.StatusUnauthorized, "unauthorized")
	// Without an Authorization header an unsafe request is a browser's: the CSRF check refuses it first.
	wantAPI(t, tc.api("", http.MethodPost, "/api/v1/claims", map[string]any{"text": "x"}), http.StatusForbidden, "forbidden")
	wantAPI(t, tc.api("fl_not-a-real-token", http.MethodPost, "/api/v1/claims", map[string]any{"text": "x"}), http.StatusUnauthorized, "unauthorized")
	res, _ := tc.get("/account", nil)
	wantStatus(t, res, http.StatusSeeOther)
}

func TestAPIViewerTokenReadsButCannotWrite(t *testing.T) {
	tc := newAnonClient(t)
	tc.signInAs("viewer@example.org", models.RoleViewer)
	token := tc.makeToken("reader")
	wantAPI(t, tc.api(token, http.MethodGet, "/api/v1/sources", nil), http.StatusOK, "")
	a := tc.api(token, http.MethodPost, "/api/v1/actors", map[string]any{"kind": "person", "name": "Volker Türk"})
	wantAPI(t, a, http.StatusForbidden, "forbidden")
	if actors := storage.Must(tc.store.ListActors(t.Context(), "", 10))(t); len(actors) != 0 {
		t.Fatalf("a viewer's token created %v", actors)
	}
}

func TestAPIPrivateTimelineIsHiddenFromAnotherUsersToken(t *testing.T) {
	tc := newAnonClient(t)
	owner := tc.signInAs("owner@example.org", models.RoleEditor)
	ownerToken := tc.makeToken("owner")
	claim := storage.MakeClaim(t, tc.store, nil, "the assessment is a fabrication", "2022-09-10")
	tl := &models.Timeline{Slug: "private-notes", Title: "Private notes", Visibility: "private", OwnerID: &owner.ID}
	if err := tc.store.SaveTimeline(t.Context(), tl); err != nil {
		t.Fatal(err)
	}
	tc.newBrowser()
	tc.signInAs("other@example.org", models.RoleEditor)
	otherToken := tc.makeToken("other")

	wantAPI(t, tc.api(otherToken, http.MethodGet, "/api/v1/timelines/private-notes", nil), http.StatusNotFound, "not_found")
	entry := map[string]any{"kind": "claim", "item_id": claim.ID}
	wantAPI(t, tc.api(otherToken, http.MethodPost, "/api/v1/timelines/private-notes/entries", entry), http.StatusNotFound, "not_found")
	if rows, _ := tc.api(otherToken, http.MethodGet, "/api/v1/timelines", nil).Body["data"].([]any); len(rows) != 0 {
		t.Fatalf("another user lists %v", rows)
	}

	wantAPI(t, tc.api(ownerToken, http.MethodPost, "/api/v1/timelines/private-notes/entries", entry), http.StatusCreated, "")
	a := tc.api(ownerToken, http.MethodGet, "/api/v1/timelines/private-notes", nil)
	wantAPI(t, a, http.StatusOK, "")
	entries, _ := a.data()["entries"].([]any)
	if len(entries) != 1 || entries[0].(map[string]any)["title"] != "the assessment is a fabrication" {
		t.Fatalf("owner reads %v", a.data())
	}
}

func TestAPIRequestsWithASessionCookieStillNeedTheCSRFToken(t *testing.T) {
	tc := newTestClient(t)
	token := tc.makeToken("mixed")
	post := func(csrf, bearer string) apiAnswer {
		req, _ := http.NewRequest(http.MethodPost, tc.srv.URL+"/api/v1/actors",
			bytes.NewBufferString(`{"kind": "organisation", "name": "OHCHR"}`))
		req.Header.Set("Content-Type", "application/json")
		if csrf != "" {
			req.Header.Set("X-CSRF-Token", csrf)
		}
		if bearer != "" {
			req.Header.Set("Authorization", "Bearer "+bearer)
		}
		return tc.apiDo(tc.http, req) // the browser's client, with its session cookie
	}
	wantAPI(t, post("", ""), http.StatusForbidden, "forbidden")
	wantAPI(t, post("", token), http.StatusForbidden, "forbidden")
	if actors := storage.Must(tc.store.ListActors(t.Context(), "", 10))(t); len(actors) != 0 {
		t.Fatalf("refused API posts stored %d actors", len(actors))
	}
	wantAPI(t, post(tc.csrf, ""), http.StatusCreated, "")
	// A bearer token without cookies needs no CSRF token.
	wantAPI(t, tc.api(token, http.MethodPost, "/api/v1/actors", map[string]any{"kind": "person", "name": "Chen Xu"}), http.StatusCreated, "")
}

func TestAPITokenOfAnotherUserCannotBeRevoked(t *testing.T) {
	tc := newAnonClient(t)
	tc.signInAs("first@example.org", models.RoleEditor)
	token := tc.makeToken("first")
	_, doc := tc.get("/account", nil)
	action, _ := doc.Find(`[data-testid="token"] form`).Attr("action")
	tc.newBrowser()
	tc.signInAs("second@example.org", models.RoleEditor)
	res, _ := tc.post(action, url.Values{}, false)
	wantStatus(t, res, http.StatusNotFound)
	wantAPI(t, tc.api(token, http.MethodGet, "/api/v1/events", nil), http.StatusOK, "")
}
