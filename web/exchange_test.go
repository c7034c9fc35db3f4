package web

import (
	"bytes"
	"fmt"
	"io"
	"log/slog"
	"mime/multipart"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"

	"github.com/PuerkitoBio/goquery"

	"github.com/factline/factline/models"
	"github.com/factline/factline/models/demo"
	"github.com/factline/factline/models/storage"
)

func TestExportsOfAPublicTimeline(t *testing.T) {
	tc := newAnonClient(t)
	if _, err := demo.Load(t.Context(), tc.store); err != nil {
		t.Fatal(err)
	}
	_, doc := tc.get("/timelines/"+demo.Slug, nil)
	links := doc.Find(`[data-testid="exports"] a`)
	if links.Length() != 8 {
		t.Fatalf("%d export links on the timeline page, want 8", links.Length())
	}
	want := map[string]struct{ contentType, file, contains string }{
		"json":        {"application/json", "ohchr-xinjiang-assessment.json", `"format_version":1`},
		"csv":         {"text/csv; charset=utf-8", "ohchr-xinjiang-assessment.csv", "Year,Month,Day"},
		"timelinejs":  {"application/json", "ohchr-xinjiang-assessment.timelinejs.json", `"unique_id":"claim-`},
		"claimreview": {"application/ld+json", "ohchr-xinjiang-assessment.claimreview.jsonld", "["},
		"markdown":    {"text/markdown; charset=utf-8", "ohchr-xinjiang-assessment.md", "[^1]:"},
		"html":        {"text/html; charset=utf-8", "ohchr-xinjiang-assessment.html", "<!DOCTYPE html>"},
		"csl":         {"application/vnd.citationstyles.csl+json", "ohchr-xinjiang-assessment.csl.json", `"type":"report"`},
		"svg":         {"image/svg+xml", "ohchr-xinjiang-assessment.svg", "<svg"},
	}
	links.Each(func(_ int, a *goquery.Selection) {
		href, _ := a.Attr("href")
		w, ok := want[a.AttrOr("data-format", "")]
		if !ok {
			t.Errorf("unexpected export link %s", href)
			return
		}
		res, err := tc.http.Get(tc.srv.URL + href)
		if err != nil {
			t.Fatal(err)
		}
		body, _ := io.ReadAll(res.Body)
		res.Body.Close()
		wantStatus(t, res, http.StatusOK)
		if got := res.Header.Get("Content-Type"); got != w.contentType {
			t.Errorf("%s: Content-Type %q, want %q", href, got, w.contentType)
		}
		if got := res.Header.Get("Content-Disposition"); got != `attachment; filename="`+w.file+`"` {
			t.Errorf("%s: Content-Disposition %q", href, got)
		}
		if !strings.Contains(string(body), w.contains) {
			t.Errorf("%s: body lacks %q", href, w.contains)
		}
	})
}

func TestExportsObeyTimelineAccess(t *testing.T) {
	tc := newTestClient(t)
	tl := storage.MakeTimeline(t, tc.store, "secret")
	tl.Visibility = "private"
	if err := tc.store.SaveTimeline(t.Context(), tl); err != nil {
		t.Fatal(err)
	}
	res, _ := tc.get("/timelines/secret/export/json", nil)
	wantStatus(t, res, http.StatusNotFound) // the editor is neither owner nor collaborator
	res, _ = tc.get("/timelines/nothing-here/export/json", nil)
	wantStatus(t, res, http.StatusNotFound)
	storage.MakeTimeline(t, tc.store, "open")
	res, _ = tc.get("/timelines/open/export/docx", nil)
	wantStatus(t, res, http.StatusNotFound)
}

// upload posts a file to path as the import form does, with the CSRF token.
func (tc *testClient) upload(path, name, content string, fields map[string]string) (*http.Response, *goquery.Document) {
	tc.t.Helper()
	var body bytes.Buffer
	mw := multipart.NewWriter(&body)
	_ = mw.WriteField("_csrf", tc.csrf)
	for k, v := range fields {
		_ = mw.WriteField(k, v)
	}
	fw, _ := mw.CreateFormFile("file", name)
	_, _ = io.WriteString(fw, content)
	_ = mw.Close()
	req, _ := http.NewRequest(http.MethodPost, tc.srv.URL+path, &body)
	req.Header.Set("Content-Type", mw.FormDataContentType())
	return tc.do(req)
}

