package web

import (
	"bytes"
	"encoding/json"
	"net/http"
	"net/url"
	"strings"
	"testing"
)

// The API's handlers are in web/api, but its tests (api_*_test.go) drive the
// whole server as scripts do: the route table, the middleware (body limits,
// CSRF, sessions), and the account page that makes their tokens; several of
// web's tests call the API beside the pages. They live here, with the server
// and its test client; web/api's own tests are those of its parts alone.

// apiAnswer is a decoded API response.
type apiAnswer struct {
	Status int
	Body   map[string]any
}

// errorField returns a field of the answer's {"error": {...}}.
func (a apiAnswer) errorField(name string) string {
	e, _ := a.Body["error"].(map[string]any)
	s, _ := e[name].(string)
	return s
}

// data returns the answer's "data" object.
func (a apiAnswer) data() map[string]any {
	d, _ := a.Body["data"].(map[string]any)
	return d
}

// makeToken makes an API token on the account page, as its user would, and
// reads it from the page.
func (tc *testClient) makeToken(name string) string {
	tc.t.Helper()
	tc.get("/account", nil)
	res, doc := tc.post("/account/tokens", url.Values{"name": {name}}, false)
	wantStatus(tc.t, res, http.StatusOK)
	token, _ := doc.Find(`[data-testid="new-token"]`).Attr("value")
	if !strings.HasPrefix(token, "fl_") {
		tc.t.Fatalf("no token shown: %q", token)
	}
	return token
}

// api calls the API like a script: no cookies, the token as a bearer (none
// when token is ""), body as JSON unless it is a string.
func (tc *testClient) api(token, method, path string, body any) apiAnswer {
	tc.t.Helper()
	var buf bytes.Buffer
	switch b := body.(type) {
	case nil:
	case string:
		buf.WriteString(b)
	default:
		if err := json.NewEncoder(&buf).Encode(b); err != nil {
			tc.t.Fatal(err)
		}
	}
	req, _ := http.NewRequest(method, tc.srv.URL+path, &buf)
	req.Header.Set("Content-Type", "application/json")
	if token != "" {
		req.Header.Set("Authorization", "Bearer "+token)
	}
	return tc.apiDo(http.DefaultClient, req)
}

func (tc *testClient) apiDo(client *http.Client, req *http.Request) apiAnswer {
	tc.t.Helper()
	res, err := client.Do(req)
	if err != nil {
		tc.t.Fatal(err)
	}
	defer res.Body.Close()
	if ct := res.Header.Get("Content-Type"); !strings.HasPrefix(ct, "application/json") {
		tc.t.Fatalf("%s %s: Content-Type %q, want JSON", req.Method, req.URL.Path, ct)
	}
	a := apiAnswer{Status: res.StatusCode}
	if err := json.NewDecoder(res.Body).Decode(&a.Body); err != nil {
		tc.t.Fatalf("%s %s: %v", req.Method, req.URL.Path, err)
	}
	return a
}

func wantAPI(t *testing.T, a apiAnswer, status int, code string) {
	t.Helper()
	if a.Status != status || (code != "" && a.errorField("code") != code) {
		t.Fatalf("status %d code %q, want %d %q: %v", a.Status, a.errorField("code"), status, code, a.Body)
	}
}
