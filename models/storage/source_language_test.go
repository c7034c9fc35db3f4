package storage

import (
	"context"
	"errors"
	"testing"

	"github.com/factline/factline/models"
)

func TestASourceSavedWithTextAndNoLanguageKeepsTheDetectedOne(t *testing.T) {
	s := NewTestStore(t, nil)
	ctx := context.Background()
	german := "Die Regierung hat den Bericht am Dienstag zurückgewiesen. Der Sprecher sagte, man werde im nächsten Jahr darüber sprechen."
	src := MakeSource(t, s, "Bericht", german, "1999-05-19")
	got := Must(s.GetSource(ctx, src.ID))(t)
	if got.Language != "de" {
		t.Errorf("stored language %q, want de", got.Language)
	}
	// A language chosen is kept, whatever the text looks like.
	chosen := &models.Source{Kind: "article", Title: "Chosen", Text: german, Language: "FR "}
	mustSave(t, s.SaveSource(ctx, chosen))
	if got := Must(s.GetSource(ctx, chosen.ID))(t); got.Language != "fr" {
		t.Errorf("chosen language stored as %q, want fr", got.Language)
	}
	// A text that tells no language leaves it empty, to be told when read.
	if got := MakeSource(t, s, "Short", "2022.", "2022"); got.Language != "" {
		t.Errorf("language of a text that tells none: %q", got.Language)
	}
}

func TestASourceInAnUnknownLanguageIsRefusedByTheField(t *testing.T) {
	s := NewTestStore(t, nil)
	err := s.SaveSource(context.Background(), &models.Source{Kind: "article", Title: "Klingon", Text: "Qapla'", Language: "tlh"})
	var fe models.FieldErrors
	if !errors.As(err, &fe) || fe["language"] == "" {
		t.Fatalf("saving language tlh: %v, want an error on the field language", err)
	}
	if n := len(Must(s.ListSources(context.Background(), 10))(t)); n != 0 {
		t.Errorf("%d sources stored", n)
	}
}
