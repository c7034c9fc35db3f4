package web

import (
	"bytes"
	"log/slog"
	"net/http/httptest"
	"strings"
	"testing"

	"github.com/factline/factline/models"
)

// TestRequestLogLeavesOutTokens requests a share link, a setup link and an
// import's page: the request log names the routes but not the secret tokens,
// which open private material to whoever holds them.
func TestRequestLogLeavesOutTokens(t *testing.T) {
	var logs bytes.Buffer
	h, err := New(t.Context(), Config{}, models.NewTestStore(t, nil), slog.New(slog.NewTextHandler(&logs, nil)))
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
