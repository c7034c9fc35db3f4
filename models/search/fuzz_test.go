package search

import (
	"testing"

	"github.com/factline/factline/models/storage"
)

// FuzzQuoteFTS runs what a visitor types in the search box through the
// translator and SQLite's FTS5: whatever the input, the query is valid FTS5
// syntax, so search answers hits or none, never an error.
func FuzzQuoteFTS(f *testing.F) {
	for _, s := range []string{"groundless blame", `"unbalanced`, "NEAR(a b)", "a OR b AND NOT c", "col:x", "x*", `"groundless blame"`, `"a b`, "gr*", "^start", "-", "é ü 中文", "a\"b", "{a b}:c", "AND"} {
		f.Add(s)
	}
	s := storage.NewTestStore(f, nil)
	storage.MakeClaim(f, s, nil, "The assessment offered up groundless blame", "2022")
	f.Fuzz(func(t *testing.T, q string) {
		if _, err := find(storage.Viewer{}, s, q, "", 5); err != nil {
			t.Fatalf("Search(%q) (FTS %q): %v", q, QuoteFTS(q, false), err)
		}
		if _, err := findTyping(storage.Viewer{}, s, q, "", 5); err != nil {
			t.Fatalf("SearchTyping(%q) (FTS %q): %v", q, QuoteFTS(q, true), err)
		}
	})
}
