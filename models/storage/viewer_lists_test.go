package storage_test

import (
	"context"
	"testing"

	"github.com/factline/factline/models"
	"github.com/factline/factline/models/sharing"
	"github.com/factline/factline/models/storage"
)

// TestListsAndRelationsKeepToTheirViewer: a claim and an event that no public
// timeline shows appear in no list and no relation read for an anonymous
// visitor or for the holder of a public timeline's share link — an actor's
// claims and events, repetitions, repeats, a source's citations, an item's
// relations and timelines, a timeline's window and entries, what a delete
// page counts — while a signed-in member reads them in each (so that every
// read is seen to filter), on both engines (ARCHITECTURE.md §5).
func TestListsAndRelationsKeepToTheirViewer(t *testing.T) {
	s := storage.NewTestStore(t, nil)
	ctx := context.Background()
	chen, wang := storage.MakeActor(t, s, "Chen Xu"), storage.MakeActor(t, s, "Wang Wenbin")
	open := storage.MakeClaim(t, s, chen, "groundless blame", "2022-09-10")
	hidden := storage.MakeClaim(t, s, wang, "a fabrication, again", "2022-09-11")
	meeting := storage.MakeEvent(t, s, "Closed meeting", "2022-09-12")
	storage.Must(0, s.AddParticipant(ctx, models.Participant{EventID: meeting.ID, ActorID: wang.ID, RoleWord: "host"}))(t)
	openRef, hiddenRef := models.Ref{Kind: models.KindClaim, ID: open.ID}, models.Ref{Kind: models.KindClaim, ID: hidden.ID}
	storage.Must(0, s.SaveRelation(ctx, &models.Relation{FromKind: models.KindClaim, FromID: hidden.ID,
		ToKind: models.KindClaim, ToID: open.ID, Kind: "repeats"}))(t)
	src := storage.MakeSource(t, s, "China responds", "It is groundless blame, a fabrication.", "2022-09-10")
	storage.MakeCitation(t, s, openRef, src, "groundless blame")
	storage.MakeCitation(t, s, hiddenRef, src, "a fabrication")

	public := storage.MakeTimeline(t, s, "open", openRef)
	team := storage.MakeTimeline(t, s, "team", openRef, hiddenRef, models.Ref{Kind: models.KindEvent, ID: meeting.ID})
	team.Visibility = "team"
	storage.Must(0, s.SaveTimeline(ctx, team))(t)
	token := storage.Must(sharing.Of(s).CreateShareLink(models.AsSystem(ctx), public, 0, false))(t)
	scope := storage.Must(s.OpenShareLink(ctx, token, "/s/"+token))(t)

	// Each read reports whether the hidden claim or event, or the team
	// timeline, is in what it answers.
	reads := map[string]func(storage.Reader) (bool, error){
		"claims by speaker": func(r storage.Reader) (bool, error) {
			cs, err := r.ClaimsBySpeaker(ctx, wang.ID, 10, 0)
			return len(cs) > 0, err
		},
		"events with participant": func(r storage.Reader) (bool, error) {
			es, err := r.EventsWithParticipant(ctx, wang.ID, 10, 0)
			return len(es) > 0, err
		},
		"repeats by": func(r storage.Reader) (bool, error) {
			rs, err := r.RepeatsBy(ctx, wang.ID, 10, 0)
			return len(rs) > 0, err
		},
		"repetitions": func(r storage.Reader) (bool, error) {
			cs, err := r.Repetitions(ctx, open.ID, 10, 0)
			return len(cs) > 0, err
		},
		"citations of source": func(r storage.Reader) (bool, error) {
			cs, err := r.ReadableCitationsOfSource(ctx, src.ID, 10, 0)
			for _, c := range cs {
				if c.ClaimID != nil && *c.ClaimID == hidden.ID {
					return true, err
				}
			}
			return false, err
		},
		"relations of": func(r storage.Reader) (bool, error) {
			rs, err := r.RelationsOf(ctx, []models.Ref{openRef})
			return len(rs) > 0, err
		},
		"relations of item": func(r storage.Reader) (bool, error) {
			rs, err := r.RelationsOfItem(ctx, openRef, 10, 0)
			return len(rs) > 0, err
		},
		"timelines with item": func(r storage.Reader) (bool, error) {
			ts, err := r.TimelinesWithItem(ctx, openRef, 10, 0)
			return len(ts) > 1, err
		},
		"timelines with": func(r storage.Reader) (bool, error) {
			ts, err := r.TimelinesWith(ctx, openRef)
			return len(ts) > 1, err
		},
		"usage of item": func(r storage.Reader) (bool, error) {
			u, err := r.UsageOfItem(ctx, openRef)
			return len(u.Timelines) > 1, err
		},
		"list of timelines": func(r storage.Reader) (bool, error) {
			ts, err := r.ListTimelines(ctx, 10)
			return len(ts) > 1, err
		},
		"page of timelines": func(r storage.Reader) (bool, error) {
			ts, err := r.PageTimelines(ctx, 0, 10)
			return len(ts) > 1, err
		},
		"a window's relations": func(r storage.Reader) (bool, error) {
			shows := false
			err := r.ReadEntries(ctx, public.ID, storage.EntryRead{Limit: 10}, func(e *models.StreamedEntry) error {
				shows = shows || len(e.Relations) > 0
				return nil
			})
			return shows, err
		},
		"a window between days": func(r storage.Reader) (bool, error) {
			shows := false
			days := [2]string{"2022-01-01", "2022-12-31"}
			err := r.ReadEntries(ctx, public.ID, storage.EntryRead{Days: &days, Limit: 10}, func(e *models.StreamedEntry) error {
				shows = shows || len(e.Relations) > 0
				return nil
			})
			return shows, err
		},
		"a timeline's entries": func(r storage.Reader) (bool, error) {
			lt, err := r.LoadEntries(ctx, public)
			if err != nil || len(lt.Items) != 1 {
				t.Fatalf("entries of the public timeline: %v, %v", lt, err)
			}
			return len(lt.Items[0].Relations) > 0, nil
		},
		"unreadable": func(r storage.Reader) (bool, error) {
			h, err := r.Unreadable(ctx, []models.Ref{hiddenRef})
			return !h[hiddenRef], err
		},
	}
	viewers := map[string]storage.Viewer{
		"an anonymous visitor":  {},
		"a share link's holder": {Share: scope},
	}
	member := storage.Viewer{User: &models.User{ID: 1, Role: models.RoleViewer}}
	for name, read := range reads {
		for who, v := range viewers {
			if shown, err := read(s.As(v)); err != nil || shown {
				t.Errorf("%s: %s is shown what only the team reads (%v)", name, who, err)
			}
		}
		if shown, err := read(s.As(member)); err != nil || !shown {
			t.Errorf("%s: a signed-in member is not shown the team's claim, event or timeline (%v)", name, err)
		}
	}
}
