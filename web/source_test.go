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
)

func TestSourceCreateShowsItsFieldsAndTextAsParagraphs(t *testing.T) {
	tc := newTestClient(t)
	tc.get("/sources/new", nil)
	res, _ := tc.post("/sources", url.Values{"kind": {"report"}, "title": {"OHCHR Assessment"},
		"url": {"https://www.ohchr.org/en/documents/assessment"}, "publisher": {"OHCHR"},
		"published": {"31 Aug 2022"}, "archive_url": {"https://web.archive.org/web/2022/ohchr"},
		"text": {"First <script>alert(1)</script> paragraph.\r\n\r\nSecond paragraph,\nline two."}}, false)
	wantStatus(t, res, http.StatusSeeOther)
	res, doc := tc.get(res.Header.Get("Location"), nil)
	wantStatus(t, res, http.StatusOK)
	if got := text(doc.Find(`[data-testid="date"]`)); got != "31 Aug 2022" {
		t.Errorf("date %q", got)
	}
	for _, id := range []string{"url", "archive-url"} {
		if rel, _ := doc.Find(`a[data-testid="` + id + `"]`).Attr("rel"); rel != "external noopener" {
			t.Errorf("%s link rel %q", id, rel)
		}
	}
	paras := doc.Find(`[data-testid="source-text"] p`)
	if paras.Length() != 2 || paras.Eq(1).Find("br").Length() != 1 {
		t.Errorf("text in %d paragraphs, want 2, the second with a line break", paras.Length())
	}
	if doc.Find(`[data-testid="source-text"] script`).Length() != 0 || !strings.Contains(text(paras.First()), "<script>") {
		t.Error("the pasted text is not shown as escaped text")
	}
}

func TestSourcePageListsWhatCitesIt(t *testing.T) {
	tc := newTestClient(t)
	src := storage.MakeSource(t, tc.store, "Statement", "We reject the so-called assessment.", "2022-09-01")
	claim := storage.MakeClaim(t, tc.store, nil, "China rejects the assessment", "2022-09-01")
	storage.MakeCitation(t, tc.store, models.Ref{Kind: models.KindClaim, ID: claim.ID}, src, "the so-called assessment")
	_, doc := tc.get("/sources/"+itoa(src.ID), nil)
	citers := text(doc.Find(`[data-testid="citers"]`))
	if !strings.Contains(citers, "China rejects the assessment") || !strings.Contains(citers, "the so-called assessment") {
		t.Errorf("cited by: %q", citers)
	}
}

func TestSourceBadInputIsRefusedBesideTheField(t *testing.T) {
	for _, c := range []struct {
		name, field, want string
		form              url.Values
	}{
		{"script address", "url", "http:// or https://", url.Values{"kind": {"article"}, "title": {"Kept title"}, "url": {"javascript:alert(1)"}}},
		{"empty title", "title", "A title is required.", url.Values{"kind": {"article"}, "title": {"  "}, "publisher": {"Kept publisher"}}},
		{"impossible date", "published", "February 2022 has no day 31", url.Values{"kind": {"article"}, "title": {"Kept title"}, "published": {"31 Feb 2022"}}},
		{"unknown language", "language", "Choose one of: en (English)", url.Values{"kind": {"article"}, "title": {"Kept title"}, "publisher": {"Kept publisher"}, "language": {"xx"}}},
	} {
		t.Run(c.name, func(t *testing.T) {
			tc := newTestClient(t)
			tc.get("/sources/new", nil)
			res, doc := tc.post("/sources", c.form, true)
			wantStatus(t, res, http.StatusUnprocessableEntity)
			if msg := text(doc.Find(`[data-testid="error-` + c.field + `"]`)); !strings.Contains(msg, c.want) {
				t.Errorf("message beside %s: %q, want %q", c.field, msg, c.want)
			}
			for _, name := range []string{"title", "publisher"} {
				if got, _ := doc.Find(`input[name="` + name + `"]`).Attr("value"); got != strings.TrimSpace(c.form.Get(name)) {
					t.Errorf("%s not kept: %q", name, got)
				}
			}
			if sources := storage.Must(tc.store.ListSources(t.Context(), 10))(t); len(sources) != 0 {
				t.Errorf("%d sources stored", len(sources))
			}
		})
	}
}

