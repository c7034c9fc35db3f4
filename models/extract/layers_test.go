package extract

import (
	"go/build"
	"path/filepath"
	"runtime"
	"slices"
	"strings"
	"testing"
)

// TestPackagesDependDownwards holds the extractor's packages to the order of
// docs/ARCHITECTURE.md §7: tokens, then lexicon, then dates and quotes,
// which know nothing of each other (their tests included).
func TestPackagesDependDownwards(t *testing.T) {
	_, file, _, _ := runtime.Caller(0)
	dir := filepath.Dir(file)
	const base = "github.com/factline/factline/models/extract/"
	allowed := map[string][]string{
		"tokens":  nil,
		"lexicon": {"tokens"},
		"dates":   {"tokens", "lexicon"},
		"quotes":  {"tokens", "lexicon"},
	}
	for pkg, may := range allowed {
		p, err := build.Default.ImportDir(filepath.Join(dir, pkg), 0)
		if err != nil {
			t.Fatalf("reading %s: %v", pkg, err)
		}
		for _, imp := range slices.Concat(p.Imports, p.TestImports) {
			if strings.HasPrefix(imp, "github.com/factline/") && !slices.Contains(may, strings.TrimPrefix(imp, base)) {
				t.Errorf("models/extract/%s imports %s; it may import only %v of the module", pkg, imp, may)
			}
		}
	}
}
