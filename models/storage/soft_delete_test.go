package storage_test

import (
	"context"
	"errors"
	"slices"
	"testing"

	"github.com/factline/factline/models"
	"github.com/factline/factline/models/storage"
)

// TestNoReadShowsASoftDeletedItem deletes a claim, an event, an actor, a
// source and a timeline in turn: no read shows it while it is in the trash —
// single items, lists, keyset pages, an actor's claims and events, relations,
// repetitions, citations, a timeline's entries, window and export, the
// timelines — and each read shows it again once it is restored from the
// trash (and showed it before, so that every read is seen to answer), on
// both engines. What a live item names keeps naming a deleted one as such,
// and is not here: a source's citations by a deleted claim (drawn with a
// "deleted claim" badge), and in an export the speaker and the cited source
// of a live claim.
func TestNoReadShowsASoftDeletedItem(t *testing.T) {
	s := storage.NewTestStore(t, nil)
	ctx := models.AsSystem(context.Background())
	chen, wang := storage.MakeActor(t, s, "Chen Xu"), storage.MakeActor(t, s, "Wang Wenbin")
	claim := storage.MakeClaim(t, s, chen, "groundless blame", "2022-09-10")
	again := storage.MakeClaim(t, s, wang, "groundless blame, again", "2022-09-11")
	storage.Must(0, s.SaveRelation(ctx, &models.Relation{FromKind: models.KindClaim, FromID: again.ID,
		ToKind: models.KindClaim, ToID: claim.ID, Kind: "repeats"}))(t)
	event := storage.MakeEvent(t, s, "Assessment published", "2022-08-31")
	storage.Must(0, s.AddParticipant(ctx, models.Participant{EventID: event.ID, ActorID: chen.ID, RoleWord: "speaker"}))(t)
	src := storage.MakeSource(t, s, "China responds", "It is groundless blame, said Chen Xu.", "2022-09-10")
	claimRef := models.Ref{Kind: models.KindClaim, ID: claim.ID}
	eventRef := models.Ref{Kind: models.KindEvent, ID: event.ID}
	storage.MakeCitation(t, s, claimRef, src, "groundless blame")
	tl := storage.MakeTimeline(t, s, "response", claimRef, eventRef)
	r := s.As(storage.Viewer{System: true})

	found := func(err error) (bool, error) {
		if err == nil {
			return true, nil
		}
		if errors.Is(err, storage.ErrNotFound) {
			return false, nil
		}
		return false, err
	}
	entries := func(kind models.ItemKind, id int64) func() (bool, error) {
		return func() (bool, error) {
			lt, err := r.LoadEntries(ctx, tl)
			return err == nil && slices.ContainsFunc(lt.Items, func(it models.TimelineItem) bool {
				return it.Kind == kind && it.ItemID == id
			}), err
		}
	}
	window := func(kind models.ItemKind, id int64) func() (bool, error) {
		return func() (bool, error) {
			shown := false
			err := r.ReadEntries(ctx, tl.ID, storage.EntryRead{Limit: 10}, func(e *models.StreamedEntry) error {
				shown = shown || (e.Kind == kind && e.ItemID == id)
				return nil
			})
			return shown, err
		}
	}
	exported := func(kind models.ItemKind, id int64) func() (bool, error) {
		return func() (bool, error) {
			shown := false
			err := s.EachEntry(ctx, tl.ID, func(e *models.StreamedEntry) error {
				shown = shown || (e.Kind == kind && e.ItemID == id)
				return nil
			})
			return shown, err
		}
	}
	anyOf := func(n int, err error) (bool, error) { return n > 0, err }
	type reads map[string]func() (bool, error)
	for _, c := range []struct {
		entity string
		id     int64
		remove func(context.Context, int64) error
		reads  reads
	}{
		{"claim", claim.ID, s.DeleteClaim, reads{
			"get":         func() (bool, error) { _, err := s.GetClaim(ctx, claim.ID); return found(err) },
			"read as":     func() (bool, error) { _, err := r.Claim(ctx, claim.ID); return found(err) },
			"list":        func() (bool, error) { cs, err := s.ListClaims(ctx, 10); return hasID(cs, claim.ID, claimID), err },
			"page":        func() (bool, error) { cs, err := s.PageClaims(ctx, 0, 10); return hasID(cs, claim.ID, claimID), err },
			"by speaker":  func() (bool, error) { cs, err := r.ClaimsBySpeaker(ctx, chen.ID, 10, 0); return anyOf(len(cs), err) },
			"repeats by":  func() (bool, error) { rs, err := r.RepeatsBy(ctx, wang.ID, 10, 0); return anyOf(len(rs), err) },
			"repetitions": func() (bool, error) { cs, err := r.Repetitions(ctx, again.ID, 10, 0); return anyOf(len(cs), err) },
			"relations": func() (bool, error) {
				rs, err := r.RelationsOf(ctx, []models.Ref{{Kind: models.KindClaim, ID: again.ID}})
				return anyOf(len(rs), err)
			},
			"openable": func() (bool, error) {
				h, err := r.Unreadable(ctx, []models.Ref{claimRef})
				return !h[claimRef], err
			},
			"entries": entries(models.KindClaim, claim.ID), "window": window(models.KindClaim, claim.ID),
			"export": exported(models.KindClaim, claim.ID),
		}},
		{"event", event.ID, s.DeleteEvent, reads{
			"get":     func() (bool, error) { _, err := s.GetEvent(ctx, event.ID); return found(err) },
			"read as": func() (bool, error) { _, err := r.Event(ctx, event.ID); return found(err) },
			"list":    func() (bool, error) { es, err := s.ListEvents(ctx, 10); return hasID(es, event.ID, eventID), err },
			"page":    func() (bool, error) { es, err := s.PageEvents(ctx, 0, 10); return hasID(es, event.ID, eventID), err },
			"with participant": func() (bool, error) {
				es, err := r.EventsWithParticipant(ctx, chen.ID, 10, 0)
				return anyOf(len(es), err)
			},
			"entries": entries(models.KindEvent, event.ID), "window": window(models.KindEvent, event.ID),
			"export": exported(models.KindEvent, event.ID),
		}},
		{"actor", chen.ID, s.DeleteActor, reads{
			"get":     func() (bool, error) { _, err := s.GetActor(ctx, chen.ID); return found(err) },
			"read as": func() (bool, error) { _, err := r.Actor(ctx, chen.ID); return found(err) },
			"list":    func() (bool, error) { as, err := s.ListActors(ctx, "", 10); return hasID(as, chen.ID, actorID), err },
			"page":    func() (bool, error) { as, err := s.PageActors(ctx, 0, 10); return hasID(as, chen.ID, actorID), err },
		}},
		{"source", src.ID, s.DeleteSource, reads{
			"get":     func() (bool, error) { _, err := s.GetSource(ctx, src.ID); return found(err) },
			"read as": func() (bool, error) { _, err := r.Source(ctx, src.ID); return found(err) },
			"list":    func() (bool, error) { ss, err := s.ListSources(ctx, 10); return hasID(ss, src.ID, sourceID), err },
			"page":    func() (bool, error) { ss, err := s.PageSources(ctx, 0, 10); return hasID(ss, src.ID, sourceID), err },
		}},
		{"timeline", tl.ID, s.DeleteTimeline, reads{
			"get":       func() (bool, error) { _, err := s.GetTimeline(ctx, tl.Slug); return found(err) },
			"by id":     func() (bool, error) { _, err := s.GetTimelineByID(ctx, tl.ID); return found(err) },
			"read as":   func() (bool, error) { _, _, err := r.Timeline(ctx, tl.Slug); return found(err) },
			"list":      func() (bool, error) { ts, err := r.ListTimelines(ctx, 10); return anyOf(len(ts), err) },
			"page":      func() (bool, error) { ts, err := r.PageTimelines(ctx, 0, 10); return anyOf(len(ts), err) },
			"with item": func() (bool, error) { ts, err := r.TimelinesWithItem(ctx, claimRef, 10, 0); return anyOf(len(ts), err) },
			"count":     func() (bool, error) { n, err := s.CountTimelines(ctx); return n > 0, err },
		}},
	} {
		check := func(when string, want bool) {
			for name, read := range c.reads {
				if shown, err := read(); err != nil || shown != want {
					t.Errorf("%s %s, %s: shown %v (%v), want %v", when, c.entity, name, shown, err, want)
				}
			}
		}
		check("before deleting the", true)
		storage.Must(0, c.remove(ctx, c.id))(t)
		check("the deleted", false)
		storage.Must(0, s.Restore(ctx, c.entity, c.id))(t)
		check("the restored", true)
	}
}

func claimID(c models.Claim) int64   { return c.ID }
func eventID(e models.Event) int64   { return e.ID }
func actorID(a models.Actor) int64   { return a.ID }
func sourceID(x models.Source) int64 { return x.ID }

// hasID reports whether rows hold the row with this id.
func hasID[T any](rows []T, want int64, id func(T) int64) bool {
	return slices.ContainsFunc(rows, func(x T) bool { return id(x) == want })
}
