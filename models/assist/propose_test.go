package assist

import (
	"context"
	"testing"

	"github.com/factline/factline/models"
	"github.com/factline/factline/models/edtf"
	"github.com/factline/factline/models/storage"
)

func TestProposeDatesAndQuotesOfASource(t *testing.T) {
	s := storage.NewTestStore(t, nil)
	ctx := context.Background()
	chen := storage.MakeActor(t, s, "Chen Xu")
	text := "The Assembly approved the successor on Thursday. \"The report offers groundless blame,\" Chen Xu told reporters.\nThe session opens starting Monday for four weeks."
	src := storage.MakeSource(t, s, "Report", text, "2022-09-10")
	props, err := Of(s).Propose(ctx, src)
	if err != nil {
		t.Fatal(err)
	}
	got := map[string]Proposal{}
	for _, p := range props {
		got[p.Text] = p
	}
	if p := got["Thursday"]; p.Date.String() != "2022-09-08" || string([]rune(text)[p.PassageStart:p.PassageEnd]) != "The Assembly approved the successor on Thursday." {
		t.Errorf("Thursday: %+v", p)
	}
	if p := got["Monday"]; p.Date.String() != "2022-09-12" {
		t.Errorf("Monday: %+v", p)
	}
	if _, ok := got["four weeks"]; ok {
		t.Error("a duration was proposed as a date")
	}
	q := got["The report offers groundless blame,"]
	if q.Kind != "quote" || q.Speaker != chen.Name {
		t.Errorf("quote: %+v (all: %+v)", q, props)
	}
}

func TestProposeReadsASourceInItsLanguage(t *testing.T) {
	s := storage.NewTestStore(t, nil)
	ctx := context.Background()
	chen := storage.MakeActor(t, s, "Chen Xu")
	// Wednesday 19 May 1999: "mardi" is the day before.
	text := "Le rapport a été rejeté mardi. « Ce rapport n'offre que des reproches », a déclaré Chen Xu."
	src := &models.Source{Kind: "article", Title: "Rapport", Text: text, Published: edtf.MustParse("1999-05-19"), Language: "fr"}
	storage.Must(0, s.SaveSource(ctx, src))(t)
	for _, lang := range []string{"fr", ""} { // chosen, and (for a source saved before languages) told from the text
		src.Language = lang
		props := storage.Must(Of(s).Propose(ctx, src))(t)
		got := map[string]Proposal{}
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
