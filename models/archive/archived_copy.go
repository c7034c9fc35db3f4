package archive

import (
	"bytes"
	"fmt"
	"io"
	"strings"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// ArchivedCopy is a captured HTML page made fit to open inside factline:
// what could run or reach another address by itself is taken out — scripts,
// frames, objects, links to other resources (stylesheets, preloads, DNS
// prefetches), refreshes and other http-equiv instructions, event handler
// and ping attributes, javascript: addresses — and a <base> names the
// address it was captured from, so that relative links lead there when a
// reader follows one (in a new tab). What is left is the page's markup,
// text and inline styles. The Content-Security-Policy the page is served
// under (web/reader) forbids the same again, so that neither alone is
// trusted: this makes the copy quiet, the policy makes it safe.
func ArchivedCopy(page io.Reader, base string) ([]byte, error) {
	doc, err := html.Parse(page)
	if err != nil {
		return nil, fmt.Errorf("archive: read the captured page: %w", err)
	}
	quiet(doc)
	head := find(doc, atom.Head)
	if head == nil { // html.Parse always makes one; kept for a parser that would not
		return nil, fmt.Errorf("archive: the captured page has no head")
	}
	b := &html.Node{Type: html.ElementNode, Data: "base", DataAtom: atom.Base,
		Attr: []html.Attribute{{Key: "target", Val: "_blank"}}}
	if base != "" {
		b.Attr = append(b.Attr, html.Attribute{Key: "href", Val: base})
	}
	head.InsertBefore(b, head.FirstChild)
	head.InsertBefore(&html.Node{Type: html.ElementNode, Data: "meta", DataAtom: atom.Meta,
		Attr: []html.Attribute{{Key: "charset", Val: "utf-8"}}}, b)
	var out bytes.Buffer
	if err := html.Render(&out, doc); err != nil {
		return nil, fmt.Errorf("archive: write the archived copy: %w", err)
	}
	return out.Bytes(), nil
}

// removed are the elements an archived copy leaves out: they run code, load
// other documents or resources by themselves, or redirect the base.
var removed = map[atom.Atom]bool{atom.Script: true, atom.Iframe: true, atom.Frame: true, atom.Frameset: true,
	atom.Object: true, atom.Embed: true, atom.Applet: true, atom.Link: true, atom.Base: true}

// quiet removes what ArchivedCopy leaves out from n's subtree.
func quiet(n *html.Node) {
	for c := n.FirstChild; c != nil; {
		next := c.NextSibling
		if c.Type == html.ElementNode && (removed[c.DataAtom] || c.Data == "portal" || isHTTPEquiv(c)) {
			n.RemoveChild(c)
		} else {
			if c.Type == html.ElementNode {
				c.Attr = quietAttrs(c.Attr)
			}
			quiet(c)
		}
		c = next
	}
}

// isHTTPEquiv reports a <meta> that instructs the browser (a refresh, a
// cookie, a charset the copy no longer has) or one that names its charset.
func isHTTPEquiv(n *html.Node) bool {
	if n.DataAtom != atom.Meta {
		return false
	}
	for _, a := range n.Attr {
		if k := strings.ToLower(a.Key); k == "http-equiv" || k == "charset" {
			return true
		}
	}
	return false
}

// quietAttrs drops event handlers, pings and javascript: addresses.
func quietAttrs(attrs []html.Attribute) []html.Attribute {
	out := attrs[:0]
	for _, a := range attrs {
		k := strings.ToLower(a.Key)
		if strings.HasPrefix(k, "on") || k == "ping" || k == "formaction" ||
			(urlAttr[k] && isScriptURL(a.Val)) {
			continue
		}
		out = append(out, a)
	}
	return out
}

// isScriptURL reports a javascript: address as a browser reads it: with the
// tabs, newlines and spaces it ignores taken out.
func isScriptURL(v string) bool {
	v = strings.Map(func(r rune) rune {
		if r <= ' ' {
			return -1
		}
		return r
	}, v)
	return strings.HasPrefix(strings.ToLower(v), "javascript:")
}

var urlAttr = map[string]bool{"href": true, "src": true, "action": true, "data": true, "xlink:href": true}

func find(n *html.Node, a atom.Atom) *html.Node {
	if n.Type == html.ElementNode && n.DataAtom == a {
		return n
	}
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		if f := find(c, a); f != nil {
			return f
		}
	}
	return nil
}
