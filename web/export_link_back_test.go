package web

import (
	"net/http"
	"net/url"
	"regexp"
	"strings"
	"testing"
)

// TestAnUnlistedTimelinesExportLinksNowhereItsReadersCannotGo: the TimelineJS
// export of an unlisted timeline, downloaded by its owner, drew "On factline"
// links to /timelines/{slug}, which answers 404 to the link holders who read
// it; fetched through the share link, its links are under the link and open.
func TestAnUnlistedTimelinesExportLinksNowhereItsReadersCannotGo(t *testing.T) {
	w := newSharedWorld(t)
	link := w.makeLink(t, url.Values{"opens": {"living"}})
	anon := w.stranger(t)
	base := anon.srv.URL
	hrefs := regexp.MustCompile(`href=\\"([^"\\]+)\\"`)
	for _, path := range []string{"/timelines/" + w.slug + "/export/timelinejs", "/timelines/" + w.slug + "/versions/1/export/timelinejs", link + "/export/timelinejs"} {
		body := download(t, w.owner, path)
		if strings.HasPrefix(path, link) && !strings.Contains(body, "On factline") {
			t.Errorf("%s: the export through the share link lost its links back", path)
		}
		for _, m := range hrefs.FindAllStringSubmatch(body, -1) {
			u := m[1]
			if !strings.HasPrefix(u, base) {
				continue // the sources' own addresses
			}
			res, err := anon.http.Get(strings.SplitN(u, "#", 2)[0])
			if err != nil {
				t.Fatal(err)
			}
			res.Body.Close()
			if res.StatusCode != http.StatusOK {
				t.Errorf("%s links %s, which answers %d to the link's holder", path, u, res.StatusCode)
			}
		}
	}
}
