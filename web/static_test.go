package web

import (
	"io"
	"net/http"
	"regexp"
	"testing"

	"github.com/PuerkitoBio/goquery"
)

// TestStaticFilesAreFingerprinted: pages name stylesheets and scripts by a
// hash of their content, served as immutable; the plain names are
// revalidated, so that no browser keeps an old script after an upgrade.
func TestStaticFilesAreFingerprinted(t *testing.T) {
	tc := newAnonClient(t)
	_, doc := tc.get("/login", nil)
	fingerprinted := regexp.MustCompile(`^/static/[a-z/.]+\.[0-9a-f]{10}\.(css|js)$`)
	fingerprint := regexp.MustCompile(`\.[0-9a-f]{10}\.`)
	var addrs []string
	doc.Find(`link[rel="stylesheet"]`).Each(func(_ int, s *goquery.Selection) { addrs = append(addrs, s.AttrOr("href", "")) })
	doc.Find(`script[src]`).Each(func(_ int, s *goquery.Selection) { addrs = append(addrs, s.AttrOr("src", "")) })
	if len(addrs) < 6 {
		t.Fatalf("the page names %d static files: %v", len(addrs), addrs)
	}
	for _, addr := range addrs {
		if !fingerprinted.MatchString(addr) {
			t.Errorf("%s is not a fingerprinted address", addr)
			continue
		}
		body, cache := fetch(t, tc, addr)
		plain := fingerprint.ReplaceAllString(addr, ".")
		plainBody, plainCache := fetch(t, tc, plain)
		if cache != "public, max-age=31536000, immutable" || plainCache != "no-cache" || body != plainBody || body == "" {
			t.Errorf("%s: cached %q, %s cached %q, same content %v", addr, cache, plain, plainCache, body == plainBody)
		}
	}
	if res, _ := tc.get("/static/base.0000000000.css", nil); res.StatusCode != http.StatusNotFound {
		t.Errorf("a stale fingerprint answers %d", res.StatusCode)
	}
}

func fetch(t *testing.T, tc *testClient, path string) (body, cacheControl string) {
	t.Helper()
	res, err := tc.http.Get(tc.srv.URL + path)
	if err != nil {
		t.Fatal(err)
	}
	defer res.Body.Close()
	b, err := io.ReadAll(res.Body)
	if err != nil {
		t.Fatal(err)
	}
	wantStatus(t, res, http.StatusOK)
	return string(b), res.Header.Get("Cache-Control")
}
