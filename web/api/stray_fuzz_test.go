package api

import (
	"encoding/json"
	"testing"
	"unicode/utf8"
)

// FuzzStrayJSON checks the gate of JSON text no database should store: a
// JSON body that decodeJSON's check lets through decodes to strings without
// a NUL, from valid UTF-8. (Form text's gate is web's FuzzStrayText.)
func FuzzStrayJSON(f *testing.F) {
	for _, s := range []string{"plain", "a\x00b", "caf\xe9", `\u0000`, `", "k\u0000": "v`, "\xed\xa0\x80", `\ud800`} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		body := []byte(`{"text": "` + s + `", "tags": ["` + s + `"]}`)
		var v any
		if strayJSONField(body) == "" && json.Unmarshal(body, &v) == nil {
			if !utf8.Valid(body) || strayIn(v, "") != "" {
				t.Fatalf("%q passed the check", body)
			}
		}
	})
}
