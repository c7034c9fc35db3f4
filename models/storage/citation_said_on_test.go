package storage

import (
	"testing"

	"github.com/factline/factline/models"
	"github.com/factline/factline/models/edtf"
)

func TestAClaimCitedAsSaidAfterItsSourceIsRefusedAndNothingStored(t *testing.T) {
	s := NewTestStore(t, nil)
	ctx := models.AsSystem(t.Context())
	src := MakeSource(t, s, "China responds", "Chen Xu spoke.", "2022-09-10")
	start := 0
	claim := &models.Claim{Text: "Spoke.", SaidOn: edtf.MustParse("2022-09-12"), Rating: models.Unrated}
	err := s.CiteAsNewClaim(ctx, claim, &models.Citation{SourceID: src.ID, Quote: "Chen Xu spoke.", StartOffset: &start})
	if fe, ok := err.(models.FieldErrors); !ok || fe["said_on"] == "" {
		t.Fatalf("err %v", err)
	}
	if claims, _ := s.ListClaims(ctx, 10); len(claims) != 0 {
		t.Errorf("stored %+v", claims)
	}
	claim = &models.Claim{Text: "Spoke.", SaidOn: edtf.MustParse("../2022-09-10"), Rating: models.Unrated}
	if err := s.CiteAsNewClaim(ctx, claim, &models.Citation{SourceID: src.ID, Quote: "Chen Xu spoke.", StartOffset: &start}); err != nil {
		t.Errorf("said by the publication: %v", err)
	}
}
