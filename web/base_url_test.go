package web

import (
	"io"
	"net/http"
	"strings"
	"testing"

	"github.com/factline/factline/models/demo"
)

// TestForeignHostHeaderNeverBecomesAPermalink asks for a public timeline, its
// export and the home page with the Host header of another site: og:url, the
// canonical link and the export's permalinks never name it.
func TestForeignHostHeaderNeverBecomesAPermalink(t *testing.T) {
	tc := newAnonClient(t)
	if _, err := demo.Load(t.Context(), tc.store); err != nil {
		t.Fatal(err)
	}
	for _, path := range []string{"/", "/timelines/" + demo.Slug, "/timelines/" + demo.Slug + "/export/json"} {
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
	if _, err := demo.Load(t.Context(), tc.store); err != nil {
		t.Fatal(err)
	}
	_, doc := tc.get("/timelines/"+demo.Slug, nil)
	if got, _ := doc.Find(`link[rel="canonical"]`).Attr("href"); got != "https://factline.example/timelines/"+demo.Slug {
		t.Errorf("canonical %q", got)
	}
}

// TestForwardedSchemeOnlyFromTheTrustedProxy: X-Forwarded-Proto decides the
// permalinks' scheme only when the trusted proxy sends it.
func TestForwardedSchemeOnlyFromTheTrustedProxy(t *testing.T) {
	for _, c := range []struct {
		proxy, want string
	}{{"", `href="http://`}, {"192.0.2.7", `href="http://`}, {"127.0.0.1", `href="https://`}} {
		tc := newAnonClientWith(t, Config{TrustedProxy: c.proxy})
		if _, err := demo.Load(t.Context(), tc.store); err != nil {
			t.Fatal(err)
		}
		req, _ := http.NewRequest(http.MethodGet, tc.srv.URL+"/timelines/"+demo.Slug, nil)
		req.Header.Set("X-Forwarded-Proto", "https")
		res, err := tc.http.Do(req)
		if err != nil {
			t.Fatal(err)
		}
		body, _ := io.ReadAll(res.Body)
		res.Body.Close()
		canonical := string(body)[strings.Index(string(body), `<link rel="canonical"`):]
		if !strings.Contains(canonical[:80], c.want) {
			t.Errorf("trusted proxy %q: canonical %.80s, want %s", c.proxy, canonical, c.want)
		}
	}
}
