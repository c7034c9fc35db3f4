package web

import (
	"net/http"
	"strings"
	"testing"

	"github.com/factline/factline/models/demo"
)

func TestDeleteAsksFirstAndNamesWhatUsesTheItem(t *testing.T) {
	tc := newTestClient(t)
	loadDemo(t, tc)
	_, doc := tc.get("/timelines/"+demo.Slug, nil)
	href, _ := doc.Find(`article.entry:has(a.speaker:contains("Chen Xu")) .entry-title > a:not(.speaker)`).Attr("href")
	if !strings.HasPrefix(href, "/claims/") {
		t.Fatalf("claim link %q", href)
	}
	res, doc := tc.get(href+"/delete", nil)
	wantStatus(t, res, http.StatusOK)
	usage := text(doc.Find(`[data-testid="usage"]`))
	for _, want := range []string{"The OHCHR's Xinjiang assessment", "1 citation", "2 relations"} {
		if !strings.Contains(usage, want) {
			t.Errorf("usage %q lacks %q", usage, want)
		}
	}
	if res, _ := tc.get(href, nil); res.StatusCode != http.StatusOK {
		t.Fatal("asking deleted the claim")
	}
	res, _ = tc.post(href+"/delete", nil, false)
	wantStatus(t, res, http.StatusSeeOther)
	res, _ = tc.get(href, nil)
	wantStatus(t, res, http.StatusNotFound)
	res, doc = tc.get("/timelines/"+demo.Slug, nil)
	wantStatus(t, res, http.StatusOK)
	if n := doc.Find(`[data-testid="entry"]`).Length(); n != 6 {
		t.Errorf("%d entries after deleting one of 7", n)
	}
}
