package capture

import (
	"bytes"
	"strings"
	"testing"
	"time"
	"unicode/utf8"
)

// FuzzExtract measures and extracts any page: no panic, and what comes out
// is valid UTF-8 without control characters (other than the newlines between
// paragraphs), so the review form can save it as a source.
func FuzzExtract(f *testing.F) {
	for _, s := range []string{newsPage, "<p>ab</p>", "<div><div><div>x", "<html><head><title>t\x01</title></head><body><article><p>a\x00b\xff</p></article></body></html>", "<svg><script>x</script></svg>"} {
		f.Add([]byte(s))
	}
	c := NewCapturer(Limits{MaxElements: 2000, MaxDepth: 100, Timeout: time.Minute, MaxAtOnce: 1}, Fetcher{})
	f.Fuzz(func(t *testing.T, page []byte) {
		if c.measure(page) != nil {
			return
		}
		a, err := Extract(bytes.NewReader(page), "https://news.example/a")
		if err != nil {
			return
		}
		for name, v := range map[string]string{"title": a.Title, "author": a.Author, "publisher": a.Publisher, "published": a.Published, "text": a.Text} {
			if !utf8.ValidString(v) {
				t.Fatalf("%s %q is not valid UTF-8", name, v)
			}
			if i := strings.IndexFunc(v, func(r rune) bool { return r < 0x20 && r != '\n' }); i >= 0 {
				t.Fatalf("%s %q has a control character at %d", name, v, i)
			}
		}
	})
}
