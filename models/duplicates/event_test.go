package duplicates_test

import (
	"context"
	"testing"

	"github.com/factline/factline/models"
	"github.com/factline/factline/models/duplicates"
	"github.com/factline/factline/models/storage"
)

func TestEventDuplicatesAreNearInDateWithASimilarTitle(t *testing.T) {
	s := storage.NewTestStore(t, nil)
	ctx := models.AsSystem(context.Background())
	turk := storage.MakeEvent(t, s, "The UN General Assembly approves Volker Türk as High Commissioner", "2022-09-08")
	session := storage.MakeEvent(t, s, "Human Rights Council session", "2022-09-12/2022-10-07")
	storage.MakeEvent(t, s, "UN General Assembly approves budget", "2021-12-23")

	for _, tc := range []struct {
		name, title, date string
		want              int64
	}{
		{"same day, other words, no accent", "UN General Assembly chooses Turk", "2022-09-08", turk.ID},
		{"two days later", "General Assembly approves Türk", "2022-09-10", turk.ID},
		{"the month around it", "UN general assembly approves Volker Türk", "2022-09", turk.ID},
		{"by the day", "General Assembly approves Volker Türk", "../2022-09-09", turk.ID},
		{"inside a range", "Human Rights Council's session opens", "2022-09-12", session.ID},
		{"days after a range", "Human rights council session", "2022-10-09", session.ID},
	} {
		t.Run(tc.name, func(t *testing.T) {
			got := storage.Must(duplicates.Of(s).As(storage.Viewer{System: true}).EventDuplicates(ctx, &models.Event{Title: tc.title, Occurred: mustDate(tc.date)}))(t)
			if len(got) != 1 || got[0].ID != tc.want {
				t.Fatalf("duplicates = %v, want event %d", got, tc.want)
			}
		})
	}
	for _, tc := range []struct{ name, title, date string }{
		{"a week later", "UN General Assembly chooses Türk", "2022-09-15"},
		{"another title", "Bachelet's term ends", "2022-09-08"},
		{"one word in common", "Türk visits Austria", "2022-09-08"},
		{"undated", "UN General Assembly approves Volker Türk", ""},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if got := storage.Must(duplicates.Of(s).As(storage.Viewer{System: true}).EventDuplicates(ctx, &models.Event{Title: tc.title, Occurred: mustDate(tc.date)}))(t); len(got) != 0 {
				t.Fatalf("duplicates = %v, want none", got)
			}
		})
	}
	if got := storage.Must(duplicates.Of(s).As(storage.Viewer{System: true}).EventDuplicates(ctx, turk))(t); len(got) != 0 {
		t.Errorf("an event is its own duplicate: %v", got)
	}
	like := &models.Event{Title: "UN General Assembly chooses Turk", Occurred: mustDate("2022-09-08")}
	if got := storage.Must(duplicates.Of(s).As(storage.Viewer{}).EventDuplicates(context.Background(), like))(t); len(got) != 0 {
		t.Errorf("an anonymous visitor is offered an event they cannot read: %v", got)
	}
	mustSave(t, s.DeleteEvent(ctx, turk.ID))
	if got := storage.Must(duplicates.Of(s).As(storage.Viewer{System: true}).EventDuplicates(ctx, like))(t); len(got) != 0 {
		t.Errorf("a deleted event is offered: %v", got)
	}
}
