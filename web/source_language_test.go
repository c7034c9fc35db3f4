package web

import (
	"net/http"
	"net/url"
	"testing"

	"github.com/factline/factline/models/storage"
)

func TestSourceFormKeepsTheChosenLanguageAndShowsTheDetectedOne(t *testing.T) {
	tc := newTestClient(t)
	tc.get("/sources/new", nil)
	res, doc := tc.post("/sources", url.Values{"kind": {"article"}, "title": {" "}, "language": {"pt"}}, true)
	wantStatus(t, res, http.StatusUnprocessableEntity)
	if got := doc.Find(`select[name="language"] option[selected]`).AttrOr("value", "none"); got != "pt" {
		t.Errorf("chosen language not kept: selected %q", got)
	}
	src := storage.MakeSource(t, tc.store, "Bericht", "Die Regierung hat den Bericht am Dienstag zurückgewiesen. Der Sprecher sagte, man werde im nächsten Jahr darüber sprechen.", "1999-05-19")
	_, doc = tc.get("/sources/"+itoa(src.ID)+"/edit", nil)
	if got := doc.Find(`select[name="language"] option[selected]`).AttrOr("value", "none"); got != "de" {
		t.Errorf("edit form of a German source selects %q", got)
	}
}

func TestReaderOfAFrenchSourceProposesItsDatesAndSpeakers(t *testing.T) {
	tc := newTestClient(t)
	storage.MakeActor(t, tc.store, "Chen Xu")
	body := "Le rapport a été rejeté mardi. « Ce rapport n'offre que des reproches », a déclaré Chen Xu."
	src := storage.MakeSource(t, tc.store, "Rapport", body, "1999-05-19") // a Wednesday
	res, doc := tc.get("/sources/"+itoa(src.ID)+"/read", nil)
	wantStatus(t, res, http.StatusOK)
	if got := doc.Find(`[data-testid="prop-date"]`).AttrOr("data-label", ""); got != "18 May 1999" {
		t.Errorf("date proposal label %q, want 18 May 1999", got)
	}
	if got := doc.Find(`[data-testid="prop-quote"]`).AttrOr("data-label", ""); got != "Chen Xu" {
		t.Errorf("quote proposal label %q, want Chen Xu", got)
	}
}

func TestCiteFormResolvesADateOfAFrenchSourceInFrench(t *testing.T) {
	tc := newTestClient(t)
	body := "Le rapport a été rejeté mardi. « Ce rapport n'offre que des reproches », a déclaré Chen Xu."
	src := storage.MakeSource(t, tc.store, "Rapport", body, "1999-05-19") // a Wednesday
	_, doc := tc.get("/sources/"+itoa(src.ID)+"/read", nil)
	accept, _ := doc.Find(`[data-testid="proposal"]:contains("mardi") [data-testid="accept"]`).Attr("href")
	res, doc := tc.get(accept, map[string]string{"HX-Request": "true"})
	wantStatus(t, res, http.StatusOK)
	if v, _ := doc.Find(`input[name="occurred"]`).Attr("value"); v != "mardi" {
		t.Fatalf("accepted date field %q", v)
	}
	form := hiddenCiteFields(doc, url.Values{})
	form.Set("title", "Le rapport est rejeté")
	form.Set("occurred", "mardi")
	res, doc = tc.post("/sources/"+itoa(src.ID)+"/cite", form, true)
	wantStatus(t, res, http.StatusOK)
	if v, _ := doc.Find(`input[name="occurred"]`).Attr("value"); v != "18 May 1999" {
		t.Errorf("resolved date put in the field: %q (error: %q)", v, text(doc.Find(`[data-testid="error-occurred"]`)))
	}
}
