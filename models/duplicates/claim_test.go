package duplicates_test

import (
	"context"
	"testing"

	"github.com/factline/factline/models"
	"github.com/factline/factline/models/duplicates"
	"github.com/factline/factline/models/storage"
)

func TestSimilarClaimsOfferWhatItMayRepeatByAnySpeaker(t *testing.T) {
	s := storage.NewTestStore(t, nil)
	ctx := models.AsSystem(context.Background())
	china, chen := storage.MakeActor(t, s, "China"), storage.MakeActor(t, s, "Chen Xu")
	fabrication := storage.MakeClaim(t, s, china, "The assessment is a fabrication cooked up by Western nations", "2022-09-01")
	storage.MakeClaim(t, s, chen, "The report offered up groundless blame of China's policies", "2022-09-10")
	storage.MakeClaim(t, s, china, "Western nations should respect China's sovereignty", "2022-09-02")

	like := &models.Claim{Text: "The report is a fabrication cooked up by Western nations against China"}
	got := storage.Must(duplicates.Of(s).As(storage.Viewer{System: true}).SimilarClaims(ctx, like))(t)
	if len(got) != 1 || got[0].ID != fabrication.ID || got[0].Speaker == nil || got[0].Speaker.Name != "China" {
		t.Fatalf("similar = %v, want claim %d with its speaker", got, fabrication.ID)
	}
	for _, text := range []string{"Western nations met in Geneva", "Türk becomes High Commissioner", "fabrication"} {
		if got := storage.Must(duplicates.Of(s).As(storage.Viewer{System: true}).SimilarClaims(ctx, &models.Claim{Text: text}))(t); len(got) != 0 {
			t.Errorf("similar to %q = %v, want none", text, got)
		}
	}
	if got := storage.Must(duplicates.Of(s).As(storage.Viewer{System: true}).SimilarClaims(ctx, fabrication))(t); len(got) != 0 {
		t.Errorf("a claim is similar to itself: %v", got)
	}
	if got := storage.Must(duplicates.Of(s).As(storage.Viewer{}).SimilarClaims(context.Background(), like))(t); len(got) != 0 {
		t.Errorf("an anonymous visitor is offered a claim they cannot read: %v", got)
	}
	storage.MakeTimeline(t, s, "public", models.Ref{Kind: models.KindClaim, ID: fabrication.ID})
	if got := storage.Must(duplicates.Of(s).As(storage.Viewer{}).SimilarClaims(context.Background(), like))(t); len(got) != 1 {
		t.Errorf("a claim on a public timeline is not offered to a visitor: %v", got)
	}
	mustSave(t, s.DeleteClaim(ctx, fabrication.ID))
	if got := storage.Must(duplicates.Of(s).As(storage.Viewer{System: true}).SimilarClaims(ctx, like))(t); len(got) != 0 {
		t.Errorf("a deleted claim is offered: %v", got)
	}
}
