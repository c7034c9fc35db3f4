package web

import (
	"io"
	"net/http"
	"net/url"
	"strings"
	"testing"

	"github.com/factline/factline/models"
	"github.com/factline/factline/models/storage"
)

// TestPublicHistoryHidesWhatCameBefore: a team draft is written (an internal
// summary, a private note on an entry, by a second editor), then made public.
// Visitors read its history only once the owner lets them, and then, like a
// share link's holder, only from when it became public: neither the draft's
// words nor who wrote them, on the page or in its JSON.
func TestPublicHistoryHidesWhatCameBefore(t *testing.T) {
	tc := newAnonClient(t)
	drafter := tc.signInAs("drafter@example.org", models.RoleEditor)
	ctx := models.WithUser(t.Context(), drafter)
	claim := storage.MakeClaim(t, tc.store, nil, "A claim on the draft", "2022-09-08")
	tc.newBrowser()
	owner := tc.signInAs("owner@example.org", models.RoleEditor)
	tl := &models.Timeline{Slug: "draft", Title: "Draft", Summary: "INTERNAL DRAFT: not for publication", Visibility: "team", OwnerID: &owner.ID}
	if err := tc.store.SaveTimeline(models.WithUser(t.Context(), owner), tl); err != nil {
		t.Fatal(err)
	}
	entry := &models.Entry{TimelineID: tl.ID, ItemKind: models.KindClaim, ItemID: claim.ID, Note: "PRIVATE NOTE: whistleblower is A. Smith"}
	if err := tc.store.AddEntry(ctx, entry); err != nil {
		t.Fatal(err)
	}
	if err := tc.store.UpdateEntry(ctx, tl.ID, entry.ID, "", "Sourced.", entry.Version); err != nil {
		t.Fatal(err)
	}
	save := func(form url.Values) {
		t.Helper()
		tc.get("/timelines/draft/edit", nil)
		cur := storage.Must(tc.store.GetTimeline(t.Context(), "draft"))(t)
		form.Set("slug", "draft")
		form.Set("version", itoa(int64(cur.Version)))
		res, _ := tc.post("/timelines/draft", form, false)
		wantStatus(t, res, http.StatusSeeOther)
	}
	save(url.Values{"title": {"Draft"}, "summary": {"What was said, and when."}, "visibility": {"public"}})

	anon := newBrowserOn(tc)
	if res, _ := anon.get("/timelines/draft/history", nil); res.StatusCode != http.StatusNotFound {
		t.Fatalf("a visitor reads the history nobody opened: %d", res.StatusCode)
	}
	save(url.Values{"title": {"Draft"}, "summary": {"What was said, and when."}, "visibility": {"public"}, "history_public": {"1"}})
	save(url.Values{"title": {"Said and when"}, "summary": {"What was said, and when."}, "visibility": {"public"}, "history_public": {"1"}})
	link := (&sharedWorld{owner: tc, slug: "draft"}).makeLink(t, url.Values{"opens": {"living"}, "history": {"1"}})

	for _, path := range []string{"/timelines/draft/history", link + "/history"} {
		res, doc := anon.get(path, nil)
		wantStatus(t, res, http.StatusOK)
		page := text(doc.Find("main"))
		if path == "/timelines/draft/history" && !strings.Contains(page, "Said and when") {
			t.Errorf("%s lacks what was changed once it was public: %q", path, page)
		}
		req, _ := http.NewRequest(http.MethodGet, anon.srv.URL+path, nil)
		req.Header.Set("Accept", "application/json")
		jres, err := anon.http.Do(req)
		if err != nil {
			t.Fatal(err)
		}
		body, _ := io.ReadAll(jres.Body)
		jres.Body.Close()
		for _, leak := range []string{"INTERNAL DRAFT", "PRIVATE NOTE", "drafter"} {
			if strings.Contains(page, leak) || strings.Contains(string(body), leak) {
				t.Errorf("%s shows %q, written before it was public", path, leak)
			}
		}
	}
}

// newBrowserOn is another browser, signed out, on tc's server.
func newBrowserOn(tc *testClient) *testClient {
	other := &testClient{t: tc.t, srv: tc.srv, store: tc.store}
	other.newBrowser()
	return other
}