func TestSourceListShowsDatesAtTheirPrecisionAndHasFragments(t *testing.T) {
	tc := newTestClient(t)
	storage.MakeSource(t, tc.store, "Monthly report", "", "2022-08")
	for _, c := range []struct {
		name     string
		header   map[string]string
		wantFull bool
	}{
		{"plain", nil, true},
		{"htmx", map[string]string{"HX-Request": "true"}, false},
		{"history restore", map[string]string{"HX-Request": "true", "HX-History-Restore-Request": "true"}, true},
	} {
		res, doc := tc.get("/sources", c.header)
		wantStatus(t, res, http.StatusOK)
		if !strings.Contains(strings.Join(res.Header.Values("Vary"), ","), "HX-Request") {
			t.Errorf("%s: Vary %q", c.name, res.Header.Values("Vary"))
		}
		if full := doc.Find("html[lang]").Length() == 1; full != c.wantFull {
			t.Errorf("%s: full page = %v, want %v", c.name, full, c.wantFull)
		}
		if got := text(doc.Find(`[data-testid="source-list"] .date`)); got != "Aug 2022" {
			t.Errorf("%s: date %q, want Aug 2022", c.name, got)
		}
	}
}

func TestSourceDeleteSaysWhatCitesItFirst(t *testing.T) {
	tc := newTestClient(t)
	src := storage.MakeSource(t, tc.store, "Statement", "", "2022-09-01")
	event := storage.MakeEvent(t, tc.store, "Press conference", "2022-09-01")
	storage.MakeCitation(t, tc.store, models.Ref{Kind: models.KindEvent, ID: event.ID}, src, "press")
	path := "/sources/" + itoa(src.ID)
	_, doc := tc.get(path+"/delete", nil)
	if got := text(doc.Find(`[data-testid="usage"]`)); got != "1 citation" {
		t.Errorf("usage %q", got)
	}
	res, _ := tc.post(path+"/delete", nil, false)
	wantStatus(t, res, http.StatusSeeOther)
	res, _ = tc.get(path, nil)
	wantStatus(t, res, http.StatusNotFound)
}

func TestSourceAndEventJSONTwins(t *testing.T) {
	tc := newTestClient(t)
	src := storage.MakeSource(t, tc.store, "Statement", "", "2022-09-01")
	event := storage.MakeEvent(t, tc.store, "Press conference", "2022-09-01")
	for _, p := range []string{"/sources", "/sources/" + itoa(src.ID), "/events", "/events/" + itoa(event.ID)} {
		res, _ := tc.get(p+"?format=json", nil)
		wantStatus(t, res, http.StatusOK)
		if ct := res.Header.Get("Content-Type"); !strings.HasPrefix(ct, "application/json") {
			t.Errorf("%s: content type %q", p, ct)
		}
	}
}

func TestUnknownSourcesAndEventsAre404Pages(t *testing.T) {
	tc := newTestClient(t)
	for _, p := range []string{"/sources/999", "/sources/999/edit", "/sources/x", "/events/999", "/events/999/delete"} {
		res, doc := tc.get(p, nil)
		wantStatus(t, res, http.StatusNotFound)
		if doc.Find(`[data-testid="error-page"]`).Length() != 1 {
			t.Errorf("%s: no error page", p)
		}
	}
}

func TestSourceEditKeepsTheTextExactly(t *testing.T) {
	tc := newTestClient(t)
	src := storage.MakeSource(t, tc.store, "Statement", "  indented\n\nsecond  ", "2022-09-01")
	path := "/sources/" + itoa(src.ID)
	_, doc := tc.get(path+"/edit", nil)
	form := url.Values{"text": {doc.Find(`textarea[name="text"]`).Text()}}
	doc.Find(`[data-testid="source-form"] input, [data-testid="source-form"] select option[selected]`).Each(func(_ int, s *goquery.Selection) {
		name, ok := s.Attr("name")
		if !ok {
			name, _ = s.Parent().Attr("name")
		}
		value, _ := s.Attr("value")
		form.Set(name, value)
	})
	form.Set("publisher", "MFA")
	res, _ := tc.post(path, form, false)
	wantStatus(t, res, http.StatusSeeOther)
	got, err := tc.store.GetSource(t.Context(), src.ID)
	if err != nil {
		t.Fatal(err)
	}
	if got.Text != src.Text || got.Publisher != "MFA" || got.Published.String() != "2022-09-01" {
		t.Errorf("after edit: text %q, publisher %q, published %q", got.Text, got.Publisher, got.Published)
	}
}

func TestALongSourceTextIsKept(t *testing.T) {
	tc := newTestClient(t)
	tc.get("/sources/new", nil)
	long := strings.Repeat("A long report, kept whole. ", 2<<20/27) // about 2 MiB
	res, _ := tc.post("/sources", url.Values{"kind": {"report"}, "title": {"Long"}, "text": {long}}, false)
	wantStatus(t, res, http.StatusSeeOther)
	id := strings.TrimPrefix(res.Header.Get("Location"), "/sources/")
	src, err := tc.store.GetSource(t.Context(), mustID(t, id))
	if err != nil || src.Text != long {
		t.Fatalf("the long text was not kept whole: %v", err)
	}
}

func mustID(t *testing.T, s string) int64 {
	t.Helper()
	id, err := strconv.ParseInt(s, 10, 64)
	if err != nil {
		t.Fatalf("id %q: %v", s, err)
	}
	return id
}
