package web

import (
	"net/http"
	"net/url"
	"testing"

	"github.com/PuerkitoBio/goquery"

	"github.com/factline/factline/models"
	"github.com/factline/factline/models/storage"
)

// citeFormValues reads the hidden fields of the citation panel, as a browser
// would submit them.
func citeFormValues(tc *testClient, path string) url.Values {
	tc.t.Helper()
	res, doc := tc.get(path, map[string]string{"HX-Request": "true"})
	wantStatus(tc.t, res, http.StatusOK)
	return hiddenCiteFields(doc, url.Values{})
}

// hiddenCiteFields copies the citation panel's hidden fields into form.
func hiddenCiteFields(doc *goquery.Document, form url.Values) url.Values {
	doc.Find(`[data-testid="cite-form"] input[type="hidden"]`).Each(func(_ int, s *goquery.Selection) {
		form.Set(s.AttrOr("name", ""), s.AttrOr("value", ""))
	})
	return form
}

func TestASelectionSpanningTwoHighlightsIsCitedWhole(t *testing.T) {
	tc := newTestClient(t)
	src := storage.MakeSource(t, tc.store, "Report", readerText, "2022-09-10")
	claim := storage.MakeClaim(t, tc.store, nil, "envoy", "2022")
	storage.MakeCitation(t, tc.store, models.Ref{Kind: models.KindClaim, ID: claim.ID}, src, "China's envoy")
	storage.MakeCitation(t, tc.store, models.Ref{Kind: models.KindClaim, ID: claim.ID}, src, "Chen Xu told ACANU")
	start := offsetOf(t, "China's envoy")
	end := offsetOf(t, "Chen Xu told ACANU") + len("Chen Xu told ACANU")
	q := url.Values{"as": {"existing"}, "start": {itoa(int64(start))}, "end": {itoa(int64(end))}}
	form := citeFormValues(tc, "/sources/"+itoa(src.ID)+"/cite?"+q.Encode())
	if got := form.Get("quote"); got != "China's envoy spoke.\nChen Xu told ACANU" && got != "China's envoy spoke.\r\nChen Xu told ACANU" {
		t.Fatalf("quote across two highlights %q", got)
	}
	form.Set("item", "claim "+itoa(claim.ID))
	res, _ := tc.post("/sources/"+itoa(src.ID)+"/cite", form, false)
	wantStatus(t, res, http.StatusSeeOther)
	_, doc := tc.get("/sources/"+itoa(src.ID)+"/read", nil)
	if n := doc.Find(`[data-testid="cite-num"]`).Length(); n != 3 {
		t.Errorf("%d numbered highlights, want 3", n)
	}
	if n := doc.Find(`mark.cited-many`).Length(); n == 0 {
		t.Error("the overlapping passages are not marked as cited more than once")
	}
	cits := storage.Must(tc.store.CitationsOf(t.Context(), []models.Ref{{Kind: models.KindClaim, ID: claim.ID}}))(t)
	if len(cits) != 3 {
		t.Errorf("%d citations on the existing claim, want 3", len(cits))
	}
}

func TestAddToAnExistingItemRefusesANameThatIsNoItem(t *testing.T) {
	tc := newTestClient(t)
	src := storage.MakeSource(t, tc.store, "Report", readerText, "2022-09-10")
	start := offsetOf(t, "groundless blame")
	q := url.Values{"as": {"existing"}, "start": {itoa(int64(start))}, "end": {itoa(int64(start + len("groundless blame")))}}
	form := citeFormValues(tc, "/sources/"+itoa(src.ID)+"/cite?"+q.Encode())
	form.Set("item", "the moon")
	res, doc := tc.post("/sources/"+itoa(src.ID)+"/cite", form, true)
	wantStatus(t, res, http.StatusUnprocessableEntity)
	if doc.Find(`[data-testid="error-item"]`).Length() != 1 {
		t.Error("no message beside the item field")
	}
	if v := doc.Find(`input[name="item"]`).AttrOr("value", ""); v != "the moon" {
		t.Errorf("typed item not kept: %q", v)
	}
}
