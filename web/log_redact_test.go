package web

import (
	"bytes"
	"fmt"
	"log/slog"
	"net/http/httptest"
	"strings"
	"testing"

	"github.com/factline/factline/models/storage"
)

// TestRequestLogLeavesOutTokens requests a share link, a setup link and an
// import's page: the request log names the routes but not the secret tokens,
// which open private material to whoever holds them.
func TestRequestLogLeavesOutTokens(t *testing.T) {
	var logs bytes.Buffer
	h, err := New(t.Context(), Config{}, storage.NewTestStore(t, nil), slog.New(slog.NewTextHandler(&logs, nil)))
	if err != nil {
		t.Fatal(err)
	}
	secret := "Zq3xSECRETtokenVALUE0123456789ab"
	for _, path := range []string{"/s/" + secret, "/setup/" + secret, "/import/" + secret + "/progress"} {
		h.ServeHTTP(httptest.NewRecorder(), httptest.NewRequest("GET", path, nil))
	}
	if strings.Contains(logs.String(), secret) {
		t.Errorf("a token reached the log:\n%s", logs.String())
	}
	if !strings.Contains(logs.String(), "/s/") {
		t.Errorf("the request lines are missing:\n%s", logs.String())
	}
}

// TestRequestLogLeavesOutEncodedTokens requests the same routes with the token
// percent-encoded, wholly or in part: the router decodes nothing and routes the
// request to the token's route all the same, so the log must not print the
// decoded token either. A token that is also a word of the path ("s") is
// replaced where the router found it, not where it first appears.
func TestRequestLogLeavesOutEncodedTokens(t *testing.T) {
	var logs bytes.Buffer
	h, err := New(t.Context(), Config{}, storage.NewTestStore(t, nil), slog.New(slog.NewTextHandler(&logs, nil)))
	if err != nil {
		t.Fatal(err)
	}
	secret := "5GVyjSECRETtokenVALUE0123456789"
	var all strings.Builder
	for _, b := range []byte(secret) {
		fmt.Fprintf(&all, "%%%02x", b)
	}
	encodings := map[string]string{
		"first byte":     "%35" + secret[1:],
		"every byte":     all.String(),
		"upper-case hex": strings.ToUpper(all.String()),
		"a middle byte":  secret[:9] + "%45" + secret[10:],
	}
	for name, enc := range encodings {
		for _, path := range []string{"/s/" + enc, "/s/" + enc + "/", "/s/" + enc + "/claims/1", "/s/" + enc + "/no/such/page",
			"/setup/" + enc, "/import/" + enc + "/progress", "POST /s/" + enc, "POST /setup/" + enc} {
			method, target, ok := strings.Cut(path, " ")
			if !ok {
				method, target = "GET", path
			}
			logs.Reset()
			h.ServeHTTP(httptest.NewRecorder(), httptest.NewRequest(method, target, nil))
			if strings.Contains(logs.String(), secret) || strings.Contains(logs.String(), enc) {
				t.Errorf("%s, %s: the token reached the log:\n%s", name, path, logs.String())
			}
			if !strings.Contains(logs.String(), "[token]") {
				t.Errorf("%s, %s: the request line does not show where the token was:\n%s", name, path, logs.String())
			}
		}
	}
	logs.Reset()
	h.ServeHTTP(httptest.NewRecorder(), httptest.NewRequest("GET", "/s/s", nil))
	if !strings.Contains(logs.String(), "path=/s/[token]") {
		t.Errorf("a token that is also a word of the path: the token is not where the log says:\n%s", logs.String())
	}
}
