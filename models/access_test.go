package models

import (
	"context"
	"fmt"
	"testing"
)

func TestSearchShowsOnlyWhatTheViewerMayRead(t *testing.T) {
	s := NewTestStore(t, nil)
	bg := context.Background()
	owner := Must(s.CreateUser(bg, "owner@example.org", "Owner", RoleEditor, "long enough password"))(t)
	other := Must(s.CreateUser(bg, "other@example.org", "Other", RoleEditor, "long enough password"))(t)
	public := MakeClaim(t, s, nil, "zebra crossing in public", "2022")
	MakeClaim(t, s, nil, "zebra sighting, team only", "2022")
	MakeTimeline(t, s, "open", Ref{KindClaim, public.ID})
	secret := &Timeline{Slug: "secret", Title: "zebra secret plans", Visibility: "private", OwnerID: &owner.ID}
	mustSave(t, s.SaveTimeline(bg, secret))

	count := func(ctx context.Context) int {
		hits, err := s.Search(ctx, "zebra", "", 20)
		if err != nil {
			t.Fatal(err)
		}
		return len(hits)
	}
	if n := count(bg); n != 1 {
		t.Errorf("anonymous finds %d, want only the public claim", n)
	}
	if n := count(WithUser(bg, other)); n != 2 {
		t.Errorf("another editor finds %d, want the two claims and not the private timeline", n)
	}
	if n := count(WithUser(bg, owner)); n != 3 {
		t.Errorf("the owner finds %d, want 3", n)
	}
	ts := Must(s.ListTimelines(WithUser(bg, other), 10))(t)
	if len(ts) != 1 {
		t.Errorf("another editor lists %d timelines, want 1", len(ts))
	}
	mustSave(t, s.SetCollaborator(bg, secret.ID, other.ID, "viewer"))
	if ts, _ = s.ListTimelines(WithUser(bg, other), 10); len(ts) != 2 {
		t.Errorf("a named viewer lists %d timelines, want 2", len(ts))
	}
}

func TestTimelineAccess(t *testing.T) {
	owner := &User{ID: 1, Role: RoleEditor}
	editor := &User{ID: 2, Role: RoleEditor}
	viewer := &User{ID: 3, Role: RoleViewer}
	admin := &User{ID: 4, Role: RoleAdmin}
	tl := func(vis string) *Timeline { return &Timeline{Visibility: vis, OwnerID: &owner.ID} }
	for _, c := range []struct {
		name   string
		u      *User
		vis    string
		collab string
		want   Access
	}{
		{"anonymous public", nil, "public", "", Access{Read: true}},
		{"anonymous team", nil, "team", "", Access{}},
		{"anonymous unlisted", nil, "unlisted", "", Access{}},
		{"viewer team", viewer, "team", "", Access{Read: true}},
		{"viewer private", viewer, "private", "", Access{}},
		{"viewer named editor stays a reader", viewer, "private", "editor", Access{Read: true}},
		{"editor team", editor, "team", "", Access{Read: true, Edit: true, Publish: true}},
		{"editor private", editor, "private", "", Access{}},
		{"editor named viewer", editor, "private", "viewer", Access{Read: true}},
		{"editor named editor", editor, "private", "editor", Access{Read: true, Edit: true, Publish: true}},
		{"owner private", owner, "private", "", Access{true, true, true, true, true, true}},
		{"admin private", admin, "private", "", Access{}},
		{"admin public", admin, "public", "", Access{true, true, true, true, true, true}},
	} {
		if got := TimelineAccess(c.u, tl(c.vis), c.collab); got != c.want {
			t.Errorf("%s: %+v, want %+v", c.name, got, c.want)
		}
	}
}

