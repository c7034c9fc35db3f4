package web

import (
	"go/ast"
	"go/parser"
	"go/token"
	"io/fs"
	"path/filepath"
	"strings"
	"testing"
)

// TestHandlersReadItemsAsTheirViewer: pages and the API read a single item
// through the Store's Reader for their viewer (store.As(httpx.Viewer(c))),
// which answers not found for what the viewer may not read, never through
// the Store's unfiltered reads, so a handler cannot forget to check
// (ARCHITECTURE.md §2, §5).
func TestHandlersReadItemsAsTheirViewer(t *testing.T) {
	unfiltered := map[string]bool{"GetClaim": true, "GetEvent": true, "GetEventHead": true, "GetActor": true,
		"GetSource": true, "GetTimeline": true, "GetTimelineFor": true, "GetTimelineByID": true}
	// Every package of web: the pages' areas, the API and what they share.
	err := filepath.WalkDir(".", func(path string, e fs.DirEntry, err error) error {
		if err != nil || e.IsDir() || !strings.HasSuffix(path, ".go") || strings.HasSuffix(path, "_test.go") {
			return err
		}
		fset := token.NewFileSet()
		f, err := parser.ParseFile(fset, path, nil, 0)
		if err != nil {
			return err
		}
		ast.Inspect(f, func(n ast.Node) bool {
			if sel, ok := n.(*ast.SelectorExpr); ok && unfiltered[sel.Sel.Name] {
				t.Errorf("%s: %s reads whatever it is asked; read as the request's viewer (store.As)",
					fset.Position(sel.Pos()), sel.Sel.Name)
			}
			return true
		})
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
}
