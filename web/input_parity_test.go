package web

import (
	"net/http"
	"net/url"
	"slices"
	"sort"
	"strings"
	"testing"

	"github.com/PuerkitoBio/goquery"
)

// TestFormAndAPIRefuseTheSameInputByTheSameField sends the same bad input to
// each kind's form and to the API, which read it into one input type
// (web/httpx) validated once: both refuse it with 422 and name the same
// fields, the form beside each field with what was typed kept, the API in its
// JSON error.
func TestFormAndAPIRefuseTheSameInputByTheSameField(t *testing.T) {
	tc := newTestClient(t)
	token := tc.makeToken("one input")
	for _, c := range []struct {
		name, kind, field string
		input             map[string]string
	}{
		{"claim with an ambiguous date", "claims", "said_on", map[string]string{"text": "groundless blame", "said_on": "08/09/2022"}},
		{"claim with no text", "claims", "text", map[string]string{"text": "   ", "said_on": "2022"}},
		{"claim with an unknown rating", "claims", "rating", map[string]string{"text": "groundless blame", "rating": "true-ish"}},
		{"claim with no text and a date that is not one", "claims", "said_on", map[string]string{"text": " ", "said_on": "sometime"}},
		{"event with an impossible date", "events", "occurred", map[string]string{"title": "Session opens", "occurred": "31 Feb 2022"}},
		{"event with no title", "events", "title", map[string]string{"title": " ", "occurred": "2022-09-12"}},
		{"actor of an unknown kind", "actors", "kind", map[string]string{"kind": "robot", "name": "Chen Xu"}},
		{"actor with no name", "actors", "name", map[string]string{"kind": "person", "name": "  "}},
		{"source with a date that is not one", "sources", "published", map[string]string{"kind": "article", "title": "Assessment", "published": "sometime"}},
		{"source with no title", "sources", "title", map[string]string{"kind": "article", "title": " "}},
		{"source in an unknown language", "sources", "language", map[string]string{"kind": "article", "title": "Assessment", "language": "xx"}},
	} {
		t.Run(c.name, func(t *testing.T) {
			form := url.Values{}
			body := map[string]any{}
			for k, v := range c.input {
				form.Set(k, v)
				body[k] = v
			}
			tc.get("/"+c.kind+"/new", nil)
			res, doc := tc.post("/"+c.kind, form, true)
			wantStatus(t, res, http.StatusUnprocessableEntity)
			var formFields []string
			doc.Find(`[data-testid^="error-"]`).Each(func(_ int, s *goquery.Selection) {
				id, _ := s.Attr("data-testid")
				formFields = append(formFields, strings.TrimPrefix(id, "error-"))
			})
			sort.Strings(formFields)
			for name, typed := range c.input {
				if sel := doc.Find(`input[name="` + name + `"]`); sel.Length() > 0 {
					if got, _ := sel.Attr("value"); got != strings.TrimSpace(typed) {
						t.Errorf("the form did not keep %s: %q, typed %q", name, got, typed)
					}
				}
			}

			a := tc.api(token, http.MethodPost, "/api/v1/"+c.kind, body)
			wantAPI(t, a, http.StatusUnprocessableEntity, "invalid")
			e, _ := a.Body["error"].(map[string]any)
			fields, _ := e["fields"].(map[string]any)
			var apiFields []string
			for f := range fields {
				apiFields = append(apiFields, f)
			}
			sort.Strings(apiFields)

			if strings.Join(formFields, ",") != strings.Join(apiFields, ",") {
				t.Errorf("the form refused %v, the API %v", formFields, apiFields)
			}
			if !slices.Contains(formFields, c.field) || text(doc.Find(`[data-testid="error-`+c.field+`"]`)) == "" {
				t.Errorf("the form shows no message beside %s: %v", c.field, formFields)
			}
			if !slices.Contains(apiFields, c.field) || fields[c.field] == "" {
				t.Errorf("the API names no %s: %v", c.field, a.Body)
			}
		})
	}
}
