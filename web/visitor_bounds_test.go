package web

import (
	"bytes"
	"context"
	"encoding/json"
	"io"
	"math/rand/v2"
	"net/http"
	"strings"
	"testing"

	"github.com/factline/factline/models"
	"github.com/factline/factline/models/storage"
	"github.com/factline/factline/web/timelines"
)

// publicLong seeds a public timeline of n entries and returns its path.
func publicLong(t *testing.T, tc *testClient, slug string, n int) string {
	t.Helper()
	ctx := models.AsSystem(context.Background())
	storage.SeedTimeline(t, tc.store, slug, n)
	tl := storage.Must(tc.store.GetTimeline(ctx, slug))(t)
	tl.Visibility = "public"
	storage.Must(0, tc.store.SaveTimeline(ctx, tl))(t)
	return "/timelines/" + slug
}

// getBody answers path as a visitor's browser gets it, whole.
func getBody(t *testing.T, tc *testClient, path string) (*http.Response, string) {
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
	return res, string(b)
}

// TestVisitorCacheKeepsToItsBytes asks, as a visitor, for many addresses of
// small pages and of pages larger than the cache keeps (the time-scaled view
// of 150 entries, HTML and JSON), each under its own query string: the cache
// never holds more than its bytes, keeps none of the large pages, and every
// page still comes whole, with the visitor's own CSRF token.
func TestVisitorCacheKeepsToItsBytes(t *testing.T) {
	tc := newAnonClient(t)
	const limit = 256 << 10
	tc.server.visitorPages = newPageCache(limit)
	path := publicLong(t, tc, "wide", 150)
	claim, _ := publicClaim(t, tc, "a small page")
	_, _ = tc.get(path, nil) // the visitor's token
	largest := 0
	for i := range 40 {
		for _, p := range []string{claim + "?n=" + itoa(int64(i)), path + "?view=scale&n=" + itoa(int64(i)),
			path + "?view=scale&format=json&n=" + itoa(int64(i))} {
			res, body := getBody(t, tc, p)
			wantStatus(t, res, http.StatusOK)
			if strings.Contains(body, tc.server.csrfPlaceholder) || (!strings.Contains(p, "json") && !strings.Contains(body, tc.csrf)) {
				t.Fatalf("%s: the page does not carry the visitor's token", p)
			}
			if !strings.HasSuffix(strings.TrimSpace(body), "</html>") && !strings.HasSuffix(strings.TrimSpace(body), "}") {
				t.Fatalf("%s: the page ends short: %q", p, body[max(0, len(body)-40):])
			}
			largest = max(largest, len(body))
			if got := tc.server.visitorPages.bytes(); got > limit {
				t.Fatalf("after %s the cache holds %d bytes, more than its %d", p, got, limit)
			}
		}
	}
	if largest <= tc.server.visitorPages.largest() {
		t.Fatalf("no page was larger than the cache keeps (%d bytes at most)", largest)
	}
	version := storage.Must(tc.store.DataVersion(t.Context()))(t)
	if _, kept := tc.server.visitorPages.get(version, tc.srv.URL+" "+path+"?view=scale&n=0 false"); kept {
		t.Error("a page larger than the cache keeps was kept")
	}
}

// TestScaleJSONIsAWindow asks for the JSON twin of a 150-entry timeline's
// time-scaled view: it holds a window's entries, and says where the list
// goes on, which holds the rest.
func TestScaleJSONIsAWindow(t *testing.T) {
	tc := newAnonClient(t)
	path := publicLong(t, tc, "wide", 150)
	var first struct {
		Entries []struct {
			Anchor string `json:"anchor"`
		} `json:"entries"`
		Later string `json:"later"`
		Total int    `json:"total"`
	}
	res, body := getBody(t, tc, path+"?view=scale&format=json")
	wantStatus(t, res, http.StatusOK)
	if err := json.Unmarshal([]byte(body), &first); err != nil {
		t.Fatal(err)
	}
	if len(first.Entries) != timelines.WindowSize || first.Total != 150 || first.Later == "" {
		t.Fatalf("%d entries of %d, later %q; want a window of %d and the rest's address", len(first.Entries), first.Total, first.Later, timelines.WindowSize)
	}
	rest := first
	res, body = getBody(t, tc, first.Later+"&format=json")
	wantStatus(t, res, http.StatusOK)
	if err := json.Unmarshal([]byte(body), &rest); err != nil {
		t.Fatal(err)
	}
	lt := storage.Must(tc.store.LoadTimeline(models.AsSystem(t.Context()), "wide"))(t)
	if len(rest.Entries) != 50 || rest.Entries[0].Anchor != string(lt.Items[timelines.WindowSize].Kind)+"-"+itoa(lt.Items[timelines.WindowSize].ItemID) {
		t.Errorf("the rest (%s) has %d entries, starting at %v", first.Later, len(rest.Entries), rest.Entries[:1])
	}
}

// TestVisitorsETagSaysNothingOfWritesElsewhere reads a public claim as a
// visitor, then writes what the page does not show (a claim no visitor may
// read): the page's ETag stays, and the repeat visit answers 304, so that
// nobody outside can time private work by it.
func TestVisitorsETagSaysNothingOfWritesElsewhere(t *testing.T) {
	tc := newAnonClient(t)
	path, _ := publicClaim(t, tc, "what anyone reads")
	res, _ := tc.get(path, nil)
	etag := res.Header.Get("ETag")
	storage.MakeClaim(t, tc.store, nil, "a private draft", "2022-09-09")
	res, _ = tc.get(path, map[string]string{"If-None-Match": etag})
	wantStatus(t, res, http.StatusNotModified)
	if got := res.Header.Get("ETag"); got != etag {
		t.Errorf("ETag %q after a write elsewhere; was %q", got, etag)
	}
}

// TestTokenWriterReplacesAcrossWrites cuts a text holding the placeholder at
// every place into writes: what comes out has the token wherever the
// placeholder was, wherever the cuts fell.
func TestTokenWriterReplacesAcrossWrites(t *testing.T) {
	const old, token = "csrf0123456789", "TOKEN"
	text := "a" + old + "bc" + old + old + "d" + old[:5] + "e" + old
	want := strings.ReplaceAll(text, old, token)
	r := rand.New(rand.NewPCG(1, 2))
	for range 2000 {
		var out bytes.Buffer
		w := &tokenWriter{w: &out, old: []byte(old), new: []byte(token)}
		rest := text
		for rest != "" {
			n := 1 + r.IntN(len(rest))
			if _, err := w.Write([]byte(rest[:n])); err != nil {
				t.Fatal(err)
			}
			rest = rest[n:]
		}
		if err := w.end(); err != nil {
			t.Fatal(err)
		}
		if out.String() != want {
			t.Fatalf("got %q, want %q", out.String(), want)
		}
	}
}
