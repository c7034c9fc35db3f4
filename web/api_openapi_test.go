package web

import (
	"encoding/json"
	"io"
	"log/slog"
	"net/http"
	"net/http/httptest"
	"regexp"
	"strings"
	"testing"

	"github.com/labstack/echo/v4"

	"github.com/factline/factline/models/storage"
)

// TestOpenAPIDocumentMatchesTheRoutes checks that every /api/v1 route is in
// the served OpenAPI document, with its method, and that the document
// describes no route that does not exist.
func TestOpenAPIDocumentMatchesTheRoutes(t *testing.T) {
	s, err := New(t.Context(), Config{}, storage.NewTestStore(t, nil), slog.New(slog.NewTextHandler(io.Discard, nil)))
	if err != nil {
		t.Fatal(err)
	}
	rec := httptest.NewRecorder()
	s.ServeHTTP(rec, httptest.NewRequest(http.MethodGet, "/api/v1/openapi.json", nil))
	if rec.Code != http.StatusOK {
		t.Fatalf("openapi.json: %d", rec.Code)
	}
	var doc struct {
		OpenAPI string                    `json:"openapi"`
		Servers []struct{ URL string }    `json:"servers"`
		Paths   map[string]map[string]any `json:"paths"`
	}
	if err := json.Unmarshal(rec.Body.Bytes(), &doc); err != nil {
		t.Fatal(err)
	}
	if !strings.HasPrefix(doc.OpenAPI, "3.") || len(doc.Servers) != 1 || doc.Servers[0].URL != "/api/v1" {
		t.Fatalf("openapi %q servers %v", doc.OpenAPI, doc.Servers)
	}
	param := regexp.MustCompile(`:(\w+)`)
	routes := map[string]bool{}
	for _, r := range s.echo.Routes() {
		if r.Method == echo.RouteNotFound || !strings.HasPrefix(r.Path, "/api/v1/") {
			continue
		}
		path := param.ReplaceAllString(strings.TrimPrefix(r.Path, "/api/v1"), "{$1}")
		op := path + " " + strings.ToLower(r.Method)
		routes[op] = true
		if _, ok := doc.Paths[path][strings.ToLower(r.Method)]; !ok {
			t.Errorf("route %s %s is not in openapi.json", r.Method, r.Path)
		}
	}
	if len(routes) < 20 {
		t.Fatalf("only %d API routes found", len(routes))
	}
	methods := map[string]bool{"get": true, "put": true, "post": true, "delete": true, "patch": true}
	for path, item := range doc.Paths {
		for m := range item {
			if methods[m] && !routes[path+" "+m] {
				t.Errorf("openapi.json describes %s %s, which is no route", strings.ToUpper(m), path)
			}
		}
	}
}
