package web

import (
	"net/http"
	"strings"
	"testing"

	"github.com/PuerkitoBio/goquery"

	"github.com/factline/factline/models"
	"github.com/factline/factline/models/storage"
)

func TestClaimPageShowsItsRepetitionsAndTheActorPageWhoseClaimsTheyRepeat(t *testing.T) {
	tc := newTestClient(t)
	ctx := models.AsSystem(t.Context())
	china, wang, chen := storage.MakeActor(t, tc.store, "China"), storage.MakeActor(t, tc.store, "Wang Wenbin"), storage.MakeActor(t, tc.store, "Chen Xu")
	first := storage.MakeClaim(t, tc.store, china, "The assessment is a fabrication", "2022-08-31")
	second := storage.MakeClaim(t, tc.store, wang, "The assessment is a fabrication by the West", "2022-09-01")
	third := storage.MakeClaim(t, tc.store, chen, "A fabrication cooked up by Western nations", "2022-09-10")
	for _, r := range [][2]*models.Claim{{third, second}, {second, first}} {
		if err := tc.store.SaveRelation(ctx, &models.Relation{FromKind: models.KindClaim, FromID: r[0].ID,
			ToKind: models.KindClaim, ToID: r[1].ID, Kind: "repeats"}); err != nil {
			t.Fatal(err)
		}
	}
	res, doc := tc.get("/claims/"+itoa(third.ID), nil)
	wantStatus(t, res, http.StatusOK)
	var got []string
	doc.Find(`[data-testid="repetition"]`).Each(func(_ int, s *goquery.Selection) { got = append(got, text(s)) })
	want := []string{"31 Aug 2022 China said first The assessment is a fabrication",
		"1 Sep 2022 Wang Wenbin repeated The assessment is a fabrication by the West",
		"10 Sep 2022 Chen Xu repeated A fabrication cooked up by Western nations (this claim)"}
	if strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Errorf("repetitions:\n%s\nwant:\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
	if cur := doc.Find(`[data-testid="repetition"][aria-current]`); !strings.Contains(text(cur), "(this claim)") {
		t.Errorf("the current claim is not marked: %q", text(cur))
	}

	_, doc = tc.get("/actors/"+itoa(chen.ID), nil)
	rep := doc.Find(`[data-testid="repeat"]`)
	if rep.Length() != 1 || text(rep.Find(`[data-testid="repeated-speaker"]`)) != "Wang Wenbin" ||
		!strings.Contains(text(rep), "A fabrication cooked up by Western nations repeats Wang Wenbin, 1 Sep 2022: The assessment is a fabrication by the West") {
		t.Errorf("actor page repeats: %q", text(rep))
	}
	if _, doc = tc.get("/actors/"+itoa(china.ID), nil); doc.Find(`[data-testid="repeats"]`).Length() != 0 {
		t.Error("China, who said it first, is shown repeating others")
	}

	// A visitor reads the public timeline's first and third claims, not the
	// second: it is neither listed nor followed, so no chain is shown.
	storage.MakeTimeline(t, tc.store, "public", models.Ref{Kind: models.KindClaim, ID: first.ID},
		models.Ref{Kind: models.KindClaim, ID: third.ID})
	tc.newBrowser()
	res, doc = tc.get("/claims/"+itoa(third.ID), nil)
	wantStatus(t, res, http.StatusOK)
	if doc.Find(`[data-testid="repetitions"]`).Length() != 0 || strings.Contains(doc.Text(), "by the West") {
		t.Errorf("a visitor sees an unreadable repetition: %q", text(doc.Find(`[data-testid="repetitions"]`)))
	}
	res, doc = tc.get("/actors/"+itoa(chen.ID), nil)
	wantStatus(t, res, http.StatusOK)
	if doc.Find(`[data-testid="repeats"]`).Length() != 0 || strings.Contains(doc.Text(), "Wang") {
		t.Errorf("a visitor sees whose unreadable claim is repeated: %q", text(doc.Find(`[data-testid="repeats"]`)))
	}
}
