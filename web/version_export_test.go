package web

import (
	"io"
	"net/http"
	"net/url"
	"strings"
	"testing"

	"github.com/factline/factline/models/demo"
	"github.com/factline/factline/models/storage"
)

func TestPublishedVersionExportsAsPublished(t *testing.T) {
	tc := newTestClient(t)
	loadDemo(t, tc)
	tl := "/timelines/" + demo.Slug
	tc.get(tl, nil)
	res, _ := tc.post(tl+"/publish", url.Values{"message": {"as reported"}}, false)
	wantStatus(t, res, http.StatusSeeOther)

	claim := storage.MakeClaim(t, tc.store, nil, "A claim added after publication", "2022-09-20")
	tc.get(tl, nil)
	tc.post(tl+"/entries", url.Values{"item": {"claim " + itoa(claim.ID)}}, true)

	_, doc := tc.get(tl+"/versions/1", nil)
	if doc.Find(`[data-testid="exports"] a[href="`+tl+`/versions/1/export/markdown"]`).Length() != 1 {
		t.Error("the version page does not link its exports")
	}
	for format, want := range map[string]string{
		"markdown":   "groundless blame",
		"json":       `"format_version":1`,
		"timelinejs": "by 10 Sep 2022",
		"csv":        "../2022-09-10",
		"html":       "12 Sep – 7 Oct 2022",
	} {
		body := download(t, tc, tl+"/versions/1/export/"+format)
		if !strings.Contains(body, want) {
			t.Errorf("%s export of version 1 lacks %q", format, want)
		}
		if strings.Contains(body, "added after publication") {
			t.Errorf("%s export of version 1 shows an entry added later", format)
		}
	}
	if body := download(t, tc, tl+"/export/markdown"); !strings.Contains(body, "added after publication") {
		t.Error("the living timeline's export lacks the new entry")
	}
	if md := download(t, tc, tl+"/versions/1/export/markdown"); !strings.Contains(md, tl+"/versions/1") {
		t.Error("the version's export does not link back to the version")
	}
}

func download(t *testing.T, tc *testClient, path string) string {
	t.Helper()
	res, err := tc.http.Get(tc.srv.URL + path)
	if err != nil {
		t.Fatal(err)
	}
	defer res.Body.Close()
	if res.StatusCode != http.StatusOK {
		t.Fatalf("GET %s: %d", path, res.StatusCode)
	}
	b, _ := io.ReadAll(res.Body)
	return string(b)
}
