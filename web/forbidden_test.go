package web

import (
	"fmt"
	"net/http"
	"net/url"
	"strings"
	"testing"

	"github.com/factline/factline/models"
	"github.com/factline/factline/models/accounts"
	revisions "github.com/factline/factline/models/history"
	"github.com/factline/factline/models/sharing"
	"github.com/factline/factline/models/storage"
)

// TestRefusalsSayWhatIsTrue: a 403 says the form expired only when it did;
// otherwise that the user may not, and who may.
func TestRefusalsSayWhatIsTrue(t *testing.T) {
	tc := newAnonClient(t)
	ctx := t.Context()
	owner := storage.Must(accounts.Of(tc.store).CreateUser(ctx, "owner@example.org", "Owner", models.RoleEditor, testPassword))(t)
	tl := &models.Timeline{Slug: "theirs", Title: "Theirs", Visibility: "private", OwnerID: &owner.ID}
	if err := tc.store.SaveTimeline(models.WithUser(ctx, owner), tl); err != nil {
		t.Fatal(err)
	}
	me := tc.signInAs("editor@example.org", models.RoleEditor)
	if err := sharing.Of(tc.store).SetCollaborator(ctx, tl.ID, me.ID, "viewer"); err != nil {
		t.Fatal(err)
	}
	revs := storage.Must(revisions.Of(tc.store).History(ctx, "timeline", tl.ID))(t)
	refused := func(path string, form url.Values, want string) {
		t.Helper()
		tc.get("/", nil)
		res, doc := tc.post(path, form, false)
		wantStatus(t, res, http.StatusForbidden)
		if got := text(doc.Find("main")); !strings.Contains(got, want) {
			t.Errorf("POST %s says %q, want %q", path, got, want)
		}
	}
	refused("/timelines/"+tl.Slug+"/delete", nil, "Only this timeline's owner or an admin can do this.")
	refused("/timelines/"+tl.Slug+"/links", nil, "Only this timeline's owner or an admin can do this.")
	refused("/timelines/"+tl.Slug+"/publish", nil, "You may read this timeline but not change it")
	refused(fmt.Sprintf("/revisions/%d/restore", revs[0].ID), nil, "You may read this timeline but not change it")
	refused("/trash/timeline/1/purge", nil, "Only an admin can do this.")
	refused("/actors", url.Values{"name": {"X"}, "_csrf": {"stale"}}, "This form has expired")

	tc.signInAs("viewer@example.org", models.RoleViewer)
	refused("/claims", url.Values{"text": {"x"}}, "Only editors and admins can do this")
	if claims := storage.Must(tc.store.ListClaims(ctx, 10))(t); len(claims) != 0 {
		t.Errorf("a refused post stored %d claims", len(claims))
	}
}
