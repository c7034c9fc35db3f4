package assist

import (
	"testing"

	"github.com/factline/factline/models/edtf"
)

func TestAClaimsSaidOnIsNeverAfterItsSourcesPublication(t *testing.T) {
	published := edtf.MustParse("2022-09-10")
	monday := Proposal{Kind: "date", Start: 40, End: 55, Text: "starting Monday", Date: edtf.MustParse("2022-09-12")}
	thursday := Proposal{Kind: "date", Start: 60, End: 71, Text: "on Thursday", Date: edtf.MustParse("2022-09-08")}

	said := SaidOnFor([]Proposal{monday}, 0, 56, published)
	if said.Date.Display() != "by 10 Sep 2022" || said.From != nil || said.Later == nil || said.Later.Text != "starting Monday" {
		t.Errorf("a passage that mentions a later day: said on %q (from %+v), later %+v", said.Date.Display(), said.From, said.Later)
	}
	said = SaidOnFor([]Proposal{monday, thursday}, 0, 80, published)
	if said.Date.Display() != "8 Sep 2022" || said.From == nil || said.From.Text != "on Thursday" || said.Later == nil {
		t.Errorf("a passage with an earlier and a later day: said on %q, later %+v", said.Date.Display(), said.Later)
	}
	said = SaidOnFor(nil, 0, 80, published)
	if said.Date.String() != "../2022-09-10" || said.Date.Display() != "by 10 Sep 2022" || said.Later != nil || said.Note == "" {
		t.Errorf("a passage without dates: %+v", said)
	}
	if said := SaidOnFor(nil, 0, 56, edtf.Date{}); !said.Date.IsZero() || said.Later != nil {
		t.Errorf("a source without a publication date proposes %+v", said)
	}
}
