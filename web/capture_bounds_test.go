package web

import (
	"bytes"
	"mime/multipart"
	"net/http"
	"net/url"
	"strings"
	"testing"
	"time"

	"github.com/factline/factline/models/capture"
)

// TestCaptureRefusesPagesTooLargeToExtract pastes a page of 200,000
// paragraphs and one nested 20,000 deep: both are refused with a message
// naming the limit that stopped the extraction (elements or depth), which is
// what keeps them from tying up the server; how long that takes is measured
// by the capture benchmarks, not asserted here.
func TestCaptureRefusesPagesTooLargeToExtract(t *testing.T) {
	tc := newTestClient(t)
	for name, c := range map[string]struct{ page, want string }{
		"many elements": {"<html><body><article>" + strings.Repeat("<p>ab</p>", 200_000) + "</article></body></html>", "elements"},
		"deep nesting":  {"<html><body>" + strings.Repeat("<div>", 20_000) + "<p>deep text here</p></body></html>", "deep"},
	} {
		tc.get("/capture", nil)
		res, doc := tc.post("/capture", url.Values{"html": {c.page}}, false)
		wantStatus(t, res, http.StatusUnprocessableEntity)
		if msg := text(doc.Find(`[data-testid="error-html"]`)); !strings.Contains(msg, c.want) {
			t.Errorf("%s: message %q, want one about %s", name, msg, c.want)
		}
	}
}

// TestCaptureWhenBusyIs503 gives the server no free capture turn: a capture
// is refused with 503, Retry-After and a message to try again.
func TestCaptureWhenBusyIs503(t *testing.T) {
	tc := newTestClient(t)
	tc.server.reader.Capturer = capture.NewCapturer(capture.Limits{MaxElements: 1000, MaxDepth: 100, Timeout: time.Second, MaxAtOnce: 0, Wait: 10 * time.Millisecond}, capture.Fetcher{})
	tc.get("/capture", nil)
	res, doc := tc.post("/capture", url.Values{"html": {capturedPage}}, false)
	wantStatus(t, res, http.StatusServiceUnavailable)
	if res.Header.Get("Retry-After") == "" || !strings.Contains(text(doc.Find(`[data-testid="error-page"]`)), "Try again in a minute") {
		t.Errorf("busy: Retry-After %q, message %q", res.Header.Get("Retry-After"), text(doc.Find(`[data-testid="error-page"]`)))
	}
}

// TestCaptureUploadOverTenMiBSaysSo uploads an 11 MiB page: the refusal's
// message is shown above the form.
func TestCaptureUploadOverTenMiBSaysSo(t *testing.T) {
	tc := newTestClient(t)
	tc.get("/capture", nil)
	var buf bytes.Buffer
	mw := multipart.NewWriter(&buf)
	_ = mw.WriteField("_csrf", tc.csrf)
	fw, _ := mw.CreateFormFile("file", "big.html")
	_, _ = fw.Write([]byte("<p>" + strings.Repeat("a", 11<<20) + "</p>"))
	_ = mw.Close()
	req, _ := http.NewRequest(http.MethodPost, tc.srv.URL+"/capture", &buf)
	req.Header.Set("Content-Type", mw.FormDataContentType())
	res, doc := tc.do(req)
	wantStatus(t, res, http.StatusUnprocessableEntity)
	if msg := text(doc.Find(`[data-testid="error-page"]`)); !strings.Contains(msg, "larger than 10 MiB") {
		t.Errorf("message %q", msg)
	}
}
