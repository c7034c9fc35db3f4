package web

import (
	"net/http"
	"strings"
	"testing"

	"github.com/factline/factline/models"
	"github.com/factline/factline/models/accounts"
	"github.com/factline/factline/models/storage"
)

// TestEditFormOffersVisibilityOnlyToWhoMayChangeIt: another editor of a team
// timeline sees who it is shown to, but is not offered the choice.
func TestEditFormOffersVisibilityOnlyToWhoMayChangeIt(t *testing.T) {
	tc := newAnonClient(t)
	owner := storage.Must(accounts.Of(tc.store).CreateUser(t.Context(), "owner@example.org", "Owner", models.RoleEditor, testPassword))(t)
	tl := &models.Timeline{Slug: "ours", Title: "Ours", Visibility: "team", OwnerID: &owner.ID}
	if err := tc.store.SaveTimeline(t.Context(), tl); err != nil {
		t.Fatal(err)
	}
	tc.signInAs("editor@example.org", models.RoleEditor)
	res, doc := tc.get("/timelines/ours/edit", nil)
	wantStatus(t, res, http.StatusOK)
	if doc.Find(`select[name="visibility"]`).Length() != 0 ||
		!strings.Contains(text(doc.Find(`[data-testid="visibility-fixed"]`)), "Only the timeline's owner or an admin") {
		t.Error("another editor is offered the visibility, or not told who may change it")
	}
	tc.newBrowser()
	tc.signInAs("owner@example.org", models.RoleEditor)
	_, doc = tc.get("/timelines/ours/edit", nil)
	if doc.Find(`select[name="visibility"]`).Length() != 1 {
		t.Error("the owner is not offered the visibility")
	}
}
