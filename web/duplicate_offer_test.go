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

// wantOffer checks that a form was answered with an offer of the stored item
// at path, with what was typed kept in the form.
func wantOffer(t *testing.T, res *http.Response, doc *goquery.Document, path, field, typed string) {
	t.Helper()
	wantStatus(t, res, http.StatusConflict)
	offer := doc.Find(`[data-testid="duplicate-offer"]`)
	if offer.Length() != 1 || offer.Find(`a[href="`+path+`"]`).Length() == 0 {
		t.Fatalf("no offer of %s: %q", path, text(offer))
	}
	if offer.Find(`button[name="confirm_new"][value="1"]`).Length() != 1 {
		t.Error("the offer has no way to save as new")
	}
	if got := doc.Find(`[name="`+field+`"]`).AttrOr("value", ""); got != typed {
		t.Errorf("%s = %q after the offer, want what was typed, %q", field, got, typed)
	}
}

func TestNewSourceLikeAStoredOneIsOfferedItInstead(t *testing.T) {
	tc := newTestClient(t)
	stored := &models.Source{Kind: "article", Title: "China shuns co-operation", URL: "https://www.nzherald.co.nz/world/china-shuns/"}
	if err := tc.store.SaveSource(models.AsSystem(t.Context()), stored); err != nil {
		t.Fatal(err)
	}
	typed := "http://nzherald.co.nz/world/china-shuns?utm_source=twitter&fbclid=abc"
	form := url.Values{"kind": {"article"}, "title": {"Pasted again"}, "url": {typed}}
	for _, htmx := range []bool{false, true} {
		res, doc := tc.post("/sources", form, htmx)
		wantOffer(t, res, doc, "/sources/"+itoa(stored.ID), "url", typed)
		if htmx && doc.Find("html").Length() != 0 && doc.Find("nav").Length() != 0 {
			t.Error("htmx got the whole page, not the form")
		}
		if use := doc.Find(`[data-testid="offer-use"]`).AttrOr("href", ""); use != "/sources/"+itoa(stored.ID) {
			t.Errorf("Use it goes to %q", use)
		}
	}
	if n := len(storage.Must(tc.store.ListSources(t.Context(), 10))(t)); n != 1 {
		t.Fatalf("the offer stored the source: %d sources", n)
	}
	form.Set("confirm_new", "1")
	res, _ := tc.post("/sources", form, false)
	wantStatus(t, res, http.StatusSeeOther)
	if n := len(storage.Must(tc.store.ListSources(t.Context(), 10))(t)); n != 2 {
		t.Fatalf("save as new: %d sources, want 2", n)
	}
	// Editing a source never asks.
	res, _ = tc.post("/sources/"+itoa(stored.ID), url.Values{"kind": {"article"}, "title": {"Renamed"}, "url": {typed},
		"version": {itoa(int64(stored.Version))}}, false)
	wantStatus(t, res, http.StatusSeeOther)
}

func TestCapturedCanonicalLinkIsKeptAndMatched(t *testing.T) {
	tc := newTestClient(t)
	stored := &models.Source{Kind: "article", Title: "Rights report", URL: "https://news.example/rights-report"}
	if err := tc.store.SaveSource(models.AsSystem(t.Context()), stored); err != nil {
		t.Fatal(err)
	}
	form := url.Values{"kind": {"article"}, "title": {"Rights report (AMP)"}, "url": {"https://cdn.example/amp/x1"},
		"canonical_url": {"https://www.news.example/rights-report/"}}
	res, doc := tc.post("/sources", form, false)
	wantOffer(t, res, doc, "/sources/"+itoa(stored.ID), "canonical_url", "https://www.news.example/rights-report/")
}

func TestNewEventNearASimilarOneIsOfferedAsTheSame(t *testing.T) {
	tc := newTestClient(t)
	turk := storage.MakeEvent(t, tc.store, "UN General Assembly approves Volker Türk", "2022-09-08")
	form := url.Values{"title": {"General Assembly chooses Turk"}, "occurred": {"9 Sep 2022"}}
	res, doc := tc.post("/events", form, true)
	wantOffer(t, res, doc, "/events/"+itoa(turk.ID), "title", "General Assembly chooses Turk")
	if !strings.Contains(text(doc.Find(`[data-testid="duplicate-offer"]`)), "8 Sep 2022") {
		t.Errorf("the offer does not say when: %q", text(doc.Find(`[data-testid="duplicate-offer"]`)))
	}
	form.Set("confirm_new", "1")
	res, _ = tc.post("/events", form, false)
	wantStatus(t, res, http.StatusSeeOther)
	res, _ = tc.post("/events", url.Values{"title": {"General Assembly chooses Turk"}, "occurred": {"2023-09-09"}}, false)
	wantStatus(t, res, http.StatusSeeOther)
}

func TestNewActorLikeAStoredOneIsOfferedAsTheSame(t *testing.T) {
	tc := newTestClient(t)
	chen := storage.MakeActor(t, tc.store, "Chen Xu")
	form := url.Values{"kind": {"person"}, "name": {"Dr. Chén Xu"}}
	res, doc := tc.post("/actors", form, false)
	wantOffer(t, res, doc, "/actors/"+itoa(chen.ID), "name", "Dr. Chén Xu")
	form.Set("confirm_new", "1")
	res, _ = tc.post("/actors", form, false)
	wantStatus(t, res, http.StatusSeeOther)
}

