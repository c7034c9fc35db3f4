package web

import (
	"net/http"
	"net/url"
	"strings"
	"testing"

	"github.com/factline/factline/models"
	"github.com/factline/factline/models/accounts"
	"github.com/factline/factline/models/sharing"
	"github.com/factline/factline/models/storage"
)

// TestPermissionMatrix walks every (who × visibility × action) cell through the
// real router. A letter in the table is an allowed action: R read (page, JSON,
// search), E edit, V change its visibility (the owner's decision, and an
// admin's), D delete, P publish.
func TestPermissionMatrix(t *testing.T) {
	allowed := map[string]map[string]string{
		"anonymous":    {"private": "", "team": "", "unlisted": "", "public": "R"},
		"viewer":       {"private": "", "team": "R", "unlisted": "R", "public": "R"},
		"editor":       {"private": "", "team": "REP", "unlisted": "REP", "public": "REP"},
		"owner":        {"private": "REVDP", "team": "REVDP", "unlisted": "REVDP", "public": "REVDP"},
		"collaborator": {"private": "REP", "team": "REP", "unlisted": "REP", "public": "REP"},
		"admin":        {"private": "", "team": "REVDP", "unlisted": "REVDP", "public": "REVDP"},
	}
	for who, row := range allowed {
		for vis, letters := range row {
			t.Run(who+"/"+vis, func(t *testing.T) {
				tc := newAnonClient(t)
				ctx := t.Context()
				owner := storage.Must(accounts.Of(tc.store).CreateUser(ctx, "owner@example.org", "Owner", models.RoleEditor, testPassword))(t)
				collab := storage.Must(accounts.Of(tc.store).CreateUser(ctx, "collaborator@example.org", "Collab", models.RoleEditor, testPassword))(t)
				slug := "t-" + vis
				tl := &models.Timeline{Slug: slug, Title: "Quokka " + vis, Visibility: vis, OwnerID: &owner.ID}
				if err := tc.store.SaveTimeline(ctx, tl); err != nil {
					t.Fatal(err)
				}
				if err := sharing.Of(tc.store).SetCollaborator(ctx, tl.ID, collab.ID, "editor"); err != nil {
					t.Fatal(err)
				}
				switch who {
				case "anonymous":
				case "owner", "collaborator":
					tc.signInAs(who+"@example.org", models.RoleEditor)
				default:
					tc.signInAs(who+"@example.org", who)
				}
				checkCell(t, tc, slug, vis, letters)
			})
		}
	}
}

func checkCell(t *testing.T, tc *testClient, slug, vis, letters string) {
	t.Helper()
	may := func(l string) bool { return strings.Contains(letters, l) }
	path := "/timelines/" + slug
	res, _ := tc.get(path, nil)
	if ok := res.StatusCode == http.StatusOK; ok != may("R") {
		t.Errorf("read page: %d", res.StatusCode)
	} else if !ok && res.StatusCode != http.StatusNotFound {
		t.Errorf("read page refused with %d, want 404", res.StatusCode)
	}
	res, _ = tc.get(path, map[string]string{"Accept": "application/json"})
	if ok := res.StatusCode == http.StatusOK; ok != may("R") {
		t.Errorf("read JSON: %d", res.StatusCode)
	}
	_, doc := tc.get("/search?q=quokka", nil)
	if found := doc.Find(`[data-testid="hit"]`).Length() == 1; found != may("R") {
		t.Errorf("search finds it: %v", found)
	}
	tc.get("/login", nil) // a page with a CSRF token, as a browser would have
	version := func() string { return itoa(int64(storage.Must(tc.store.GetTimeline(t.Context(), slug))(t).Version)) }
	res, _ = tc.post(path, url.Values{"title": {"Renamed " + vis}, "slug": {slug}, "visibility": {vis}, "version": {version()}}, false)
	if ok := res.StatusCode == http.StatusSeeOther; ok != may("E") {
		t.Errorf("edit: %d", res.StatusCode)
	}
	other := map[bool]string{true: "team", false: "public"}[vis == "public"]
	res, _ = tc.post(path, url.Values{"title": {"Renamed " + vis}, "slug": {slug}, "visibility": {other}, "version": {version()}}, false)
	if ok := res.StatusCode == http.StatusSeeOther; ok != may("V") {
		t.Errorf("change visibility to %s: %d", other, res.StatusCode)
	}
	if got, err := tc.store.GetTimeline(t.Context(), slug); err != nil {
		t.Fatal(err)
	} else if changed := got.Visibility != vis; changed != may("V") {
		t.Errorf("visibility is %s after the attempt", got.Visibility)
	}
	res, _ = tc.post(path+"/publish", url.Values{"message": {"v"}}, false)
	if ok := res.StatusCode == http.StatusSeeOther; ok != may("P") {
		t.Errorf("publish: %d", res.StatusCode)
	}
	res, _ = tc.post(path+"/delete", nil, false)
	if ok := res.StatusCode == http.StatusSeeOther; ok != may("D") {
		t.Errorf("delete: %d", res.StatusCode)
	}
}

func TestShareLinkOpensAndRevokes(t *testing.T) {
	tc := newTestClient(t)
	owner := storage.Must(accounts.Of(tc.store).FindUserByEmail(t.Context(), "editor@example.org"))(t)
	tl := &models.Timeline{Slug: "quiet", Title: "Quiet one", Visibility: "unlisted", OwnerID: &owner.ID}
	if err := tc.store.SaveTimeline(t.Context(), tl); err != nil {
		t.Fatal(err)
	}
	tc.get("/timelines/quiet/sharing", nil)
	res, doc := tc.post("/timelines/quiet/links", nil, false)
	wantStatus(t, res, http.StatusOK)
	link, _ := doc.Find(`[data-testid="new-link"]`).Attr("value")
	u, err := url.Parse(link)
	if err != nil || !strings.HasPrefix(u.Path, "/s/") || len(u.Path) < 3+22 {
		t.Fatalf("link %q", link)
	}
	anon := &testClient{t: t, srv: tc.srv, store: tc.store}
	anon.newBrowser()
	res, doc = anon.get(u.Path, nil)
	wantStatus(t, res, http.StatusOK)
	if text(doc.Find("h1")) != "Quiet one" || doc.Find(`[data-testid="add-entry"]`).Length() != 0 {
		t.Error("shared page is not the read-only timeline")
	}
	res, _ = anon.get("/s/"+strings.Repeat("A", 22), nil)
	wantStatus(t, res, http.StatusNotFound)
	res, _ = anon.get("/timelines/quiet", nil)
	wantStatus(t, res, http.StatusNotFound)

	_, doc = tc.get("/timelines/quiet/sharing", nil)
	action, _ := doc.Find(`[data-testid="links"] form`).Attr("action")
	res, _ = tc.post(action, nil, false)
	wantStatus(t, res, http.StatusSeeOther)
	res, _ = anon.get(u.Path, nil)
	wantStatus(t, res, http.StatusNotFound)
}
