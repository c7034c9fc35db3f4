package web

import (
	"net/http"
	"strings"
	"testing"

	"github.com/PuerkitoBio/goquery"

	"github.com/factline/factline/models/demo"
)

// TestEmbedLinksLeaveTheFrameInANewTab: a link of the embed to a page that
// refuses to be framed (an entry's, a source's, the timeline's) opens a new
// tab; the embed's own views and anchors stay in the frame; and a page opened
// from a file may frame it.
func TestEmbedLinksLeaveTheFrameInANewTab(t *testing.T) {
	tc := newTestClient(t)
	loadDemo(t, tc)
	path := "/embed/timelines/" + demo.Slug
	for _, query := range []string{"", "?view=scale"} {
		res, doc := tc.get(path+query, nil)
		wantStatus(t, res, http.StatusOK)
		if csp := res.Header.Get("Content-Security-Policy"); !strings.Contains(csp, "frame-ancestors * file:;") && !strings.HasSuffix(csp, "frame-ancestors * file:") {
			t.Errorf("embed CSP %q: a page opened from a file may not frame it", csp)
		}
		inside, outside := 0, 0
		doc.Find("a[href]").Each(func(_ int, a *goquery.Selection) {
			href := a.AttrOr("href", "")
			newTab := a.AttrOr("target", "") == "_blank" && a.AttrOr("rel", "") == "noopener"
			stays := strings.HasPrefix(href, "#") || strings.HasPrefix(href, path+"?") || href == path
			switch {
			case stays && a.AttrOr("target", "") != "":
				t.Errorf("%s: the embed's own link %q leaves the frame", query, href)
			case stays:
				inside++
			case !newTab:
				t.Errorf("%s: %q opens inside the frame (target %q, rel %q)", query, href, a.AttrOr("target", ""), a.AttrOr("rel", ""))
			default:
				outside++
			}
		})
		if inside == 0 || outside == 0 {
			t.Errorf("%s: %d links stay in the embed and %d leave it; want some of each", query, inside, outside)
		}
	}
}
