package web

import (
	"net/http"
	"net/url"
	"strconv"
	"strings"
	"testing"

	"github.com/PuerkitoBio/goquery"

	"github.com/factline/factline/models"
	"github.com/factline/factline/models/storage"
	"github.com/factline/factline/views"
)

// formsOn lists the posted forms of a page: their action and their fields
// with the values the page gave them.
func formsOn(doc *goquery.Document) map[string]url.Values {
	out := map[string]url.Values{}
	doc.Find(`form[method="post"]`).Each(func(_ int, f *goquery.Selection) {
		action, _ := f.Attr("action")
		v := url.Values{}
		f.Find("input[name], textarea[name], select[name]").Each(func(_ int, in *goquery.Selection) {
			name, _ := in.Attr("name")
			typ, _ := in.Attr("type")
			val, _ := in.Attr("value")
			switch {
			case goquery.NodeName(in) == "textarea":
				val = in.Text()
			case goquery.NodeName(in) == "select":
				val, _ = in.Find("option[selected]").Attr("value")
				if val == "" {
					val, _ = in.Find("option").First().Attr("value")
				}
			case typ == "checkbox" || typ == "radio":
				if _, ok := in.Attr("checked"); !ok {
					return
				}
			case typ == "file":
				return
			}
			v.Set(name, val)
		})
		out[action] = v
	})
	return out
}

// TestStrayBytesAreRefusedByEveryForm posts every form of the pages an editor
// uses with a NUL, then bytes that are not UTF-8, added to one field at a
// time: each post is refused (422, the message shown) and changes nothing —
// on PostgreSQL, whose text refuses such bytes, these were 500s.
func TestStrayBytesAreRefusedByEveryForm(t *testing.T) {
	tc := newTestClient(t)
	s := tc.store
	a := storage.MakeActor(t, s, "Chen Xu")
	src := storage.MakeSource(t, s, "Report", "Some text to cite here.", "2022-09-10")
	cl := storage.MakeClaim(t, s, a, "A claim", "2022-09-01")
	ev := storage.MakeEvent(t, s, "An event", "2022-09-08")
	storage.MakeTimeline(t, s, "tl", models.Ref{Kind: models.KindClaim, ID: cl.ID})
	pages := []string{"/claims/new", "/events/new", "/actors/new", "/sources/new", "/timelines/new",
		"/claims/" + itoa(cl.ID), "/claims/" + itoa(cl.ID) + "/edit", "/events/" + itoa(ev.ID), "/events/" + itoa(ev.ID) + "/edit",
		"/actors/" + itoa(a.ID), "/actors/" + itoa(a.ID) + "/edit", "/sources/" + itoa(src.ID) + "/edit", "/sources/" + itoa(src.ID) + "/read",
		"/timelines/tl", "/timelines/tl/edit", "/account"}
	// Fields that are not typed: refused as any wrong choice is (400, 404,
	// or 422 for a captured page's address, which its form does not show).
	choices := map[string]bool{"item": true, "timeline": true, "canonical_url": true}
	before := writes(t, s)
	posts := 0
	for _, p := range pages {
		res, doc := tc.get(p, nil)
		wantStatus(t, res, http.StatusOK)
		for action, vals := range formsOn(doc) {
			for field := range vals {
				if field == "_csrf" || field == "version" || strings.Contains(field, "password") { // passwords are hashed, never stored
					continue
				}
				for _, bad := range []string{"a\x00b", "a\xffb"} {
					_, doc := tc.get(p, nil)
					form := formsOn(doc)[action]
					form.Set(field, form.Get(field)+bad)
					res, doc := tc.post(action, form, false)
					posts++
					refused := res.StatusCode == http.StatusUnprocessableEntity && strings.Contains(text(doc.Find("main")), "NUL character")
					if choices[field] { // not text: a choice the page offered, or a hidden address
						refused = res.StatusCode >= 400 && res.StatusCode < 500
					}
					if !refused {
						b := text(doc.Find("main"))
						t.Errorf("%s (form of %s), %s + %q: %d %s", action, p, field, bad, res.StatusCode, b[:min(100, len(b))])
					}
				}
			}
		}
	}
	if posts < 60 {
		t.Errorf("only %d posts: the pages have fewer forms than they did", posts)
	}
	if after := writes(t, s); after != before {
		t.Errorf("refused posts wrote: %s, before %s", after, before)
	}
}

