package web

import (
	"bytes"
	"io"
	"mime/multipart"
	"net/http"
	"strings"
	"testing"

	"github.com/factline/factline/models/storage"
)

// TestChunkedMultipartPastTheLimitIs413 sends a multipart form without a
// Content-Length (chunked), larger than the 1 MiB a form may be, with its
// CSRF token first: the answer is 413 with the form limit's message, not a
// 403 about the token the server could not read.
func TestChunkedMultipartPastTheLimitIs413(t *testing.T) {
	tc := newTestClient(t)
	tc.get("/claims/new", nil)
	var buf bytes.Buffer
	mw := multipart.NewWriter(&buf)
	_ = mw.WriteField("_csrf", tc.csrf)
	_ = mw.WriteField("text", strings.Repeat("a", 2<<20))
	_ = mw.Close()
	req, _ := http.NewRequest(http.MethodPost, tc.srv.URL+"/claims", io.MultiReader(&buf)) // no length: chunked
	req.Header.Set("Content-Type", mw.FormDataContentType())
	res, doc := tc.do(req)
	if res.TransferEncoding == nil && req.ContentLength > 0 {
		t.Fatal("the request was not chunked")
	}
	wantStatus(t, res, http.StatusRequestEntityTooLarge)
	if !strings.Contains(text(doc.Find("main")), "larger than 1 MiB") {
		t.Errorf("message %q", text(doc.Find("main")))
	}
	if claims := storage.Must(tc.store.ListClaims(t.Context(), 10))(t); len(claims) != 0 {
		t.Errorf("%d claims stored", len(claims))
	}
}

// TestAPISourceTooLargeNamesItsLimit sends a source over the API's source
// limit: the 413 names 4 MiB of text, not the 1 MiB of other bodies.
func TestAPISourceTooLargeNamesItsLimit(t *testing.T) {
	tc := newTestClient(t)
	token := tc.makeToken("big")
	big := `{"kind": "article", "title": "big", "text": "` + strings.Repeat("a", 6<<20) + `"}`
	a := tc.api(token, http.MethodPost, "/api/v1/sources", big)
	wantAPI(t, a, http.StatusRequestEntityTooLarge, "too_large")
	if msg := a.errorField("message"); !strings.Contains(msg, "4 MiB") || strings.Contains(msg, "1 MiB") {
		t.Errorf("message %q", msg)
	}
	small := `{"text": "` + strings.Repeat("a", 2<<20) + `"}`
	a = tc.api(token, http.MethodPost, "/api/v1/claims", small)
	wantAPI(t, a, http.StatusRequestEntityTooLarge, "too_large")
	if msg := a.errorField("message"); !strings.Contains(msg, "1 MiB") {
		t.Errorf("claim message %q", msg)
	}
}
