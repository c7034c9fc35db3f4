package formats

import (
	"strings"
	"testing"
)

// FuzzSpreadsheetCell checks the CSV export's formula guard: a guarded cell
// never starts a formula, and the import's undoing gives the cell back.
func FuzzSpreadsheetCell(f *testing.F) {
	for _, s := range []string{`=HYPERLINK("http://evil.example/")`, "+1", "-44", "-2+3", "@SUM(A1)", "'=x", "''", "\tx", "plain"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		out := SpreadsheetCell(s)
		if out != "" && strings.ContainsRune("=+-@\t\r", rune(out[0])) && !plainNumber(out) {
			t.Fatalf("SpreadsheetCell(%q) = %q starts a formula", s, out)
		}
		if back := UnspreadsheetCell(out); back != s {
			t.Fatalf("UnspreadsheetCell(SpreadsheetCell(%q)) = %q", s, back)
		}
	})
}
