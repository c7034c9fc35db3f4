package duplicates_test

import (
	"context"
	"strings"
	"testing"

	"github.com/factline/factline/models"
	"github.com/factline/factline/models/duplicates"
	"github.com/factline/factline/models/storage"
)

func TestActorDuplicatesHaveANameOrAliasLikeTheirs(t *testing.T) {
	s := storage.NewTestStore(t, nil)
	ctx := models.AsSystem(context.Background())
	turk := storage.MakeActor(t, s, "Volker Türk")
	chen := &models.Actor{Kind: models.Person, Name: "Chen Xu", Aliases: "Ambassador Chen"}
	mustSave(t, s.SaveActor(ctx, chen))
	bachelet := storage.MakeActor(t, s, "Verónica Michelle Bachelet Jeria")
	ohchr := &models.Actor{Kind: models.Organisation, Name: "UN Human Rights Office", Aliases: "OHCHR"}
	mustSave(t, s.SaveActor(ctx, ohchr))

	for _, tc := range []struct {
		name, new, aliases string
		want               int64
	}{
		{"accents and case", "VOLKER TURK", "", turk.ID},
		{"a title dropped", "Dr. Volker Türk", "", turk.ID},
		{"an initial", "V. Türk", "", turk.ID},
		{"punctuation", "Volker-Türk", "", turk.ID},
		{"family name first", "Xu Chen", "", chen.ID},
		{"a middle name left out", "Michelle Bachelet", "", bachelet.ID},
		{"an alias", "OHCHR", "", ohchr.ID},
		{"the new one's alias", "Office of the High Commissioner", "ohchr", ohchr.ID},
	} {
		t.Run(tc.name, func(t *testing.T) {
			got := storage.Must(duplicates.Of(s).As(storage.Viewer{System: true}).ActorDuplicates(ctx, &models.Actor{Name: tc.new, Aliases: tc.aliases}))(t)
			if len(got) != 1 || got[0].ID != tc.want {
				t.Fatalf("duplicates of %q = %v, want actor %d", tc.new, got, tc.want)
			}
		})
	}
	for _, name := range []string{"Volker Schmidt", "Anna Türk", "Türk", "Xu", "Michelle Obama", "J. Xu", "V."} {
		if got := storage.Must(duplicates.Of(s).As(storage.Viewer{System: true}).ActorDuplicates(ctx, &models.Actor{Name: name}))(t); len(got) != 0 {
			t.Errorf("duplicates of %q = %v, want none", name, got)
		}
	}
	if got := storage.Must(duplicates.Of(s).As(storage.Viewer{System: true}).ActorDuplicates(ctx, turk))(t); len(got) != 0 {
		t.Errorf("an actor is its own duplicate: %v", got)
	}
	if got := storage.Must(duplicates.Of(s).As(storage.Viewer{}).ActorDuplicates(context.Background(), &models.Actor{Name: "Volker Turk"}))(t); len(got) != 0 {
		t.Errorf("an anonymous visitor is offered an actor they cannot read: %v", got)
	}
}

func TestAnUnknownSpeakerIsToldTheActorLikeIt(t *testing.T) {
	s := storage.NewTestStore(t, nil)
	ctx := models.AsSystem(context.Background())
	storage.MakeActor(t, s, "Volker Türk")
	fe := models.FieldErrors{}
	if id := duplicates.Of(s).SpeakerByName(ctx, fe, "speaker", "V. Turk"); id != nil {
		t.Fatalf("an unknown name was taken as actor %d", *id)
	}
	if want := `No actor is called "V. Turk". Did you mean Volker Türk? Pick one`; !strings.HasPrefix(fe["speaker"], want) {
		t.Errorf("message %q, want it to start %q", fe["speaker"], want)
	}
	fe = models.FieldErrors{}
	duplicates.Of(s).SpeakerByName(ctx, fe, "speaker", "Nobody Known")
	if strings.Contains(fe["speaker"], "Did you mean") {
		t.Errorf("message %q names an actor not like it", fe["speaker"])
	}
}
