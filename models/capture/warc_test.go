package capture

import (
	"bytes"
	"io"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"
	"time"

	"github.com/nlnwa/gowarc/v3"
)

// TestFetchKeepsTheBytesOfEveryExchangeAsWARC fetches a page behind a
// redirect from a server that answers in chunks: the WARC holds a warcinfo
// record, then the redirect's and the page's requests and responses exactly
// as they crossed the wire (the chunked coding and the site's header
// spelling included), each response concurrent to its request, with digests
// that gowarc's strict reading checks.
func TestFetchKeepsTheBytesOfEveryExchangeAsWARC(t *testing.T) {
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if r.URL.Path == "/old" {
			http.Redirect(w, r, "/article", http.StatusMovedPermanently)
			return
		}
		w.Header()["x-odd-CASE"] = []string{"kept"}
		w.Header().Set("Content-Type", "text/html; charset=utf-8")
		_, _ = io.WriteString(w, newsPage[:100])
		w.(http.Flusher).Flush() // the rest goes chunked
		_, _ = io.WriteString(w, newsPage[100:])
	}))
	defer srv.Close()
	f := Fetcher{AllowPrivate: true, MaxBytes: 1 << 20, Timeout: 5 * time.Second}
	got, err := f.Fetch(t.Context(), srv.URL+"/old")
	if err != nil {
		t.Fatal(err)
	}
	if got.RequestedURL != srv.URL+"/old" || got.FinalURL != srv.URL+"/article" || got.Status != 200 || len(got.Exchanges) != 2 {
		t.Fatalf("fetched %s → %s (%d), %d exchanges", got.RequestedURL, got.FinalURL, got.Status, len(got.Exchanges))
	}
	page := got.Exchanges[1].Response
	if !bytes.HasPrefix(page, []byte("HTTP/1.1 200 OK\r\n")) || !bytes.Contains(page, []byte("Transfer-Encoding: chunked")) ||
		!bytes.Contains(page, []byte("x-odd-CASE: kept")) || string(got.Body) != newsPage {
		t.Fatalf("the page's response as kept:\n%.400s", page)
	}
	w, err := WARC(got, "factline test")
	if err != nil {
		t.Fatal(err)
	}
	r, err := gowarc.NewWarcFileReaderFromStream(bytes.NewReader(w), 0, gowarc.WithStrictValidation())
	if err != nil {
		t.Fatal(err)
	}
	var kinds []string
	ids := map[string]string{}
	for rec, err := range r.Records() {
		if err != nil {
			t.Fatalf("record %d: %v", len(kinds), err)
		}
		if len(rec.Validation) > 0 {
			t.Errorf("record %d: %v", len(kinds), rec.Validation)
		}
		h := rec.WarcRecord.WarcHeader()
		kinds = append(kinds, rec.WarcRecord.Type().String()+" "+h.Get(gowarc.WarcTargetURI))
		ids[rec.WarcRecord.RecordId()] = rec.WarcRecord.Type().String()
		if rec.WarcRecord.Type() == gowarc.Response {
			if ids[h.GetId(gowarc.WarcConcurrentTo)] != "request" {
				t.Errorf("a response is concurrent to %q", h.Get(gowarc.WarcConcurrentTo))
			}
			if h.Get(gowarc.WarcIPAddress) != "127.0.0.1" {
				t.Errorf("WARC-IP-Address %q", h.Get(gowarc.WarcIPAddress))
			}
			if h.Get(gowarc.WarcPayloadDigest) == "" || !strings.HasPrefix(h.Get(gowarc.WarcBlockDigest), "sha256:") {
				t.Errorf("digests %q %q", h.Get(gowarc.WarcPayloadDigest), h.Get(gowarc.WarcBlockDigest))
			}
		}
		rec.Close()
	}
	want := []string{"warcinfo ", "request " + srv.URL + "/old", "response " + srv.URL + "/old",
		"request " + srv.URL + "/article", "response " + srv.URL + "/article"}
	if strings.Join(kinds, "\n") != strings.Join(want, "\n") {
		t.Errorf("records:\n%s\nwant:\n%s", strings.Join(kinds, "\n"), strings.Join(want, "\n"))
	}
}

// TestLastResponseReadsThePageBackFromTheWARC writes a fetch through a
// redirect and a chunked answer as WARC and reads the page back from it:
// the last response's payload, unchunked, with the site's content type.
func TestLastResponseReadsThePageBackFromTheWARC(t *testing.T) {
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if r.URL.Path == "/old" {
			http.Redirect(w, r, "/article", http.StatusFound)
			return
		}
		w.Header().Set("Content-Type", "text/html; charset=windows-1252")
		_, _ = io.WriteString(w, newsPage[:100])
		w.(http.Flusher).Flush()
		_, _ = io.WriteString(w, newsPage[100:])
	}))
	defer srv.Close()
	got, err := Fetcher{AllowPrivate: true, MaxBytes: 1 << 20, Timeout: 5 * time.Second}.Fetch(t.Context(), srv.URL+"/old")
	if err != nil {
		t.Fatal(err)
	}
	w, err := WARC(got, "factline test")
	if err != nil {
		t.Fatal(err)
	}
	p, err := LastResponse(w)
	if err != nil {
		t.Fatal(err)
	}
	if p.URL != srv.URL+"/article" || p.Status != 200 || p.ContentType != "text/html; charset=windows-1252" || string(p.Body) != newsPage {
		t.Errorf("read back %s %d %q, %d bytes (%.60q)", p.URL, p.Status, p.ContentType, len(p.Body), p.Body)
	}
	if _, err := LastResponse([]byte("not a WARC file")); err == nil {
		t.Error("bytes that are no WARC file read as a page")
	}
}
