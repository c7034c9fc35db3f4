package web

import (
	"net/http"
	"net/url"
	"strings"
	"testing"

	"github.com/PuerkitoBio/goquery"

	"github.com/factline/factline/models"
	"github.com/factline/factline/models/storage"
)

// The worked example's "Chen also said … session starting Monday", reported on
// 10 Sep 2022: the claim was said by then; Monday (12 Sep) is the session's.
func TestACitedClaimIsSaidByItsSourcesPublicationAndTheLaterDateIsOfferedAsAnEvent(t *testing.T) {
	tc := newTestClient(t)
	storage.MakeActor(t, tc.store, "Chen Xu")
	body := "The council met.\n\nChen Xu also said the session starting Monday would hear the report."
	src := storage.MakeSource(t, tc.store, "China responds", body, "2022-09-10")
	start := strings.Index(body, "Chen Xu")
	q := url.Values{"as": {"claim"}, "start": {itoa(int64(start))}, "end": {itoa(int64(len([]rune(body))))}}
	res, doc := tc.get("/sources/"+itoa(src.ID)+"/cite?"+q.Encode(), map[string]string{"HX-Request": "true"})
	wantStatus(t, res, http.StatusOK)
	form := doc.Find(`[data-testid="cite-form"]`)
	if v := form.Find(`input[name="said_on"]`).AttrOr("value", ""); v != "by 10 Sep 2022" {
		t.Errorf("said on pre-filled %q, want by 10 Sep 2022", v)
	}
	offer := form.Find(`[data-testid="cite-later-as-event"] a`)
	if text(offer) != "Cite as event on 12 Sep 2022" {
		t.Fatalf("offer %q", text(offer))
	}
	res, doc = tc.get(offer.AttrOr("href", ""), map[string]string{"HX-Request": "true"})
	wantStatus(t, res, http.StatusOK)
	if v := doc.Find(`[data-testid="cite-form"] input[name="occurred"]`).AttrOr("value", ""); v != "12 Sep 2022" {
		t.Errorf("the event form's date %q", v)
	}

	post := hiddenCiteFields(doc, url.Values{})
	post.Set("as", "claim")
	post.Set("text", "The session starting Monday would hear the report.")
	post.Set("speaker", "Chen Xu")
	post.Set("said_on", "12 Sep 2022")
	post.Set("rating", string(models.Unrated))
	res, doc = tc.post("/sources/"+itoa(src.ID)+"/cite", post, true)
	wantStatus(t, res, http.StatusUnprocessableEntity)
	if msg := text(doc.Find(`[data-testid="error-said_on"]`)); !strings.Contains(msg, "(10 Sep 2022): 12 Sep 2022 is later") {
		t.Errorf("said-on error %q", msg)
	}
	if text(doc.Find(`[data-testid="cite-later-as-event"] a`)) != "Cite as event on 12 Sep 2022" {
		t.Error("the refusal does not offer the later date as an event")
	}
	if v := doc.Find(`input[name="text"], textarea[name="text"]`).Text(); !strings.Contains(v, "would hear the report") {
		t.Errorf("the form lost what was typed: %q", v)
	}
	claims, err := tc.store.ListClaims(models.AsSystem(t.Context()), 10)
	if err != nil || len(claims) != 0 {
		t.Fatalf("a refused citation stored claims %+v, %v", claims, err)
	}
}

// A quotation accepted from "Found in the text" and a selection of the same
// words fill the said-on date alike, in words.
func TestAnAcceptedQuotationAndASelectionFillSaidOnAlike(t *testing.T) {
	tc := newTestClient(t)
	storage.MakeActor(t, tc.store, "Chen Xu")
	body := "\"The report offers groundless blame,\" Chen Xu told reporters."
	src := storage.MakeSource(t, tc.store, "China responds", body, "2022-09-10")
	_, doc := tc.get("/sources/"+itoa(src.ID)+"/read", nil)
	accept := doc.Find(`[data-testid="accept"]`).FilterFunction(func(_ int, s *goquery.Selection) bool {
		return strings.Contains(s.AttrOr("href", ""), "as=claim")
	})
	if accept.Length() == 0 {
		t.Fatal("no quotation proposed")
	}
	_, doc = tc.get(accept.First().AttrOr("href", ""), map[string]string{"HX-Request": "true"})
	accepted := doc.Find(`[data-testid="cite-form"] input[name="said_on"]`).AttrOr("value", "")
	q := url.Values{"as": {"claim"}, "start": {"0"}, "end": {itoa(int64(len([]rune(body))))}}
	_, doc = tc.get("/sources/"+itoa(src.ID)+"/cite?"+q.Encode(), map[string]string{"HX-Request": "true"})
	selected := doc.Find(`[data-testid="cite-form"] input[name="said_on"]`).AttrOr("value", "")
	if accepted != "by 10 Sep 2022" || selected != "by 10 Sep 2022" {
		t.Errorf("said on: accepted %q, selected %q; want both by 10 Sep 2022", accepted, selected)
	}
}
