package storage

import (
	"context"
	"errors"
	"testing"

	"github.com/factline/factline/models"
	"github.com/factline/factline/models/assist"
	"github.com/factline/factline/models/edtf"
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

func TestProposeReadsASourceInItsLanguage(t *testing.T) {
	s := NewTestStore(t, nil)
	ctx := context.Background()
	chen := MakeActor(t, s, "Chen Xu")
	// Wednesday 19 May 1999: "mardi" is the day before.
	text := "Le rapport a été rejeté mardi. « Ce rapport n'offre que des reproches », a déclaré Chen Xu."
	src := &models.Source{Kind: "article", Title: "Rapport", Text: text, Published: edtf.MustParse("1999-05-19"), Language: "fr"}
	mustSave(t, s.SaveSource(ctx, src))
	for _, lang := range []string{"fr", ""} { // chosen, and (for a source saved before languages) told from the text
		src.Language = lang
		props := Must(s.Propose(ctx, src))(t)
		got := map[string]assist.Proposal{}
		for _, p := range props {
			got[p.Text] = p
		}
		if p := got["mardi"]; p.Kind != "date" || p.Date.String() != "1999-05-18" {
			t.Errorf("language %q: mardi proposed as %+v (all: %+v)", lang, p, props)
		}
		if q := got["Ce rapport n'offre que des reproches"]; q.Kind != "quote" || q.Speaker != chen.Name {
			t.Errorf("language %q: quotation proposed as %+v (all: %+v)", lang, q, props)
		}
	}
}
