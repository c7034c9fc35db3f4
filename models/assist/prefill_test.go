package assist

import (
	"testing"

	"github.com/factline/factline/models/edtf"
)

func TestPrefillTakesTheQuotationOverlappingAndTheResolvedDateInside(t *testing.T) {
	thursday := edtf.MustParse("2022-09-08")
	props := []Proposal{
		{Kind: "date", Start: 0, End: 8, Text: "Thursday", Date: thursday},
		{Kind: "date", Start: 20, End: 26, Text: "Friday"}, // unresolved
		{Kind: "date", Start: 30, End: 38, Text: "Saturday", Date: edtf.MustParse("2022-09-10")},
		{Kind: "quote", Start: 40, End: 60, Text: "We will reopen", Speaker: "Maria Okafor"},
	}
	pre := PrefillFor(props, 10, 50)
	if pre.Quote == nil || pre.Quote.Speaker != "Maria Okafor" || pre.Quote.Whole(10, 50) {
		t.Errorf("quotation %+v", pre.Quote)
	}
	if pre.Date == nil || pre.Date.Text != "Saturday" {
		t.Errorf("date %+v: want the resolved one inside the passage", pre.Date)
	}
	if pre := PrefillFor(props, 0, 39); pre.Quote != nil || pre.Date == nil || pre.Date.Text != "Thursday" {
		t.Errorf("passage without a quotation: %+v", pre)
	}
	if got := props[0].DateExplanation(edtf.MustParse("2022-09-10")); got != "8 Sep 2022 — from “Thursday”, relative to the publication date 10 Sep 2022" {
		t.Errorf("explanation %q", got)
	}
}
