package web

import (
	"fmt"
	"net/http"
	"net/url"
	"testing"

	"github.com/factline/factline/models/storage"
)

// TestDatesTypedAsPartsOfPeriodsShowAsTyped: "early September 2022" is saved
// as the range of its days and shown in the words; edit forms show dates as
// the pages and hints write them, and saving them back changes nothing.
func TestDatesTypedAsPartsOfPeriodsShowAsTyped(t *testing.T) {
	tc := newTestClient(t)
	for typed, want := range map[string]struct{ title, shown, stored string }{
		"early September 2022": {"Türk approved", "early Sep 2022", "2022-09-01/2022-09-10"},
		"mid-2022":             {"Report delayed", "mid-2022", "2022-05/2022-08"},
		"late 1990s":           {"Office founded", "late 1990s", "1997/1999"},
	} {
		res, _ := tc.post("/events", url.Values{"title": {want.title}, "occurred": {typed}}, false)
		wantStatus(t, res, http.StatusSeeOther)
		path := res.Header.Get("Location")
		_, doc := tc.get(path, nil)
		if got := text(doc.Find(`[data-testid="date"]`)); got != want.shown {
			t.Errorf("%q shown as %q, want %q", typed, got, want.shown)
		}
		var id int64
		if _, err := fmt.Sscanf(path, "/events/%d", &id); err != nil {
			t.Fatal(err)
		}
		ev, err := tc.store.GetEvent(t.Context(), id)
		if err != nil {
			t.Fatal(err)
		}
		if ev.Occurred.String() != want.stored {
			t.Errorf("%q stored as %s, want %s", typed, ev.Occurred, want.stored)
		}
		_, form := tc.get(path+"/edit", nil)
		if v, _ := form.Find(`input[name="occurred"]`).Attr("value"); v != want.shown {
			t.Errorf("the edit form shows %q as %q", typed, v)
		}
	}
}

func TestEditFormsShowDatesAsTheHintDoesAndTakeThemBack(t *testing.T) {
	tc := newTestClient(t)
	claim := storage.MakeClaim(t, tc.store, nil, "said on a day", "2022-09-08")
	src := storage.MakeSource(t, tc.store, "A report", "", "2022-09-10")
	path := "/claims/" + itoa(claim.ID)
	_, form := tc.get(path+"/edit", nil)
	said, _ := form.Find(`input[name="said_on"]`).Attr("value")
	version, _ := form.Find(`input[name="version"]`).Attr("value")
	if said != "8 Sep 2022" {
		t.Fatalf("the claim's edit form shows %q", said)
	}
	res, _ := tc.post(path, url.Values{"text": {"said on a day"}, "said_on": {said}, "rating": {"unrated"}, "version": {version}}, false)
	wantStatus(t, res, http.StatusSeeOther)
	got, err := tc.store.GetClaim(t.Context(), claim.ID)
	if err != nil {
		t.Fatal(err)
	}
	if got.SaidOn.String() != "2022-09-08" {
		t.Errorf("saved back as %s", got.SaidOn)
	}
	_, form = tc.get("/sources/"+itoa(src.ID)+"/edit", nil)
	if v, _ := form.Find(`input[name="published"]`).Attr("value"); v != "10 Sep 2022" {
		t.Errorf("the source's edit form shows %q", v)
	}
}
