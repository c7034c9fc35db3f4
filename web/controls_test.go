package web

import (
	"net/http"
	"net/url"
	"strings"
	"testing"
)

// TestControlCharactersAreRefusedByFormAndAPI sends claim text with SOH and
// ESC through the API and the form: both are refused at the text field and
// nothing is stored (a NUL is refused before: TestStrayBytesAreRefused…).
func TestControlCharactersAreRefusedByFormAndAPI(t *testing.T) {
	tc := newTestClient(t)
	token := tc.makeToken("controls")
	a := tc.api(token, http.MethodPost, "/api/v1/claims", map[string]any{"text": "said\x1b this\x01"})
	wantAPI(t, a, http.StatusUnprocessableEntity, "invalid")
	if a.errorField("field") != "text" || !strings.Contains(a.errorField("message"), "control character") {
		t.Errorf("API: %v", a.Body)
	}
	tc.get("/claims/new", nil)
	res, doc := tc.post("/claims", url.Values{"text": {"said\x01 this"}}, false)
	wantStatus(t, res, http.StatusUnprocessableEntity)
	if !strings.Contains(text(doc.Find("form")), "control character") {
		t.Error("the form shows no message about the control character")
	}
	claims, err := tc.store.ListClaims(t.Context(), 10)
	if err != nil {
		t.Fatal(err)
	}
	if len(claims) != 0 {
		t.Errorf("%d claims stored", len(claims))
	}
}

// TestSearchWithControlCharactersAnswers searches for text with a NUL, which
// once ended FTS5's quoted string early and made the search fail with 500.
func TestSearchWithControlCharactersAnswers(t *testing.T) {
	tc := newAnonClient(t)
	for _, q := range []string{"0%00", "a%00b%01", "%00"} {
		res, _ := tc.get("/search?q="+q, nil)
		wantStatus(t, res, http.StatusOK)
	}
}
