package web

import (
	"net/http"
	"net/url"
	"strings"
	"testing"

	"github.com/factline/factline/models/storage"
)

const capturedPage = `<html><head><title>Rights office report | Example News</title>
<meta property="og:site_name" content="Example News"><meta name="author" content="Jamey Keaten">
<meta property="article:published_time" content="2022-09-10T13:23:00+12:00"></head><body>
<article><h1>Rights office report</h1>
<p>Chen Xu told the ACANU press association that the assessment offered up groundless blame of China's policies.</p>
<script>alert("captured")</script><iframe src="https://evil.example/"></iframe>
<p>China has repeatedly called the assessment a fabrication cooked up by Western nations and refused to co-operate.</p>
<p>On Thursday the General Assembly approved Volker Türk as the next High Commissioner for Human Rights.</p>
</article></body></html>`

func TestCapturePastedHTMLIsReviewedAsTextOnly(t *testing.T) {
	tc := newTestClient(t)
	tc.get("/capture", nil)
	res, doc := tc.post("/capture", url.Values{"url": {"https://news.example/report"}, "html": {capturedPage}}, false)
	wantStatus(t, res, http.StatusOK)
	form := doc.Find(`[data-testid="source-form"]`)
	for field, want := range map[string]string{"title": "Rights office report", "publisher": "Example News",
		"author": "Jamey Keaten", "published": "2022-09-10", "url": "https://news.example/report"} {
		if got := form.Find(`input[name="`+field+`"]`).AttrOr("value", ""); got != want {
			t.Errorf("%s %q, want %q", field, got, want)
		}
	}
	body := form.Find(`textarea[name="text"]`).Text()
	if !strings.Contains(body, "groundless blame") || strings.Contains(body, "alert") || strings.Contains(body, "evil.example") {
		t.Errorf("text %q", body)
	}
	if doc.Find("main script, main iframe").Length() != 0 {
		t.Error("the page's script or frame reached factline's page")
	}
	if sources := storage.Must(tc.store.ListSources(t.Context(), 5))(t); len(sources) != 0 {
		t.Error("a capture stored a source before review")
	}
}

func TestCaptureRefusesNonWebAndPrivateAddresses(t *testing.T) {
	tc := newTestClient(t)
	for addr, want := range map[string]string{"file:///etc/passwd": "Only http:// and https://", "http://127.0.0.1/": "private, loopback"} {
		tc.get("/capture", nil)
		res, doc := tc.post("/capture", url.Values{"url": {addr}}, false)
		wantStatus(t, res, http.StatusUnprocessableEntity)
		if msg := text(doc.Find(`[data-testid="error-url"]`)); !strings.Contains(msg, want) {
			t.Errorf("%s: message %q", addr, msg)
		}
	}
}

func TestTwentyMegabytePasteIsRefusedAndNothingStored(t *testing.T) {
	tc := newTestClient(t)
	tc.get("/sources/new", nil)
	res, _ := tc.post("/sources", url.Values{"kind": {"article"}, "title": {"Huge"}, "text": {strings.Repeat("word ", 4<<20)}}, false)
	wantStatus(t, res, http.StatusRequestEntityTooLarge)
	if sources := storage.Must(tc.store.ListSources(t.Context(), 5))(t); len(sources) != 0 {
		t.Error("a 20 MB paste stored a source")
	}
}

func TestBookmarkletOpensTheCaptureFormFilledIn(t *testing.T) {
	tc := newTestClient(t)
	q := url.Values{"url": {"https://news.example/report"}, "title": {"Rights office report"}, "selection": {"groundless blame"}}
	res, doc := tc.get("/capture?"+q.Encode(), nil)
	wantStatus(t, res, http.StatusOK)
	if href := doc.Find(`[data-testid="bookmarklet"]`).AttrOr("href", ""); !strings.HasPrefix(href, "javascript:") || !strings.Contains(href, tc.srv.URL+"/capture?url=") {
		t.Errorf("bookmarklet %q", href)
	}
	form := doc.Find(`[data-testid="source-form"]`)
	if form.Find(`input[name="title"]`).AttrOr("value", "") != "Rights office report" || !strings.Contains(form.Find("textarea[name=text]").Text(), "groundless blame") {
		t.Error("the review form is not filled with what the bookmarklet sent")
	}
}
