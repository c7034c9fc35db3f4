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
// (ARCHITECTURE.md §2, §5). Lists and relations that filter by viewer are
// the Reader's alone; a Reader is made for a viewer the handler names — the
// request's (httpx.Viewer), or one written out (storage.Viewer{...}: an
// embed's anonymous reader, the system a version is compared with) — never
// one read back from a context.
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
			if call, ok := n.(*ast.CallExpr); ok && isReaderFor(call) && !namesViewer(call.Args[0]) {
				t.Errorf("%s: a Reader for a viewer the handler does not name; read as httpx.Viewer(c) or a storage.Viewer{...}",
					fset.Position(call.Pos()))
			}
			return true
		})
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
}

// isReaderFor reports a call X.As(v) that makes the Store's Reader (not
// errors.As).
func isReaderFor(call *ast.CallExpr) bool {
	sel, ok := call.Fun.(*ast.SelectorExpr)
	if !ok || sel.Sel.Name != "As" || len(call.Args) != 1 {
		return false
	}
	pkg, ok := sel.X.(*ast.Ident)
	return !ok || pkg.Name != "errors"
}

// namesViewer reports whether e is the request's viewer (httpx.Viewer(c),
// or Viewer(c) within httpx) or a viewer written out (storage.Viewer{...}).
func namesViewer(e ast.Expr) bool {
	switch x := e.(type) {
	case *ast.CallExpr:
		switch f := x.Fun.(type) {
		case *ast.SelectorExpr:
			pkg, ok := f.X.(*ast.Ident)
			return ok && pkg.Name == "httpx" && f.Sel.Name == "Viewer"
		case *ast.Ident:
			return f.Name == "Viewer"
		}
	case *ast.CompositeLit:
		sel, ok := x.Type.(*ast.SelectorExpr)
		return ok && sel.Sel.Name == "Viewer"
	}
	return false
}
