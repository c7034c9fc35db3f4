package web

import (
	"io"
	"net/http"
	"strings"
	"testing"

	"github.com/factline/factline/models"
)

// TestForeignHostHeaderNeverBecomesAPermalink asks for a public timeline, its
// export and the home page with the Host header of another site: og:url, the
// canonical link and the export's permalinks never name it.
func TestForeignHostHeaderNeverBecomesAPermalink(t *testing.T) {
	tc := newAnonClient(t)
	if _, err := models.LoadDemo(t.Context(), tc.store); err != nil {
		t.Fatal(err)
	}
	for _, path := range []string{"/", "/timelines/" + models.DemoSlug, "/timelines/" + models.DemoSlug + "/export/json"} {
		req, _ := http.NewRequest(http.MethodGet, tc.srv.URL+path, nil)
		req.Host = "evil.example"
		res, err := tc.http.Do(req)
		if err != nil {
			t.Fatal(err)
		}
		body, _ := io.ReadAll(res.Body)
		res.Body.Close()
		if res.StatusCode != http.StatusOK {
			t.Fatalf("%s: %d", path, res.StatusCode)
		}
		if strings.Contains(string(body), "evil.example") {
			t.Errorf("%s names the request's Host header evil.example", path)
		}
	}
	// A configured base URL is used as it is.
	tc = newAnonClientWith(t, Config{BaseURL: "https://factline.example/"})
	if _, err := models.LoadDemo(t.Context(), tc.store); err != nil {
		t.Fatal(err)
	}
	_, doc := tc.get("/timelines/"+models.DemoSlug, nil)
	if got, _ := doc.Find(`link[rel="canonical"]`).Attr("href"); got != "https://factline.example/timelines/"+models.DemoSlug {
		t.Errorf("canonical %q", got)
	}
}
