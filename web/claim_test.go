package web

import (
	"net/http"
	"net/url"
	"strings"
	"testing"

	"github.com/factline/factline/models/demo"
	"github.com/factline/factline/models/storage"
)

func TestClaimCreateShowsDateAtItsPrecision(t *testing.T) {
	tc := newTestClient(t)
	storage.MakeActor(t, tc.store, "Chen Xu")
	res, _ := tc.post("/claims", url.Values{"text": {"groundless blame"}, "speaker": {"chen xu"},
		"said_on": {"by 10 Sep 2022"}, "rating": {"unrated"}, "tags": {"Xinjiang, response"}}, false)
	wantStatus(t, res, http.StatusSeeOther)
	_, doc := tc.get(res.Header.Get("Location"), nil)
	if got := text(doc.Find(`[data-testid="date"]`)); got != "by 10 Sep 2022" {
		t.Errorf("date %q", got)
	}
	if got := text(doc.Find(`[data-testid="speaker"]`)); got != "Chen Xu" {
		t.Errorf("speaker %q", got)
	}
	if doc.Find(`[data-testid="unsourced"]`).Length() != 1 {
		t.Error("a claim without citation is not marked unsourced")
	}
}

func TestClaimBadInputIsRefusedBesideTheField(t *testing.T) {
	for _, c := range []struct {
		name, field, want string
		form              url.Values
	}{
		{"ambiguous date", "said_on", "ambiguous", url.Values{"text": {"x"}, "said_on": {"08/09/2022"}}},
		{"impossible date", "said_on", "February 2022 has no day 31", url.Values{"text": {"x"}, "said_on": {"31 Feb 2022"}}},
		{"unknown speaker", "speaker", "No actor is called", url.Values{"text": {"x"}, "speaker": {"Nobody Known"}}},
		{"empty text", "text", "required", url.Values{"text": {"   "}, "said_on": {"2022"}}},
		{"bad rating", "rating", "Choose a rating", url.Values{"text": {"x"}, "rating": {"true-ish"}}},
	} {
		t.Run(c.name, func(t *testing.T) {
			tc := newTestClient(t)
			tc.get("/claims/new", nil)
			res, doc := tc.post("/claims", c.form, true)
			wantStatus(t, res, http.StatusUnprocessableEntity)
			if msg := text(doc.Find(`[data-testid="error-` + c.field + `"]`)); !strings.Contains(msg, c.want) {
				t.Errorf("message beside %s: %q, want it to contain %q", c.field, msg, c.want)
			}
			for name := range c.form {
				sel := doc.Find(`[name="` + name + `"]`)
				got, _ := sel.Attr("value")
				if sel.Is("textarea") {
					got = sel.Text()
				}
				if sel.Is("select") {
					continue
				}
				if got != strings.TrimSpace(c.form.Get(name)) && got != c.form.Get(name) {
					t.Errorf("%s not kept: %q, typed %q", name, got, c.form.Get(name))
				}
			}
			if claims := storage.Must(tc.store.ListClaims(t.Context(), 10))(t); len(claims) != 0 {
				t.Errorf("%d claims stored", len(claims))
			}
		})
	}
}

func TestBodyOver1MiBIs413AndStoresNothing(t *testing.T) {
	tc := newTestClient(t)
	tc.get("/claims/new", nil)
	res, _ := tc.post("/claims", url.Values{"text": {strings.Repeat("a", 1<<20+10)}}, false)
	wantStatus(t, res, http.StatusRequestEntityTooLarge)
	if claims := storage.Must(tc.store.ListClaims(t.Context(), 10))(t); len(claims) != 0 {
		t.Errorf("%d claims stored", len(claims))
	}
}

func TestPostWithoutCSRFTokenIs403(t *testing.T) {
	tc := newTestClient(t)
	res, _ := tc.post("/actors", url.Values{"kind": {"person"}, "name": {"X"}, "_csrf": {"wrong"}}, false)
	wantStatus(t, res, http.StatusForbidden)
	if actors := storage.Must(tc.store.ListActors(t.Context(), "", 10))(t); len(actors) != 0 {
		t.Errorf("a post with a wrong token stored %d actors", len(actors))
	}
}

func TestSearchFindsWithSnippetsAndSurvivesFTSSyntax(t *testing.T) {
	tc := newTestClient(t)
	loadDemo(t, tc)
	res, doc := tc.get("/search?q=groundless", nil)
	wantStatus(t, res, http.StatusOK)
	if got := text(doc.Find(`[data-testid="hit"] mark`).First()); !strings.EqualFold(got, "groundless") {
		t.Errorf("highlight %q", got)
	}
	for _, q := range []string{`"AND OR NEAR(`, `*`, `NEAR(a b`, `-`, `türk`} {
		res, doc := tc.get("/search?q="+url.QueryEscape(q), map[string]string{"HX-Request": "true"})
		wantStatus(t, res, http.StatusOK)
		if doc.Find(`[data-testid="search-results"]`).Length() != 1 {
			t.Errorf("%q: no results list", q)
		}
	}
	_, doc = tc.get("/search?q=turk", nil)
	if doc.Find(`[data-testid="hit"]`).Length() == 0 {
		t.Error("turk does not find Türk")
	}
}

func TestUnknownIDsAre404(t *testing.T) {
	tc := newTestClient(t)
	for _, p := range []string{"/claims/999", "/claims/abc", "/timelines/no-such-timeline", "/actors/0"} {
		res, _ := tc.get(p, nil)
		wantStatus(t, res, http.StatusNotFound)
	}
}

func TestJSONTwin(t *testing.T) {
	tc := newTestClient(t)
	loadDemo(t, tc)
	res, _ := tc.get("/timelines/"+demo.Slug, map[string]string{"Accept": "application/json"})
	wantStatus(t, res, http.StatusOK)
	if ct := res.Header.Get("Content-Type"); !strings.HasPrefix(ct, "application/json") {
		t.Errorf("content type %q", ct)
	}
}