// TestStrayBytesFormKeepsTheRestOfWhatWasTyped: the refused claim form shows
// the message beside the text and the text as typed without the stray bytes.
func TestStrayBytesFormKeepsTheRestOfWhatWasTyped(t *testing.T) {
	tc := newTestClient(t)
	tc.get("/claims/new", nil)
	res, doc := tc.post("/claims", url.Values{"text": {"China\x00 rejects\xff the report"}, "rating": {"unrated"}}, false)
	wantStatus(t, res, http.StatusUnprocessableEntity)
	if got := doc.Find(`textarea[name="text"]`).Text(); got != "China rejects the report" {
		t.Errorf("text kept as %q", got)
	}
	if msg := text(doc.Find("#" + views.ErrID("text"))); !strings.Contains(msg, "NUL character") {
		t.Errorf("message beside the text: %q", msg)
	}
}

// TestStrayBytesAreRefusedByTheAPI sends a NUL (escaped) and bytes that are
// not UTF-8 in JSON strings, at the top and nested: 422 naming the field.
func TestStrayBytesAreRefusedByTheAPI(t *testing.T) {
	tc := newTestClient(t)
	token := tc.makeToken("stray")
	for body, field := range map[string]string{
		`{"text": "said\u0000 this", "said_on": "2022"}`:        "text",
		"{\"text\": \"said \xff this\", \"said_on\": \"2022\"}": "text",
		`{"text": "said", "tags": ["ok", "b\u0000d"]}`:          "tags[1]",
		`{"text": "said", "speaker": "Chen\u0000 Xu"}`:          "speaker",
	} {
		req, _ := http.NewRequest(http.MethodPost, tc.srv.URL+"/api/v1/claims", strings.NewReader(body))
		req.Header.Set("Authorization", "Bearer "+token)
		req.Header.Set("Content-Type", "application/json")
		a := tc.apiDo(http.DefaultClient, req)
		wantAPI(t, a, http.StatusUnprocessableEntity, "invalid")
		if a.errorField("field") != field || !strings.Contains(a.errorField("message"), "NUL character") {
			t.Errorf("%s: %v", body, a.Body)
		}
	}
	claims, err := tc.store.ListClaims(t.Context(), 10)
	if err != nil {
		t.Fatal(err)
	}
	if len(claims) != 0 {
		t.Errorf("%d claims stored", len(claims))
	}
}

// writes counts the rows that a save adds to.
func writes(t *testing.T, s *storage.Store) string {
	t.Helper()
	db, err := s.DB()
	if err != nil {
		t.Fatal(err)
	}
	var out []string
	for _, table := range []string{"revisions", "timeline_entries", "versions", "api_tokens", "claims", "events", "actors", "sources"} {
		var n int
		if err := db.QueryRow("SELECT count(*) FROM " + table).Scan(&n); err != nil {
			t.Fatal(err)
		}
		out = append(out, table+"="+strconv.Itoa(n))
	}
	return strings.Join(out, " ")
}

// TestStrayBytesInAddressesAreReadWithout asks for pages, filters, prefilled
// forms, search and the API with a NUL and bytes that are not UTF-8 in their
// query parameters: each answers without them (on PostgreSQL such a filter
// value was a 500).
func TestStrayBytesInAddressesAreReadWithout(t *testing.T) {
	tc := newTestClient(t)
	s := tc.store
	src := storage.MakeSource(t, s, "Report", "Some text to cite here.", "2022-09-10")
	cl := storage.MakeClaim(t, s, nil, "A claim", "2022-09-01")
	storage.MakeTimeline(t, s, "tl", models.Ref{Kind: models.KindClaim, ID: cl.ID})
	token := tc.makeToken("stray")
	for _, bad := range []string{"%00", "%FF"} {
		for _, path := range []string{
			"/timelines/tl?tag=a" + bad + "&lane=b" + bad + "&rating=" + bad + "&from=2022" + bad,
			"/search?q=claim" + bad + "&kind=claim" + bad,
			"/sources/new?url=https://example.org/" + bad + "&title=T" + bad,
			"/sources/" + itoa(src.ID) + "/read?selection=text" + bad,
			"/claims?cursor=" + bad,
		} {
			res, _ := tc.get(path, nil)
			if res.StatusCode >= 500 {
				t.Errorf("GET %s: %d", path, res.StatusCode)
			}
		}
		req, _ := http.NewRequest(http.MethodGet, tc.srv.URL+"/api/v1/claims?q=a"+bad, nil)
		req.Header.Set("Authorization", "Bearer "+token)
		if a := tc.apiDo(http.DefaultClient, req); a.Status >= 500 {
			t.Errorf("API list with %s: %d", bad, a.Status)
		}
	}
}