func TestImportPagePreviewsThenImports(t *testing.T) {
	tc := newTestClient(t)
	if _, err := demo.Load(t.Context(), tc.store); err != nil {
		t.Fatal(err)
	}
	export := exportBody(t, tc, "/timelines/"+demo.Slug+"/export/json")
	tc.get("/import", nil)
	res, doc := tc.upload("/import", "demo.json", export, map[string]string{"slug": "copy-of-demo"})
	wantStatus(t, res, http.StatusOK)
	// The demo's own export, imported where it came from: its claims and
	// events are found by their anchors and put on the new timeline, not copied.
	preview := text(doc.Find(`[data-testid="import-preview"]`))
	if !strings.Contains(preview, "0 claims, 0 events, 0 citations and 0 relations") ||
		!strings.Contains(text(doc.Find(`[data-testid="import-same-entries"]`)), "7 of the file's 7 entries are claims and events already in factline") {
		t.Errorf("preview: %s", preview)
	}
	if got := doc.Find(`[data-testid="import-actors"] a`).Length(); got != 7 {
		t.Errorf("%d actors matched in the preview, want the demo's 7", got)
	}
	if n := storage.Must(tc.store.CountTimelines(t.Context()))(t); n != 1 {
		t.Fatalf("the preview created a timeline: %d", n)
	}
	action, _ := doc.Find(`[data-testid="import-preview"] form`).Attr("action")
	res, _ = tc.post(action, formOf(doc.Find(`[data-testid="import-preview"] form`)), false)
	wantStatus(t, res, http.StatusSeeOther)
	if got := res.Header.Get("Location"); got != "/timelines/copy-of-demo" {
		t.Fatalf("redirected to %q", got)
	}
	_, doc = tc.get("/timelines/copy-of-demo", nil)
	if n := doc.Find(`[data-testid="timeline-body"] [id^="claim-"], [data-testid="timeline-body"] [id^="event-"]`).Length(); n != 7 {
		t.Errorf("the imported timeline shows %d entries, want 7", n)
	}
	if claims := storage.Must(tc.store.ListClaims(models.AsSystem(t.Context()), 100))(t); len(claims) != 3 {
		t.Errorf("%d claims after the import, want the demo's 3", len(claims))
	}
	res, _ = tc.post(action, formOf(doc.Find("nothing")), false)
	wantStatus(t, res, http.StatusUnprocessableEntity) // a confirmation is used once
}

// formOf is the values of a form's inputs.
func formOf(form *goquery.Selection) map[string][]string {
	values := map[string][]string{}
	form.Find("input").Each(func(_ int, in *goquery.Selection) {
		if name, ok := in.Attr("name"); ok {
			values[name] = append(values[name], in.AttrOr("value", ""))
		}
	})
	return values
}

func exportBody(t *testing.T, tc *testClient, path string) string {
	t.Helper()
	res, err := tc.http.Get(tc.srv.URL + path)
	if err != nil {
		t.Fatal(err)
	}
	defer res.Body.Close()
	b, _ := io.ReadAll(res.Body)
	return string(b)
}

func TestImportPageRefusesABadFile(t *testing.T) {
	tc := newTestClient(t)
	tc.get("/import", nil)
	res, doc := tc.upload("/import", "bad.json", `{"title":{"text":{"headline":"x"}},"events":{"start_date":{"year":"1"}}}`, nil)
	wantStatus(t, res, http.StatusUnprocessableEntity)
	if got := text(doc.Find(`[data-testid="import-problems"]`)); !strings.Contains(got, `file, events: is not a list of slides`) {
		t.Errorf("problems: %q", got)
	}
	if n := storage.Must(tc.store.CountTimelines(t.Context()))(t); n != 0 {
		t.Errorf("a refused import created %d timelines", n)
	}
}

// countingBody is a request body that counts what the server reads of it.
type countingBody struct{ read, left int }

func (b *countingBody) Read(p []byte) (int, error) {
	if b.left == 0 {
		return 0, io.EOF
	}
	n := min(len(p), b.left)
	b.read += n
	b.left -= n
	return n, nil
}

func TestImportOf200MBIsRefusedBeforeItIsRead(t *testing.T) {
	tc := newTestClient(t)
	body := &countingBody{left: 200 << 20}
	req := httptest.NewRequest(http.MethodPost, "/import", body)
	req.ContentLength = 200 << 20
	req.Header.Set("Content-Type", "multipart/form-data; boundary=x")
	rec := httptest.NewRecorder()
	handler, err := New(t.Context(), Config{}, tc.store, slog.New(slog.NewTextHandler(io.Discard, nil)))
	if err != nil {
		t.Fatal(err)
	}
	handler.ServeHTTP(rec, req)
	if rec.Code != http.StatusRequestEntityTooLarge {
		t.Fatalf("status %d, want 413", rec.Code)
	}
	if body.read != 0 {
		t.Errorf("the server read %d bytes of a body it refused by size", body.read)
	}
	if !strings.Contains(rec.Body.String(), "larger than 50 MiB") {
		t.Errorf("the refusal does not say the limit: %s", rec.Body.String())
	}
}

func TestImportTakesFilesLargerThanTheGlobalLimit(t *testing.T) {
	tc := newTestClient(t)
	var csv strings.Builder
	csv.WriteString("Year,Month,Day,Time,End Year,End Month,End Day,End Time,Display Date,Headline,Text,Media,Media Credit,Media Caption,Media Thumbnail,Alt Text,Type,Group,Background\n")
	for i := range 15_000 {
		fmt.Fprintf(&csv, "2022,9,8,,,,,,,Event number %d of a long sheet,%s,,,,,,,,\n", i, strings.Repeat("text ", 20))
	}
	if csv.Len() < 2<<20 {
		t.Fatalf("the file is only %d bytes", csv.Len())
	}
	tc.get("/import", nil)
	res, doc := tc.upload("/import", "long.csv", csv.String(), nil)
	wantStatus(t, res, http.StatusOK)
	if got := text(doc.Find(`[data-testid="import-preview"]`)); !strings.Contains(got, "0 claims, 15000 events") {
		t.Errorf("preview: %s", got)
	}
}
