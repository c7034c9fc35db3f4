package web

import (
	"net/http"
	"net/url"
	"sort"
	"strings"

	"github.com/PuerkitoBio/goquery"
)

// crawled is what a crawl found at one address: its status and the page that
// offered it.
type crawled struct {
	Status int
	From   string
}

// crawl follows, breadth first and depth levels deep from start, every link,
// iframe, GET form and htmx GET request that the pages offer on this server,
// and returns what each address it opened answered. Fragments and other sites
// are not followed, nor anything but HTML read further.
func (tc *testClient) crawl(start string, depth int) map[string]crawled {
	tc.t.Helper()
	seen := map[string]crawled{}
	level := map[string]string{start: ""}
	for d := 0; d <= depth && len(level) > 0; d++ {
		next := map[string]string{}
		for path, from := range level {
			if _, ok := seen[path]; ok {
				continue
			}
			res, doc := tc.get(path, nil)
			seen[path] = crawled{res.StatusCode, from}
			if d == depth || !strings.HasPrefix(res.Header.Get("Content-Type"), "text/html") {
				continue
			}
			for _, p := range offeredPaths(tc.srv.URL, path, doc) {
				next[p] = path
			}
		}
		level = next
	}
	return seen
}

// offeredPaths lists the addresses on this server that a page offers to GET.
func offeredPaths(server, page string, doc *goquery.Document) []string {
	base, _ := url.Parse(server + page)
	var out []string
	add := func(ref string) {
		if ref == "" || strings.HasPrefix(ref, "#") {
			return
		}
		u, err := base.Parse(ref)
		if err != nil || u.Host != base.Host {
			return
		}
		u.Fragment = ""
		out = append(out, u.RequestURI())
	}
	doc.Find("a[href]").Each(func(_ int, s *goquery.Selection) { add(s.AttrOr("href", "")) })
	doc.Find("iframe[src]").Each(func(_ int, s *goquery.Selection) { add(s.AttrOr("src", "")) })
	doc.Find("[hx-get]").Each(func(_ int, s *goquery.Selection) { add(s.AttrOr("hx-get", "")) })
	doc.Find(`form`).Each(func(_ int, s *goquery.Selection) {
		if strings.EqualFold(s.AttrOr("method", "get"), "get") {
			add(s.AttrOr("action", page))
		}
	})
	return out
}

// failures lists the addresses that answered 4xx or 5xx, and where they were
// offered, sorted.
func failures(pages map[string]crawled) []string {
	var out []string
	for path, p := range pages {
		if p.Status >= 400 {
			out = append(out, path+" "+http.StatusText(p.Status)+", offered by "+p.From)
		}
	}
	sort.Strings(out)
	return out
}
