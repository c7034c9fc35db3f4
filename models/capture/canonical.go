package capture

import (
	"bytes"
	"net/url"
	"strings"

	"golang.org/x/net/html"
)

// canonicalLink returns the address the page gives for itself in its head
// (<link rel="canonical" href="…">), resolved against pageURL, when it is an
// http(s) address; else "". It reads tokens only as far as the body.
func canonicalLink(page []byte, pageURL string) string {
	z := html.NewTokenizer(bytes.NewReader(page))
	for {
		switch z.Next() {
		case html.ErrorToken:
			return ""
		case html.StartTagToken, html.SelfClosingTagToken:
			t := z.Token()
			if t.Data == "body" {
				return ""
			}
			if t.Data == "link" && hasRel(t, "canonical") {
				return resolved(attr(t, "href"), pageURL)
			}
		}
	}
}

func hasRel(t html.Token, rel string) bool {
	for _, r := range strings.Fields(attr(t, "rel")) {
		if strings.EqualFold(r, rel) {
			return true
		}
	}
	return false
}

func attr(t html.Token, name string) string {
	for _, a := range t.Attr {
		if a.Key == name {
			return strings.TrimSpace(a.Val)
		}
	}
	return ""
}

// resolved is href made absolute against base; "" unless it is http(s).
func resolved(href, base string) string {
	u, err := url.Parse(href)
	if err != nil || href == "" {
		return ""
	}
	if b, err := url.Parse(base); err == nil && b.Host != "" {
		u = b.ResolveReference(u)
	}
	if (u.Scheme != "http" && u.Scheme != "https") || u.Host == "" {
		return ""
	}
	return u.String()
}
