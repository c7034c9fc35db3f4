// Package capture turns a web page into a source's fields: the readable article
// text and its title, author, publisher and publication date, extracted with
// go-readability (Mozilla's Readability, with metadata from <meta>, Open Graph
// and JSON-LD), and fetches a
// page from the web without letting a URL reach into the private network.
package capture

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"net/url"
	"strings"

	"codeberg.org/readeck/go-readability/v2"
	"golang.org/x/net/html"
)

// Article is what a page says about itself, for the researcher to review
// before it becomes a source. Text is plain text, paragraphs separated by a
// blank line; no markup, script or frame of the page is kept.
type Article struct {
	URL       string
	Canonical string // the page's own address for itself (<link rel="canonical">), or ""
	Title     string
	Author    string
	Publisher string
	Published string // a day as EDTF (2022-09-10), or "" when the page gives none
	Text      string
	Fetched   *Fetched // what was fetched, when the page was fetched by its address
}

// ErrNoArticle is returned when a page has no readable text.
var ErrNoArticle = errors.New("no readable article text was found in this page")

// Extract reads an HTML page; pageURL, when known, helps to find the metadata.
// go-readability replaced go-trafilatura, whose date parser's package
// initialisation cost every start of factline about 200 ms and 78 MB.
func Extract(r io.Reader, pageURL string) (Article, error) {
	page, err := io.ReadAll(r)
	if err != nil {
		return Article{}, fmt.Errorf("capture: read page: %w", err)
	}
	u, err := url.Parse(pageURL)
	if err != nil || u.Host == "" {
		u = nil
	}
	res, err := readability.FromReader(bytes.NewReader(page), u)
	if err != nil {
		return Article{}, fmt.Errorf("%w (%v)", ErrNoArticle, err)
	}
	a := Article{URL: pageURL, Canonical: canonicalLink(page, pageURL), Author: clean(res.Byline()), Publisher: clean(res.SiteName()), Text: paragraphs(res.Node)}
	a.Title = withoutSiteName(clean(res.Title()), a.Publisher)
	if a.Text == "" {
		return Article{}, ErrNoArticle
	}
	if t, err := res.PublishedTime(); err == nil && !t.IsZero() {
		a.Published = t.Format("2006-01-02")
	}
	return a, nil
}

// withoutSiteName drops the site's name that a page's <title> often ends
// with ("Rights office report | Example News"): it is the publisher, not part
// of the title.
func withoutSiteName(title, site string) string {
	if site == "" {
		return title
	}
	for _, sep := range []string{" | ", " - ", " – ", " — ", " · ", " :: "} {
		if i := strings.LastIndex(title, sep); i > 0 && strings.EqualFold(title[i+len(sep):], site) {
			return title[:i]
		}
	}
	return title
}

// paragraphs is the text of the extracted content, one block (paragraph,
// heading, list item, quotation) a paragraph, paragraphs separated by a blank
// line so that the reader shows them as such. Only text nodes are read.
func paragraphs(root *html.Node) string {
	var out []string
	var walk func(n *html.Node)
	walk = func(n *html.Node) {
		if n.Type == html.ElementNode && blocks[n.Data] {
			if t := clean(textOf(n)); t != "" {
				out = append(out, t)
			}
			return
		}
		if n.Type == html.TextNode {
			if t := clean(n.Data); t != "" {
				out = append(out, t)
			}
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c)
		}
	}
	if root != nil {
		walk(root)
	}
	return strings.Join(out, "\n\n")
}

var blocks = map[string]bool{"p": true, "h1": true, "h2": true, "h3": true, "h4": true, "h5": true, "h6": true,
	"li": true, "blockquote": true, "pre": true, "figcaption": true, "td": true, "th": true, "dd": true, "dt": true}

func textOf(n *html.Node) string {
	var b strings.Builder
	var walk func(n *html.Node)
	walk = func(n *html.Node) {
		if n.Type == html.TextNode {
			b.WriteString(n.Data)
		}
		if n.Type == html.ElementNode && (n.Data == "script" || n.Data == "style") {
			return
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c)
		}
	}
	walk(n)
	return b.String()
}

// clean folds a text's white space to single spaces and drops control
// characters and invalid UTF-8, which a source's fields may not hold.
func clean(s string) string {
	s = strings.Map(func(r rune) rune {
		if r < 0x20 || r == 0x7f {
			return ' '
		}
		return r
	}, strings.ToValidUTF8(s, ""))
	return strings.Join(strings.Fields(s), " ")
}
