package archive_test

import (
	"context"
	"errors"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"
	"time"

	"github.com/factline/factline/models"
	"github.com/factline/factline/models/archive"
	"github.com/factline/factline/models/capture"
	"github.com/factline/factline/models/storage"
)

// noisyPage is a page that would run, load and go elsewhere by itself in
// every way HTML allows, around the words a reader came for.
const noisyPage = `<!DOCTYPE html><html><head>
<meta http-equiv="refresh" content="0; url=https://live.example/elsewhere">
<meta charset="windows-1252">
<base href="https://cdn.example/">
<link rel="stylesheet" href="/site.css"><link rel="dns-prefetch" href="//tracker.example"><link rel="preload" href="/font.woff2">
<script src="/app.js"></script><script>document.title = "ran"</script>
<style>p.lead { font-weight: bold }</style>
<title>Caf` + "\xe9" + ` talk</title></head>
<body onload="alert(1)">
<p class="lead" onclick="steal()">Ambassador Chen Xu spoke of groundless blame.</p>
<a href="/next" ping="https://tracker.example/p">Next</a> <a href="java	script:alert(1)">x</a>
<img src="/photo.jpg" srcset="/photo-2x.jpg 2x" alt="the ambassador">
<iframe src="https://ads.example/"></iframe><object data="/x.swf"></object><embed src="/y.swf">
<form action="https://live.example/comment"><button formaction="https://evil.example/">Send</button></form>
</body></html>`

// TestArchivedCopyLeavesOutWhatRunsOrLoads makes the archived copy of a page
// full of scripts, refreshes, frames, resource links and handlers: the words,
// inline style and image (whose address the copy's policy blocks) are kept,
// every script, frame, link, refresh, handler, ping and javascript: address
// goes, and the copy's <base> names where it was captured.
func TestArchivedCopyLeavesOutWhatRunsOrLoads(t *testing.T) {
	out, err := archive.ArchivedCopy(strings.NewReader(noisyPage), "https://live.example/news/story")
	if err != nil {
		t.Fatal(err)
	}
	got := string(out)
	for _, kept := range []string{"Ambassador Chen Xu spoke of groundless blame.", `<style>p.lead { font-weight: bold }</style>`,
		`<img src="/photo.jpg" srcset="/photo-2x.jpg 2x" alt="the ambassador"/>`, `<a href="/next">Next</a>`,
		`<head><meta charset="utf-8"/><base target="_blank" href="https://live.example/news/story"/>`} {
		if !strings.Contains(got, kept) {
			t.Errorf("the copy lost %s", kept)
		}
	}
	for _, gone := range []string{"<script", "refresh", "windows-1252", "cdn.example", "<link", "onload", "onclick",
		"ping=", "javascript", "<iframe", "<object", "<embed", "formaction", "ran"} {
		if strings.Contains(strings.ToLower(got), strings.ToLower(gone)) {
			t.Errorf("the copy keeps %s:\n%s", gone, got)
		}
	}
}

// TestPageIsReadFromTheKeptBytes opens a fetched capture's archived copy
// after the site has gone: it comes from the WARC kept (the page reached
// after the redirect, its charset decoded), and a PDF capture is not a page.
func TestPageIsReadFromTheKeptBytes(t *testing.T) {
	ctx := models.AsSystem(context.Background())
	s := storage.NewTestStore(t, nil)
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if r.URL.Path == "/short" {
			http.Redirect(w, r, "/article", http.StatusFound)
			return
		}
		w.Header().Set("Content-Type", "text/html; charset=windows-1252")
		_, _ = w.Write([]byte(noisyPage))
	}))
	f, err := capture.Fetcher{AllowPrivate: true, MaxBytes: 1 << 20, Timeout: 5 * time.Second}.Fetch(t.Context(), srv.URL+"/short")
	if err != nil {
		t.Fatal(err)
	}
	srv.Close()
	c, warc, err := archive.FromFetch(f, "groundless blame", 0)
	if err != nil {
		t.Fatal(err)
	}
	a := archive.Of(s)
	if err := a.Keep(ctx, &c, warc); err != nil {
		t.Fatal(err)
	}
	got, err := a.Page(ctx, &c)
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(string(got), "<title>Café talk</title>") || !strings.Contains(string(got), `href="`+srv.URL+`/article"`) ||
		strings.Contains(string(got), "<script") {
		t.Errorf("the archived copy:\n%s", got)
	}

	pdf := archive.FromUpload("report.pdf", "application/pdf", []byte("%PDF-1.7"), "", 0)
	if err := a.Keep(ctx, &pdf, []byte("%PDF-1.7")); err != nil {
		t.Fatal(err)
	}
	if _, err := a.Page(ctx, &pdf); !errors.Is(err, archive.ErrNotAPage) {
		t.Errorf("a PDF's archived copy: %v, want ErrNotAPage", err)
	}
	txt := archive.FromUpload("notes.txt", "text/plain", []byte("a <b>bold</b> claim"), "", 0)
	if err := a.Keep(ctx, &txt, []byte("a <b>bold</b> claim")); err != nil {
		t.Fatal(err)
	}
	if got, err := a.Page(ctx, &txt); err != nil || !strings.Contains(string(got), "a &lt;b&gt;bold&lt;/b&gt; claim") {
		t.Errorf("a text file's archived copy: %s, %v", got, err)
	}
}
