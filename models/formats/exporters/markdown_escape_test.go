package exporters_test

import (
	"bytes"
	"math/rand/v2"
	"strings"
	"testing"

	"github.com/PuerkitoBio/goquery"
	"github.com/yuin/goldmark"

	"github.com/factline/factline/models/formats/exporters"
)

// renderedText is the text a CommonMark renderer shows for a Markdown document.
func renderedText(t *testing.T, md string) string {
	t.Helper()
	var html bytes.Buffer
	if err := goldmark.New().Convert([]byte(md), &html); err != nil {
		t.Fatal(err)
	}
	doc, err := goquery.NewDocumentFromReader(&html)
	if err != nil {
		t.Fatal(err)
	}
	return doc.Text()
}

// TestMarkdownEscapeRoundTrips renders escaped text in every place the export
// puts it (a paragraph, a heading, a list item, after other text) through
// goldmark: what a reader sees is what was typed, and no markup appears.
func TestMarkdownEscapeRoundTrips(t *testing.T) {
	samples := []string{
		"human-rights defenders (pasted) say: it's 100% true!", "*bold* and _it_ and __both__", "snake_case_name",
		"a [link](http://evil.example) and ![img](x.png)", "<script>alert(1)</script>", "&amp; &#39; &#x27; & AT&T",
		"# not a heading", "> not a quote", "- not a list", "+ plus", "1. not a list", "2) no", "---", "===",
		"`code` and ``more``", `back\slash \* and \`, "ends with a hash #", "foo_", "_bar", "**", "~~strike~~",
		"  12. indented", "<http://autolink.example>", "[^1] not a footnote", "x\ny", "Ωmega_α_", "a_b_c",
	}
	r := rand.New(rand.NewPCG(1, 2))
	const alphabet = "ab _*-#>+=.)(1&;#x[]!<`\\~|"
	for range 3000 {
		var b strings.Builder
		for range 1 + r.IntN(12) {
			b.WriteByte(alphabet[r.IntN(len(alphabet))])
		}
		samples = append(samples, b.String())
	}
	for _, s := range samples {
		want := strings.Join(strings.Fields(strings.NewReplacer("\n", " ").Replace(s)), " ")
		if want == "" {
			continue
		}
		for _, place := range []string{"%s", "# %s", "- %s", "Speaker: %s", "*%s*"} {
			in := s
			if place == "*%s*" { // the export trims what it sets in italics
				in = strings.TrimSpace(s)
			}
			md := strings.Replace(place, "%s", exporters.MdEscape(in), 1)
			got := strings.Join(strings.Fields(renderedText(t, md)), " ")
			if place == "Speaker: %s" {
				got = strings.TrimPrefix(got, "Speaker: ")
			}
			if got != want {
				t.Errorf("%q in %q: escaped %q reads %q", s, place, exporters.MdEscape(s), got)
			}
		}
	}
}

// TestMarkdownEscapeKeepsPlainTextPlain: punctuation that cannot start markup
// where it stands is left alone.
func TestMarkdownEscapeKeepsPlainTextPlain(t *testing.T) {
	for _, s := range []string{"human-rights", "(pasted)", "Türk's term.", "1,000 people!", "snake_case", "Q&A", "a + b = c"} {
		if got := exporters.MdEscape(s); got != s {
			t.Errorf("exporters.MdEscape(%q) = %q, want it unchanged", s, got)
		}
	}
}
