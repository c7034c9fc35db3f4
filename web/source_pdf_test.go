package web

import (
	"fmt"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"
	"time"

	"github.com/PuerkitoBio/goquery"

	"github.com/factline/factline/models"
	"github.com/factline/factline/models/archive"
	"github.com/factline/factline/models/capture"
	"github.com/factline/factline/models/pdftext/pdftest"
	"github.com/factline/factline/models/storage"
)

// TestAnUploadedPDFOpensInTheReaderPageByPage: a PDF uploaded with no title
// is stored under its file name, with its pages; the reader shows its text
// page by page with the printed page numbers, without the running head; a
// passage cited from it records its page and paragraph, and the citation
// shows it.
func TestAnUploadedPDFOpensInTheReaderPageByPage(t *testing.T) {
	tc := newTestClient(t)
	tc.get("/sources/pdf", nil)
	res, _ := tc.upload("/sources/pdf", "annual-report.pdf", string(pdftest.Report()), map[string]string{"kind": "report", "published": "2022"})
	wantStatus(t, res, http.StatusSeeOther)
	sources := storage.Must(tc.store.ListSources(t.Context(), 5))(t)
	if len(sources) != 1 || sources[0].Title != "annual-report" {
		t.Fatalf("sources %+v", sources)
	}
	src := sources[0]
	if want := fmt.Sprintf("/sources/%d/read", src.ID); res.Header.Get("Location") != want {
		t.Fatalf("sent to %s, want %s", res.Header.Get("Location"), want)
	}
	_, doc := tc.get(res.Header.Get("Location"), nil)
	caps := storage.Must(archive.Of(tc.store).Captures(t.Context(), src.ID))(t)
	if len(caps) != 1 || caps[0].Kind != models.CaptureUpload || caps[0].Filename != "annual-report.pdf" || caps[0].PayloadSize != int64(len(pdftest.Report())) {
		t.Fatalf("captures of the PDF source: %+v", caps)
	}
	if kept := storage.Must(archive.Of(tc.store).Bytes(t.Context(), &caps[0]))(t); string(kept) != string(pdftest.Report()) {
		t.Error("the kept bytes are not the PDF uploaded")
	}
	var labels []string
	doc.Find(`[data-testid="pdf-page-label"]`).Each(func(_ int, s *goquery.Selection) { labels = append(labels, text(s)) })
	if strings.Join(labels, "|") != "Page 1 · printed 7|Page 2 · printed 8|Page 3" {
		t.Errorf("page labels %q", labels)
	}
	if doc.Find(`[data-testid="pdf-page-empty"]`).Length() != 1 {
		t.Error("the page with no text does not say so")
	}
	body := text(doc.Find(`[data-testid="reader-text"]`))
	if strings.Contains(body, "Annual Report of the Example Commission") || !strings.Contains(body, "examined every complaint") {
		t.Errorf("reader text %q", body)
	}

	claim := storage.MakeClaim(t, tc.store, nil, "complaints examined", "2022")
	cit := storage.MakeCitation(t, tc.store, models.Ref{Kind: models.KindClaim, ID: claim.ID}, &src, "examined every complaint it received")
	if cit.Locator != "p. 7 (PDF p. 1), para. 1" {
		t.Errorf("locator %q", cit.Locator)
	}
	_, doc = tc.get(fmt.Sprintf("/claims/%d", claim.ID), nil)
	if !strings.Contains(text(doc.Find("main")), "p. 7 (PDF p. 1), para. 1") {
		t.Error("the claim's citation does not show its page and paragraph")
	}
}

// TestARefusedPDFIsSaidByItsFieldAndNothingStored: a file that is no PDF, a
// PDF over the page limit and a form with neither file nor address are each
// refused by the field, with what was typed kept, and nothing is stored.
func TestARefusedPDFIsSaidByItsFieldAndNothingStored(t *testing.T) {
	tc := newTestClient(t)
	tc.server.reader.PDFs.Limits.MaxPages = 2
	cases := []struct {
		name, content, field, want string
	}{
		{"notes.pdf", "<html>not a PDF</html>", "file", "This file is not a PDF."},
		{"report.pdf", string(pdftest.Report()), "file", "3 pages; at most 2"},
	}
	for _, c := range cases {
		tc.get("/sources/pdf", nil)
		res, doc := tc.upload("/sources/pdf", c.name, c.content, map[string]string{"kind": "report", "title": "Kept title"})
		wantStatus(t, res, http.StatusUnprocessableEntity)
		if msg := text(doc.Find(`[data-testid="error-` + c.field + `"]`)); !strings.Contains(msg, c.want) {
			t.Errorf("%s: message %q, want %q", c.name, msg, c.want)
		}
		if doc.Find(`input[name="title"]`).AttrOr("value", "") != "Kept title" {
			t.Errorf("%s: the typed title was not kept", c.name)
		}
	}
	tc.get("/sources/pdf", nil)
	res, doc := tc.post("/sources/pdf", map[string][]string{"kind": {"report"}}, false)
	wantStatus(t, res, http.StatusUnprocessableEntity)
	if text(doc.Find(`[data-testid="error-file"]`)) == "" {
		t.Error("neither file nor address: no message by the file")
	}
	if sources := storage.Must(tc.store.ListSources(t.Context(), 5))(t); len(sources) != 0 {
		t.Errorf("a refused PDF stored %d sources", len(sources))
	}
}

