package ui

import (
	"testing"

	"github.com/factline/factline/models"
)

// FuzzStrayText checks the gate of form text no database should store: what
// cleanText leaves of a field holds no NUL and is valid UTF-8 (and is the
// field itself when it held none). The API's gate on JSON bodies is
// FuzzStrayJSON (web/api).
func FuzzStrayText(f *testing.F) {
	for _, s := range []string{"plain", "a\x00b", "caf\xe9", `\u0000`, `", "k\u0000": "v`, "\xed\xa0\x80", `\ud800`} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		clean := withoutStrayBytes(s)
		if models.HasStrayBytes(clean) || (!models.HasStrayBytes(s) && clean != s) {
			t.Fatalf("withoutStrayBytes(%q) = %q", s, clean)
		}
	})
}
