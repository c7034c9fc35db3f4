package web

import (
	"net/http"
	"net/url"
	"strings"
	"testing"

	"github.com/factline/factline/models"
	"github.com/factline/factline/models/storage"
)

func TestReaderProposesAndARelativeDateIsConfirmedBeforeSaving(t *testing.T) {
	tc := newTestClient(t)
	storage.MakeActor(t, tc.store, "Chen Xu")
	body := "The Assembly approved the successor on Thursday. \"The report offers groundless blame,\" Chen Xu told reporters."
	src := storage.MakeSource(t, tc.store, "Geneva report", body, "2022-09-10")
	read := "/sources/" + itoa(src.ID) + "/read"
	res, doc := tc.get(read, nil)
	wantStatus(t, res, http.StatusOK)
	if got := doc.Find(`[data-testid="prop-date"]`).AttrOr("data-label", ""); got != "8 Sep 2022" {
		t.Errorf("date proposal label %q", got)
	}
	if got := doc.Find(`[data-testid="prop-quote"]`).AttrOr("data-label", ""); got != "Chen Xu" {
		t.Errorf("quote proposal label %q", got)
	}

	accept, _ := doc.Find(`[data-testid="proposal"]:contains("Thursday") [data-testid="accept"]`).Attr("href")
	res, doc = tc.get(accept, map[string]string{"HX-Request": "true"})
	wantStatus(t, res, http.StatusOK)
	if v, _ := doc.Find(`input[name="occurred"]`).Attr("value"); v != "Thursday" {
		t.Fatalf("accepted date field %q", v)
	}
	form := hiddenCiteFields(doc, url.Values{})
	form.Set("title", "The Assembly approves the successor")
	form.Set("occurred", "Thursday")
	res, doc = tc.post("/sources/"+itoa(src.ID)+"/cite", form, true)
	wantStatus(t, res, http.StatusOK)
	if v, _ := doc.Find(`input[name="occurred"]`).Attr("value"); v != "8 Sep 2022" {
		t.Errorf("resolved date put in the field: %q", v)
	}
	note := text(doc.Find(`[data-testid="note-occurred"]`))
	if !strings.Contains(note, "8 Sep 2022 — from “Thursday”, relative to the publication date 10 Sep 2022") {
		t.Errorf("resolution note %q", note)
	}
	if events := storage.Must(tc.store.ListEvents(t.Context(), 10))(t); len(events) != 0 {
		t.Fatal("saved before the date was confirmed")
	}
	hiddenCiteFields(doc, form)
	form.Set("occurred", "2022-09-08")
	res, _ = tc.post("/sources/"+itoa(src.ID)+"/cite", form, false)
	wantStatus(t, res, http.StatusSeeOther)
	events := storage.Must(tc.store.ListEvents(t.Context(), 10))(t)
	if len(events) != 1 || events[0].Occurred.String() != "2022-09-08" {
		t.Fatalf("events %+v", events)
	}
	cits := storage.Must(tc.store.CitationsOf(t.Context(), []models.Ref{{Kind: models.KindEvent, ID: events[0].ID}}))(t)
	if len(cits) != 1 || cits[0].Quote != "The Assembly approved the successor on Thursday." ||
		!strings.Contains(cits[0].Note, "date from “Thursday”, relative to the publication date 10 Sep 2022") {
		t.Errorf("citation %+v", cits)
	}
}