// TestAScannedPDFSaysItHasNoText: a PDF whose pages have no text is kept, and
// the reader says plainly that it has no text layer instead of showing an
// empty page.
func TestAScannedPDFSaysItHasNoText(t *testing.T) {
	tc := newTestClient(t)
	tc.get("/sources/pdf", nil)
	res, _ := tc.upload("/sources/pdf", "scan.pdf", string(pdftest.Make([][]pdftest.Line{{}})), map[string]string{"kind": "document", "title": "A scan"})
	wantStatus(t, res, http.StatusSeeOther)
	_, doc := tc.get(res.Header.Get("Location"), nil)
	if msg := text(doc.Find(`[data-testid="pdf-no-text"]`)); !strings.Contains(msg, "no text layer") {
		t.Errorf("no-text notice %q", msg)
	}
}

// TestThePDFsGivenToTheCapturePageGoToThePDFForm: an address ending in .pdf
// opens the PDF form filled in with it, and an uploaded PDF is sent there
// too, instead of being extracted as an article; nothing is stored.
func TestThePDFsGivenToTheCapturePageGoToThePDFForm(t *testing.T) {
	tc := newTestClient(t)
	tc.get("/capture", nil)
	res, _ := tc.post("/capture", map[string][]string{"url": {"https://docs.example/report.PDF"}}, false)
	wantStatus(t, res, http.StatusSeeOther)
	_, doc := tc.get(res.Header.Get("Location"), nil)
	if got := doc.Find(`[data-testid="pdf-form"] input[name="url"]`).AttrOr("value", ""); got != "https://docs.example/report.PDF" {
		t.Errorf("the PDF form's address %q", got)
	}
	res, doc = tc.upload("/capture", "report.pdf", string(pdftest.Report()), nil)
	wantStatus(t, res, http.StatusUnprocessableEntity)
	if doc.Find(`[data-testid="pdf-form"]`).Length() != 1 || text(doc.Find(`[data-testid="error-file"]`)) == "" {
		t.Error("an uploaded PDF is not sent to the PDF form")
	}
	if sources := storage.Must(tc.store.ListSources(t.Context(), 5))(t); len(sources) != 0 {
		t.Errorf("%d sources stored", len(sources))
	}
}

// TestAPDFFetchedByItsAddressIsReadAndItsFetchKept: with no file, the PDF is
// fetched from the address given, read, and kept as the WARC record of its
// fetch; the source's address is the one given.
func TestAPDFFetchedByItsAddressIsReadAndItsFetchKept(t *testing.T) {
	site := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "application/pdf")
		_, _ = w.Write(pdftest.Report())
	}))
	defer site.Close()
	tc := newTestClient(t)
	tc.server.reader.Capturer = capture.NewCapturer(capture.DefaultLimits, capture.Fetcher{AllowPrivate: true, MaxBytes: 1 << 20, Timeout: 10 * time.Second})
	tc.get("/sources/pdf", nil)
	res, _ := tc.post("/sources/pdf", map[string][]string{"kind": {"report"}, "url": {site.URL + "/docs/annual-report.pdf"}}, false)
	wantStatus(t, res, http.StatusSeeOther)
	sources := storage.Must(tc.store.ListSources(t.Context(), 5))(t)
	if len(sources) != 1 || sources[0].Title != "annual-report" || sources[0].URL != site.URL+"/docs/annual-report.pdf" {
		t.Fatalf("sources %+v", sources)
	}
	if got := storage.Must(tc.store.GetSource(t.Context(), sources[0].ID))(t); !strings.Contains(got.Text, "examined every complaint") {
		t.Errorf("text %q", got.Text)
	}
	caps := storage.Must(archive.Of(tc.store).Captures(t.Context(), sources[0].ID))(t)
	if len(caps) != 1 || caps[0].Kind != models.CaptureFetch || caps[0].Status != 200 || caps[0].ContentType != "application/pdf" {
		t.Fatalf("captures %+v", caps)
	}
}
