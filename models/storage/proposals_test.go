package storage

import (
	"context"
	"testing"

	"github.com/factline/factline/models/assist"
)

func TestProposeDatesAndQuotesOfASource(t *testing.T) {
	s := NewTestStore(t, nil)
	ctx := context.Background()
	chen := MakeActor(t, s, "Chen Xu")
	text := "The Assembly approved the successor on Thursday. \"The report offers groundless blame,\" Chen Xu told reporters.\nThe session opens starting Monday for four weeks."
	src := MakeSource(t, s, "Report", text, "2022-09-10")
	props, err := s.Propose(ctx, src)
	if err != nil {
		t.Fatal(err)
	}
	got := map[string]assist.Proposal{}
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
