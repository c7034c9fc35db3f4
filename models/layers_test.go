package models

import (
	"go/build"
	"io/fs"
	"path/filepath"
	"runtime"
	"slices"
	"strings"
	"testing"
)

// TestModelsNeverImportViewsOrWeb holds the layers of docs/ARCHITECTURE.md §2 to
// one direction: no package under models/ depends, even through another
// package, on views, web or cmd, which sit above it; and the domain (package
// models) depends on no other package of factline but the date type: not on
// storage, nor on the NLP of models/extract.
func TestModelsNeverImportViewsOrWeb(t *testing.T) {
	_, file, _, _ := runtime.Caller(0)
	root := filepath.Dir(filepath.Dir(file))
	const module = "github.com/factline/factline"
	ctx := build.Default
	ctx.BuildTags = append(ctx.BuildTags, "sqlite_fts5")
	imports := map[string][]string{} // a package of the module -> the module's packages it imports
	var load func(path string)
	load = func(path string) {
		if _, ok := imports[path]; ok {
			return
		}
		imports[path] = nil
		pkg, err := ctx.ImportDir(filepath.Join(root, strings.TrimPrefix(path, module)), 0)
		if err != nil {
			t.Fatalf("reading %s: %v", path, err)
		}
		for _, p := range pkg.Imports {
			if p == module || strings.HasPrefix(p, module+"/") {
				imports[path] = append(imports[path], p)
				load(p)
			}
		}
	}
	var under []string
	err := filepath.WalkDir(filepath.Join(root, "models"), func(dir string, d fs.DirEntry, err error) error {
		if err != nil || !d.IsDir() {
			return err
		}
		if d.Name() == "testdata" {
			return filepath.SkipDir
		}
		if _, err := ctx.ImportDir(dir, 0); err != nil {
			return nil // a folder without Go files
		}
		rel, _ := filepath.Rel(root, dir)
		under = append(under, module+"/"+filepath.ToSlash(rel))
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	if !slices.Contains(under, module+"/models/formats") {
		t.Fatalf("found no models/formats among %v: the walk is wrong", under)
	}
	for _, p := range under {
		load(p)
	}
	domainMay := map[string]bool{module + "/models/edtf": true}
	for _, dep := range imports[module+"/models"] {
		if !domainMay[dep] {
			t.Errorf("the domain (models) imports %s", dep)
		}
	}
	for _, from := range under {
		// Breadth first, so that the path reported is a shortest one.
		via := map[string]string{from: ""}
		queue := []string{from}
		for len(queue) > 0 {
			p := queue[0]
			queue = queue[1:]
			for _, dep := range imports[p] {
				if _, seen := via[dep]; seen {
					continue
				}
				via[dep] = p
				queue = append(queue, dep)
				top := strings.SplitN(strings.TrimPrefix(dep, module+"/"), "/", 2)[0]
				if top == "views" || top == "web" || top == "cmd" {
					chain := []string{dep}
					for q := p; q != ""; q = via[q] {
						chain = append([]string{q}, chain...)
					}
					t.Errorf("%s imports %s: %s", from, top, strings.Join(chain, " -> "))
				}
			}
		}
	}
}