func TestAnonymousSeesOnlyPublicNeighbours(t *testing.T) {
	s := NewTestStore(t, nil)
	bg := context.Background()
	speaker := MakeActor(t, s, "Speaker")
	src := MakeSource(t, s, "Report", "", "2022")
	public := MakeClaim(t, s, speaker, "on a public timeline", "2022")
	hidden := MakeClaim(t, s, speaker, "team only", "2022")
	MakeCitation(t, s, Ref{KindClaim, public.ID}, src, "a")
	MakeCitation(t, s, Ref{KindClaim, hidden.ID}, src, "b")
	mustSave(t, s.SaveRelation(bg, &Relation{FromKind: KindClaim, FromID: hidden.ID, ToKind: KindClaim, ToID: public.ID, Kind: "repeats"}))
	MakeTimeline(t, s, "open", Ref{KindClaim, public.ID})

	said := Must(s.ClaimsBySpeaker(bg, speaker.ID, 10, 0))(t)
	cits := Must(s.ReadableCitationsOfSource(bg, src.ID, 10, 0))(t)
	rels := Must(s.RelationsOf(bg, []Ref{{KindClaim, public.ID}}))(t)
	if len(said) != 1 || len(cits) != 1 || len(rels) != 0 {
		t.Errorf("anonymous sees %d claims, %d citations, %d relations; want 1, 1, 0", len(said), len(cits), len(rels))
	}
	u := &User{ID: 9, Role: RoleViewer}
	said, _ = s.ClaimsBySpeaker(WithUser(bg, u), speaker.ID, 10, 0)
	rels, _ = s.RelationsOf(WithUser(bg, u), []Ref{{KindClaim, public.ID}})
	if len(said) != 2 || len(rels) != 1 {
		t.Errorf("a viewer sees %d claims, %d relations; want 2, 1", len(said), len(rels))
	}
}

// publicItems is SQL for the (kind, id) pairs an anonymous visitor may read —
// public timelines, their claims and events, the sources those cite, and their
// speakers and participants — built as one set: the reference that the
// one-item checks must agree with.
const publicItems = `WITH pt AS (SELECT id FROM timelines WHERE visibility = 'public' AND deleted_at IS NULL),
	pe AS (SELECT item_kind, item_id FROM timeline_entries WHERE timeline_id IN (SELECT id FROM pt)),
	pub (kind, id) AS (
		SELECT 'timeline', id FROM pt
		UNION SELECT item_kind, item_id FROM pe
		UNION SELECT 'source', source_id FROM citations
			WHERE claim_id IN (SELECT item_id FROM pe WHERE item_kind = 'claim')
			   OR event_id IN (SELECT item_id FROM pe WHERE item_kind = 'event')
		UNION SELECT 'actor', speaker_id FROM claims
			WHERE speaker_id IS NOT NULL AND id IN (SELECT item_id FROM pe WHERE item_kind = 'claim')
		UNION SELECT 'actor', actor_id FROM event_participants
			WHERE event_id IN (SELECT item_id FROM pe WHERE item_kind = 'event'))`

// TestIsPublicAgreesWithThePublicSet checks the one-item checks against the set
// built as a whole, for every item of the demo and of a team timeline.
func TestIsPublicAgreesWithThePublicSet(t *testing.T) {
	s := NewTestStore(t, nil)
	ctx := AsSystem(context.Background())
	if _, err := LoadDemo(ctx, s); err != nil {
		t.Fatal(err)
	}
	hidden := MakeClaim(t, s, MakeActor(t, s, "Quiet speaker"), "team only", "2022")
	src := MakeSource(t, s, "Team source", "", "2022")
	MakeCitation(t, s, Ref{KindClaim, hidden.ID}, src, "a")
	team := &Timeline{Slug: "team", Title: "Team", Visibility: "team"}
	mustSave(t, s.SaveTimeline(ctx, team))
	mustSave(t, s.AddEntry(ctx, &Entry{TimelineID: team.ID, ItemKind: KindClaim, ItemID: hidden.ID}))
	var want []struct {
		Kind string
		ID   int64
	}
	if err := s.r(ctx).Raw(publicItems + " SELECT kind, id FROM pub").Scan(&want).Error; err != nil {
		t.Fatal(err)
	}
	public := map[string]bool{}
	for _, w := range want {
		public[fmt.Sprintf("%s %d", w.Kind, w.ID)] = true
	}
	for table, kind := range map[string]string{"claims": "claim", "events": "event", "actors": "actor", "sources": "source", "timelines": "timeline"} {
		var ids []int64
		s.r(ctx).Raw("SELECT id FROM " + table).Scan(&ids)
		for _, id := range ids {
			got, err := s.IsPublic(ctx, kind, id)
			if err != nil {
				t.Fatal(err)
			}
			if w := public[fmt.Sprintf("%s %d", kind, id)]; got != w {
				t.Errorf("%s %d: IsPublic %v, public set %v", kind, id, got, w)
			}
		}
	}
	if len(public) < 15 {
		t.Errorf("the public set has only %d items", len(public))
	}
}
