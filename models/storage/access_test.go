package storage_test

import (
	"context"
	"testing"

	"github.com/factline/factline/models"
	"github.com/factline/factline/models/accounts"
	"github.com/factline/factline/models/search"
	"github.com/factline/factline/models/sharing"
	"github.com/factline/factline/models/storage"
)

func TestSearchShowsOnlyWhatTheViewerMayRead(t *testing.T) {
	s := storage.NewTestStore(t, nil)
	bg := context.Background()
	owner := storage.Must(accounts.Of(s).CreateUser(bg, "owner@example.org", "Owner", models.RoleEditor, "long enough password"))(t)
	other := storage.Must(accounts.Of(s).CreateUser(bg, "other@example.org", "Other", models.RoleEditor, "long enough password"))(t)
	public := storage.MakeClaim(t, s, nil, "zebra crossing in public", "2022")
	storage.MakeClaim(t, s, nil, "zebra sighting, team only", "2022")
	storage.MakeTimeline(t, s, "open", models.Ref{Kind: models.KindClaim, ID: public.ID})
	secret := &models.Timeline{Slug: "secret", Title: "zebra secret plans", Visibility: "private", OwnerID: &owner.ID}
	storage.Must(0, s.SaveTimeline(bg, secret))(t)

	count := func(v storage.Viewer) int {
		hits, err := search.Of(s).As(v).Search(bg, "zebra", "", 20)
		if err != nil {
			t.Fatal(err)
		}
		return len(hits)
	}
	if n := count(storage.Viewer{}); n != 1 {
		t.Errorf("anonymous finds %d, want only the public claim", n)
	}
	if n := count(storage.Viewer{User: other}); n != 2 {
		t.Errorf("another editor finds %d, want the two claims and not the private timeline", n)
	}
	if n := count(storage.Viewer{User: owner}); n != 3 {
		t.Errorf("the owner finds %d, want 3", n)
	}
	ts := storage.Must(s.As(storage.Viewer{User: other}).ListTimelines(bg, 10))(t)
	if len(ts) != 1 {
		t.Errorf("another editor lists %d timelines, want 1", len(ts))
	}
	storage.Must(0, sharing.Of(s).SetCollaborator(bg, secret.ID, other.ID, "viewer"))(t)
	if ts, _ = s.As(storage.Viewer{User: other}).ListTimelines(bg, 10); len(ts) != 2 {
		t.Errorf("a named viewer lists %d timelines, want 2", len(ts))
	}
}

func TestTimelineAccess(t *testing.T) {
	owner := &models.User{ID: 1, Role: models.RoleEditor}
	editor := &models.User{ID: 2, Role: models.RoleEditor}
	viewer := &models.User{ID: 3, Role: models.RoleViewer}
	admin := &models.User{ID: 4, Role: models.RoleAdmin}
	tl := func(vis string) *models.Timeline { return &models.Timeline{Visibility: vis, OwnerID: &owner.ID} }
	for _, c := range []struct {
		name   string
		u      *models.User
		vis    string
		collab string
		want   models.Access
	}{
		{"anonymous public", nil, "public", "", models.Access{Read: true}},
		{"anonymous team", nil, "team", "", models.Access{}},
		{"anonymous unlisted", nil, "unlisted", "", models.Access{}},
		{"viewer team", viewer, "team", "", models.Access{Read: true}},
		{"viewer private", viewer, "private", "", models.Access{}},
		{"viewer named editor stays a reader", viewer, "private", "editor", models.Access{Read: true}},
		{"editor team", editor, "team", "", models.Access{Read: true, Edit: true, Publish: true}},
		{"editor private", editor, "private", "", models.Access{}},
		{"editor named viewer", editor, "private", "viewer", models.Access{Read: true}},
		{"editor named editor", editor, "private", "editor", models.Access{Read: true, Edit: true, Publish: true}},
		{"owner private", owner, "private", "", models.Access{Read: true, Edit: true, Delete: true, Publish: true, Share: true, Visibility: true}},
		{"admin private", admin, "private", "", models.Access{}},
		{"admin public", admin, "public", "", models.Access{Read: true, Edit: true, Delete: true, Publish: true, Share: true, Visibility: true}},
	} {
		if got := models.TimelineAccess(c.u, tl(c.vis), c.collab); got != c.want {
			t.Errorf("%s: %+v, want %+v", c.name, got, c.want)
		}
	}
}

func TestAnonymousSeesOnlyPublicNeighbours(t *testing.T) {
	s := storage.NewTestStore(t, nil)
	bg := context.Background()
	speaker := storage.MakeActor(t, s, "Speaker")
	src := storage.MakeSource(t, s, "Report", "", "2022")
	public := storage.MakeClaim(t, s, speaker, "on a public timeline", "2022")
	hidden := storage.MakeClaim(t, s, speaker, "team only", "2022")
	storage.MakeCitation(t, s, models.Ref{Kind: models.KindClaim, ID: public.ID}, src, "a")
	storage.MakeCitation(t, s, models.Ref{Kind: models.KindClaim, ID: hidden.ID}, src, "b")
	storage.Must(0, s.SaveRelation(bg, &models.Relation{FromKind: models.KindClaim, FromID: hidden.ID, ToKind: models.KindClaim, ToID: public.ID, Kind: "repeats"}))(t)
	storage.MakeTimeline(t, s, "open", models.Ref{Kind: models.KindClaim, ID: public.ID})

	said := storage.Must(s.As(storage.Viewer{}).ClaimsBySpeaker(bg, speaker.ID, 10, 0))(t)
	cits := storage.Must(s.As(storage.Viewer{}).ReadableCitationsOfSource(bg, src.ID, 10, 0))(t)
	rels := storage.Must(s.As(storage.Viewer{}).RelationsOf(bg, []models.Ref{{Kind: models.KindClaim, ID: public.ID}}))(t)
	if len(said) != 1 || len(cits) != 1 || len(rels) != 0 {
		t.Errorf("anonymous sees %d claims, %d citations, %d relations; want 1, 1, 0", len(said), len(cits), len(rels))
	}
	u := &models.User{ID: 9, Role: models.RoleViewer}
	said, _ = s.As(storage.Viewer{User: u}).ClaimsBySpeaker(bg, speaker.ID, 10, 0)
	rels, _ = s.As(storage.Viewer{User: u}).RelationsOf(bg, []models.Ref{{Kind: models.KindClaim, ID: public.ID}})
	if len(said) != 2 || len(rels) != 1 {
		t.Errorf("a viewer sees %d claims, %d relations; want 2, 1", len(said), len(rels))
	}
}
