package web

import (
	"fmt"
	"net/http"
	"net/url"
	"testing"

	"github.com/factline/factline/models"
	revisions "github.com/factline/factline/models/history"
	"github.com/factline/factline/models/sharing"
	"github.com/factline/factline/models/storage"
)

// TestRestoreObeysTheVisibilityRule: restoring a timeline's revision is an
// edit like any other. An editor who may not change who sees a timeline
// cannot bring back a revision that showed it to more people (a team
// timeline's creation, made public; a private timeline where they are a
// named editor), while its owner can, and the editor can still bring back its
// words.
func TestRestoreObeysTheVisibilityRule(t *testing.T) {
	for _, now := range []string{"team", "private"} {
		t.Run(now, func(t *testing.T) {
			tc := newAnonClient(t)
			owner := tc.signInAs("owner@example.org", models.RoleEditor)
			res, _ := tc.post("/timelines", url.Values{"title": {"Leak"}, "slug": {"leak"}, "visibility": {"public"}}, false)
			wantStatus(t, res, http.StatusSeeOther)
			tl := storage.Must(tc.store.GetTimeline(t.Context(), "leak"))(t)
			tc.get("/timelines/leak/edit", nil)
			res, _ = tc.post("/timelines/leak", url.Values{"title": {"Leak, renamed"}, "slug": {"leak"}, "visibility": {now},
				"version": {fmt.Sprint(tl.Version)}}, false)
			wantStatus(t, res, http.StatusSeeOther)
			tc.newBrowser()
			editor := tc.signInAs("editor@example.org", models.RoleEditor)
			if now == "private" {
				if err := sharing.Of(tc.store).SetCollaborator(t.Context(), tl.ID, editor.ID, "editor"); err != nil {
					t.Fatal(err)
				}
			}
			revs := storage.Must(revisions.Of(tc.store).History(t.Context(), "timeline", tl.ID))(t)
			created := revs[len(revs)-1]

			res, _ = tc.post(fmt.Sprintf("/revisions/%d/restore", created.ID), nil, false)
			wantStatus(t, res, http.StatusForbidden)
			got := storage.Must(tc.store.GetTimelineByID(t.Context(), tl.ID))(t)
			if got.Visibility != now || got.Title != "Leak, renamed" {
				t.Fatalf("after an editor's restore the timeline is %s, %q; want %s, unchanged", got.Visibility, got.Title, now)
			}

			// A revision with today's visibility is theirs to bring back.
			tc.get("/timelines/leak/edit", nil)
			res, _ = tc.post("/timelines/leak", url.Values{"title": {"Leak, again"}, "slug": {"leak"}, "visibility": {now},
				"version": {fmt.Sprint(got.Version)}}, false)
			wantStatus(t, res, http.StatusSeeOther)
			res, _ = tc.post(fmt.Sprintf("/revisions/%d/restore", revs[0].ID), nil, false)
			wantStatus(t, res, http.StatusSeeOther)
			if got := storage.Must(tc.store.GetTimelineByID(t.Context(), tl.ID))(t); got.Title != "Leak, renamed" || got.Visibility != now {
				t.Errorf("the editor's restore of the words left %s, %q", got.Visibility, got.Title)
			}

			tc.newBrowser()
			tc.signInAs(owner.Email, models.RoleEditor)
			res, _ = tc.post(fmt.Sprintf("/revisions/%d/restore", created.ID), nil, false)
			wantStatus(t, res, http.StatusSeeOther)
			if got := storage.Must(tc.store.GetTimelineByID(t.Context(), tl.ID))(t); got.Visibility != "public" || *got.OwnerID != owner.ID {
				t.Errorf("the owner's restore left it %s, owned by %d", got.Visibility, *got.OwnerID)
			}
		})
	}
}

// TestHistoryOffersRestoreOnlyToWhoMayRestore: a timeline's history offers an
// editor who may not change who sees it no "Restore this version" for a
// revision that would (the restore answers 403), and offers it for one that
// would not; its owner is offered both. The button was shown to every editor.
func TestHistoryOffersRestoreOnlyToWhoMayRestore(t *testing.T) {
	tc := newAnonClient(t)
	tc.signInAs("owner@example.org", models.RoleEditor)
	res, _ := tc.post("/timelines", url.Values{"title": {"Leak"}, "slug": {"leak"}, "visibility": {"public"}}, false)
	wantStatus(t, res, http.StatusSeeOther)
	for _, title := range []string{"Leak, renamed", "Leak, again"} {
		tl := storage.Must(tc.store.GetTimeline(t.Context(), "leak"))(t)
		tc.get("/timelines/leak/edit", nil)
		res, _ = tc.post("/timelines/leak", url.Values{"title": {title}, "slug": {"leak"}, "visibility": {"team"},
			"version": {fmt.Sprint(tl.Version)}}, false)
		wantStatus(t, res, http.StatusSeeOther)
	}
	tl := storage.Must(tc.store.GetTimeline(t.Context(), "leak"))(t)
	revs := storage.Must(revisions.Of(tc.store).History(t.Context(), "timeline", tl.ID))(t)
	renamed, created := revs[1], revs[len(revs)-1]
	offered := func() map[int64]bool {
		res, doc := tc.get("/timelines/leak/history", nil)
		wantStatus(t, res, http.StatusOK)
		out := map[int64]bool{}
		for _, r := range []models.Revision{renamed, created} {
			out[r.ID] = doc.Find(fmt.Sprintf(`form[action="/revisions/%d/restore"] button`, r.ID)).Length() == 1
		}
		return out
	}
	if got := offered(); !got[renamed.ID] || !got[created.ID] {
		t.Errorf("the owner is offered to restore the renamed and the public revisions: %v, want both", got)
	}
	tc.newBrowser()
	tc.signInAs("editor@example.org", models.RoleEditor)
	if got := offered(); !got[renamed.ID] || got[created.ID] {
		t.Errorf("an editor is offered to restore the renamed and the public revisions: %v, want the renamed only", got)
	}
	res, _ = tc.post(fmt.Sprintf("/revisions/%d/restore", created.ID), nil, false)
	wantStatus(t, res, http.StatusForbidden)
}
