package timelines

import (
	"bytes"
	"errors"
	"io"
	"net/url"

	"golang.org/x/net/html"
)

// embedFrameAncestors is who may frame an embed: any site (*), and a page
// opened from a file (file:), which * leaves out. An embed draws public
// material, or a share link's, and changes nothing, so no frame can trick a
// click out of it; data: and blob: documents are left out all the same.
const embedFrameAncestors = "frame-ancestors * file:"

// linksOutOfEmbed makes every link of an embed's page that leaves it open in a
// new tab (target=_blank rel=noopener): the pages it links to (a claim, a
// source, the timeline itself) refuse to be framed (frame-ancestors 'none'),
// so followed inside the frame they would show "refused to connect". Links
// within the page (#anchor) and to the embed itself (its filters, views and
// windows, at path) stay in the frame. Only <a> start tags are rewritten; the
// rest of the page is copied as written.
func linksOutOfEmbed(page []byte, path string) ([]byte, error) {
	var out bytes.Buffer
	out.Grow(len(page) + len(page)/16)
	z := html.NewTokenizer(bytes.NewReader(page))
	for {
		tt := z.Next()
		if tt == html.ErrorToken {
			if err := z.Err(); !errors.Is(err, io.EOF) {
				return nil, err
			}
			return out.Bytes(), nil
		}
		raw := z.Raw()
		if tt != html.StartTagToken {
			out.Write(raw)
			continue
		}
		raw = append([]byte(nil), raw...)
		tok := z.Token()
		if tok.Data != "a" || staysInEmbed(attrOf(tok, "href"), path) {
			out.Write(raw)
			continue
		}
		attrs := tok.Attr[:0]
		for _, a := range tok.Attr {
			if a.Key != "target" && a.Key != "rel" {
				attrs = append(attrs, a)
			}
		}
		tok.Attr = append(attrs, html.Attribute{Key: "target", Val: "_blank"}, html.Attribute{Key: "rel", Val: "noopener"})
		out.WriteString(tok.String())
	}
}

// staysInEmbed reports a link to a place on the embed's page or to the embed
// at path itself.
func staysInEmbed(href, path string) bool {
	if href == "" || href[0] == '#' {
		return true
	}
	u, err := url.Parse(href)
	return err == nil && u.Scheme == "" && u.Host == "" && u.Path == path
}

func attrOf(tok html.Token, key string) string {
	for _, a := range tok.Attr {
		if a.Key == key {
			return a.Val
		}
	}
	return ""
}
