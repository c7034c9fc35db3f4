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

// TestOnlyRoutesGoRegistersRoutes: every route of every area is registered in
// routes.go, the one route table (docs/ARCHITECTURE.md §2); the areas' packages
// expose handlers and never register one themselves.
func TestOnlyRoutesGoRegistersRoutes(t *testing.T) {
	registers := map[string]bool{"GET": true, "POST": true, "PUT": true, "PATCH": true, "DELETE": true,
		"HEAD": true, "OPTIONS": true, "Any": true, "Match": true, "Add": true, "Group": true}
	err := filepath.WalkDir(".", func(path string, e fs.DirEntry, err error) error {
		if err != nil || e.IsDir() || !strings.HasSuffix(path, ".go") || strings.HasSuffix(path, "_test.go") || path == "routes.go" {
			return err
		}
		fset := token.NewFileSet()
		f, err := parser.ParseFile(fset, path, nil, 0)
		if err != nil {
			return err
		}
		ast.Inspect(f, func(n ast.Node) bool {
			call, ok := n.(*ast.CallExpr)
			if !ok {
				return true
			}
			// A route is registered with a path and a handler: e.GET("/x", h).
			if sel, ok := call.Fun.(*ast.SelectorExpr); ok && registers[sel.Sel.Name] && len(call.Args) >= 2 {
				if lit, ok := call.Args[0].(*ast.BasicLit); ok && lit.Kind == token.STRING && strings.HasPrefix(lit.Value, `"/`) {
					t.Errorf("%s: %s registers a route; register it in routes.go", fset.Position(call.Pos()), sel.Sel.Name)
				}
			}
			return true
		})
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
}
