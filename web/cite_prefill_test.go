package web

import (
	"net/http"
	"net/url"
	"strings"
	"testing"

	"github.com/factline/factline/models"
	"github.com/factline/factline/models/storage"
)

func TestASelectedPassagePrefillsSpeakerAndResolvedDate(t *testing.T) {
	tc := newTestClient(t)
	storage.MakeActor(t, tc.store, "Maria Okafor")
	body := "The harbour stayed shut.\n\nOn Thursday Okafor told the council: \"We will reopen the pier in spring.\""
	src := storage.MakeSource(t, tc.store, "Harbour council", body, "2022-09-10")
	start := strings.Index(body, "On Thursday")
	q := url.Values{"as": {"claim"}, "start": {itoa(int64(start))}, "end": {itoa(int64(len([]rune(body))))}}
	res, doc := tc.get("/sources/"+itoa(src.ID)+"/cite?"+q.Encode(), map[string]string{"HX-Request": "true"})
	wantStatus(t, res, http.StatusOK)
	form := doc.Find(`[data-testid="cite-form"]`)
	if v := form.Find(`input[name="speaker"]`).AttrOr("value", ""); v != "Maria Okafor" {
		t.Errorf("speaker %q", v)
	}
	if v := text(form.Find(`textarea[name="text"]`)); v != "We will reopen the pier in spring." {
		t.Errorf("claim text %q", v)
	}
	if form.Find(`input[name="verbatim"][checked]`).Length() != 1 {
		t.Error("the quoted words are not marked verbatim")
	}
	if v := form.Find(`input[name="said_on"]`).AttrOr("value", ""); v != "8 Sep 2022" {
		t.Errorf("said on %q", v)
	}
	if note := text(form.Find(`[data-testid="note-said_on"]`)); !strings.Contains(note, "8 Sep 2022 — from “Thursday”, relative to the publication date 10 Sep 2022") {
		t.Errorf("date note %q", note)
	}

	post := hiddenCiteFields(doc, url.Values{})
	post.Set("text", "We will reopen the pier in spring.")
	post.Set("verbatim", "true")
	post.Set("speaker", "Maria Okafor")
	post.Set("said_on", "2022-09-08")
	post.Set("rating", string(models.Unrated))
	res, _ = tc.post("/sources/"+itoa(src.ID)+"/cite", post, false)
	wantStatus(t, res, http.StatusSeeOther)
	claims, err := tc.store.ListClaims(models.AsSystem(t.Context()), 10)
	if err != nil || len(claims) != 1 || claims[0].SaidOn.String() != "2022-09-08" || claims[0].Speaker == nil || claims[0].Speaker.Name != "Maria Okafor" {
		t.Fatalf("claims %+v, %v", claims, err)
	}
	cits, err := tc.store.CitationsOf(t.Context(), []models.Ref{{Kind: models.KindClaim, ID: claims[0].ID}})
	if err != nil || len(cits) != 1 || !strings.Contains(cits[0].Note, "date from “Thursday”, relative to the publication date 10 Sep 2022") {
		t.Errorf("citation %+v, %v", cits, err)
	}
}

// A claim is said by the time its source reports it, so a passage without
// dates is said "by" the publication date; nothing else is filled in.
func TestAPassageWithoutProposalsPrefillsOnlySaidByThePublication(t *testing.T) {
	tc := newTestClient(t)
	body := "The harbour stayed shut all winter."
	src := storage.MakeSource(t, tc.store, "Harbour", body, "2022-09-10")
	q := url.Values{"as": {"claim"}, "start": {"0"}, "end": {itoa(int64(len(body)))}}
	res, doc := tc.get("/sources/"+itoa(src.ID)+"/cite?"+q.Encode(), map[string]string{"HX-Request": "true"})
	wantStatus(t, res, http.StatusOK)
	form := doc.Find(`[data-testid="cite-form"]`)
	if v := form.Find(`input[name="speaker"]`).AttrOr("value", ""); v != "" {
		t.Errorf("speaker %q", v)
	}
	if v := form.Find(`input[name="said_on"]`).AttrOr("value", ""); v != "by 10 Sep 2022" {
		t.Errorf("said on %q", v)
	}
	if v := text(form.Find(`textarea[name="text"]`)); v != body {
		t.Errorf("claim text %q", v)
	}
}
