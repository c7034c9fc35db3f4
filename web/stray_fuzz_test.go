package web

import (
	"encoding/json"
	"testing"
	"unicode/utf8"

	"github.com/factline/factline/models"
)

// FuzzStrayText checks the two gates of text no database should store: what
// cleanText leaves of a field holds no NUL and is valid UTF-8 (and is the
// field itself when it held none), and a JSON body that decodeJSON's check
// lets through decodes to strings without a NUL, from valid UTF-8.
func FuzzStrayText(f *testing.F) {
	for _, s := range []string{"plain", "a\x00b", "caf\xe9", `\u0000`, `", "k\u0000": "v`, "\xed\xa0\x80", `\ud800`} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		clean := withoutStrayBytes(s)
		if models.HasStrayBytes(clean) || (!models.HasStrayBytes(s) && clean != s) {
			t.Fatalf("withoutStrayBytes(%q) = %q", s, clean)
		}
		body := []byte(`{"text": "` + s + `", "tags": ["` + s + `"]}`)
		var v any
		if strayJSONField(body) == "" && json.Unmarshal(body, &v) == nil {
			if !utf8.Valid(body) || strayIn(v, "") != "" {
				t.Fatalf("%q passed the check", body)
			}
		}
	})
}
