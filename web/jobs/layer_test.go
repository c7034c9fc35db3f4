package jobs

import (
	"go/parser"
	"go/token"
	"os"
	"strconv"
	"strings"
	"testing"
)

// TestJobsKnowNothingOfHTTP: background work runs without a request
// (docs/ARCHITECTURE.md §2), so this package imports no HTTP, no router, no
// template and nothing of web's packages.
func TestJobsKnowNothingOfHTTP(t *testing.T) {
	entries, err := os.ReadDir(".")
	if err != nil {
		t.Fatal(err)
	}
	banned := []string{"net/http", "github.com/labstack/echo", "github.com/a-h/templ",
		"github.com/factline/factline/web", "github.com/factline/factline/views"}
	for _, e := range entries {
		if !strings.HasSuffix(e.Name(), ".go") || strings.HasSuffix(e.Name(), "_test.go") {
			continue
		}
		f, err := parser.ParseFile(token.NewFileSet(), e.Name(), nil, parser.ImportsOnly)
		if err != nil {
			t.Fatal(err)
		}
		for _, imp := range f.Imports {
			path, _ := strconv.Unquote(imp.Path.Value)
			for _, b := range banned {
				if path == b || strings.HasPrefix(path, b+"/") {
					t.Errorf("%s imports %s", e.Name(), path)
				}
			}
		}
	}
}