func TestNewClaimLikeAStoredOneIsOfferedAsARepetition(t *testing.T) {
	tc := newTestClient(t)
	china := storage.MakeActor(t, tc.store, "China")
	storage.MakeActor(t, tc.store, "Chen Xu")
	first := storage.MakeClaim(t, tc.store, china, "The assessment is a fabrication cooked up by Western nations", "2022-08-31")
	form := url.Values{"text": {"The report is a fabrication cooked up by Western nations"}, "speaker": {"Chen Xu"},
		"said_on": {"10 Sep 2022"}, "rating": {"unrated"}}
	res, doc := tc.post("/claims", form, true)
	wantOffer(t, res, doc, "/claims/"+itoa(first.ID), "speaker", "Chen Xu")
	if v := doc.Find(`[data-testid="offer-repeats"]`).AttrOr("value", ""); v != itoa(first.ID) {
		t.Fatalf("repetition button value %q", v)
	}
	form.Set("repeats", itoa(first.ID))
	res, _ = tc.post("/claims", form, false)
	wantStatus(t, res, http.StatusSeeOther)
	claims := storage.Must(tc.store.ListClaims(t.Context(), 10))(t)
	if len(claims) != 2 {
		t.Fatalf("%d claims", len(claims))
	}
	rels := storage.Must(tc.store.As(storage.Viewer{System: true}).RelationsOf(t.Context(), []models.Ref{{Kind: models.KindClaim, ID: first.ID}}))(t)
	if len(rels) != 1 || rels[0].Kind != "repeats" || rels[0].ToID != first.ID {
		t.Fatalf("relations %+v", rels)
	}
	form.Del("repeats")
	form.Set("confirm_new", "1")
	res, _ = tc.post("/claims", form, false)
	wantStatus(t, res, http.StatusSeeOther)
	if n := len(storage.Must(tc.store.As(storage.Viewer{System: true}).RelationsOf(t.Context(), []models.Ref{{Kind: models.KindClaim, ID: first.ID}}))(t)); n != 1 {
		t.Errorf("save as new related it: %d relations", n)
	}
}

func TestReaderOffersAnEventToCiteAndAClaimToRepeat(t *testing.T) {
	tc := newTestClient(t)
	body := "On Thursday the General Assembly approved Volker Türk. China called the report a fabrication by Western nations."
	src := storage.MakeSource(t, tc.store, "Geneva report", body, "2022-09-10")
	turk := storage.MakeEvent(t, tc.store, "UN General Assembly approves Volker Türk", "2022-09-08")
	first := storage.MakeClaim(t, tc.store, nil, "The report is a fabrication by Western nations", "2022-08-31")
	cite := "/sources/" + itoa(src.ID) + "/cite"

	form := url.Values{"as": {"event"}, "start": {"0"}, "end": {"60"}, "title": {"General Assembly approves Türk"},
		"occurred": {"2022-09-08"}}
	res, doc := tc.post(cite, form, true)
	wantOffer(t, res, doc, "/events/"+itoa(turk.ID), "title", "General Assembly approves Türk")
	use := doc.Find(`[data-testid="offer-cite"]`)
	form.Set(use.AttrOr("name", ""), use.AttrOr("value", ""))
	res, doc = tc.post(cite, form, false)
	if res.StatusCode != http.StatusSeeOther {
		t.Fatalf("citing the offered event: %d %q", res.StatusCode, text(doc.Find(".field-error")))
	}
	if n := len(storage.Must(tc.store.ListEvents(t.Context(), 10))(t)); n != 1 {
		t.Errorf("citing the offered event made a new one: %d events", n)
	}
	if cits := storage.Must(tc.store.CitationsOf(models.AsSystem(t.Context()), []models.Ref{{Kind: models.KindEvent, ID: turk.ID}}))(t); len(cits) != 1 {
		t.Errorf("the offered event has %d citations", len(cits))
	}

	form = url.Values{"as": {"claim"}, "start": {"56"}, "end": {"100"}, "text": {"The report is a fabrication by Western nations, China says"},
		"said_on": {"2022-09-10"}, "rating": {"unrated"}}
	res, doc = tc.post(cite, form, true)
	wantOffer(t, res, doc, "/claims/"+itoa(first.ID), "said_on", "2022-09-10")
	form.Set("repeats", doc.Find(`[data-testid="offer-repeats"]`).AttrOr("value", ""))
	res, doc = tc.post(cite, form, false)
	if res.StatusCode != http.StatusSeeOther {
		t.Fatalf("citing as a repetition: %d %q", res.StatusCode, text(doc.Find(".field-error")))
	}
	rels := storage.Must(tc.store.As(storage.Viewer{System: true}).RelationsOf(t.Context(), []models.Ref{{Kind: models.KindClaim, ID: first.ID}}))(t)
	if len(rels) != 1 || rels[0].Kind != "repeats" {
		t.Errorf("relations %+v", rels)
	}
}
