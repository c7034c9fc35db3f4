// Package capture turns a web page into a source's fields: the readable article
// text and its title, author, publisher and publication date, extracted with
// go-trafilatura (from <meta>, Open Graph, JSON-LD and <time>), and fetches a
// page from the web without letting a URL reach into the private network.
package capture

import (
	"errors"
	"fmt"
	"io"
	"net/url"
	"strings"

	"github.com/markusmobius/go-trafilatura"
	"golang.org/x/net/html"
)

// Article is what a page says about itself, for the researcher to review
// before it becomes a source. Text is plain text, paragraphs separated by a
// blank line; no markup, script or frame of the page is kept.
type Article struct {
	URL       string
	Title     string
	Author    string
	Publisher string
	Published string // a day as EDTF (2022-09-10), or "" when the page gives none
	Text      string
}

// ErrNoArticle is returned when a page has no readable text.
var ErrNoArticle = errors.New("no readable article text was found in this page")

// Extract reads an HTML page; pageURL, when known, helps to find the metadata.
func Extract(r io.Reader, pageURL string) (Article, error) {
	opts := trafilatura.Options{EnableFallback: true, ExcludeComments: true}
	if u, err := url.Parse(pageURL); err == nil && u.Host != "" {
		opts.OriginalURL = u
	}
	res, err := trafilatura.Extract(r, opts)
	if err != nil {
		return Article{}, fmt.Errorf("%w (%v)", ErrNoArticle, err)
	}
	if strings.TrimSpace(res.ContentText) == "" || res.ContentNode == nil {
		return Article{}, ErrNoArticle
	}
	a := Article{URL: pageURL, Title: clean(res.Metadata.Title), Author: clean(res.Metadata.Author),
		Publisher: clean(res.Metadata.Sitename), Text: paragraphs(res.ContentNode)}
	if a.URL == "" {
		a.URL = res.Metadata.URL
	}
	if !res.Metadata.Date.IsZero() {
		a.Published = res.Metadata.Date.Format("2006-01-02")
	}
	return a, nil
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
