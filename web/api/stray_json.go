package api

import (
	"bytes"
	"encoding/json"
	"slices"
	"strconv"

	"github.com/factline/factline/models"
)

// strayJSONField names the first field of a JSON body whose string (or key)
// holds a NUL or bytes that are not UTF-8, as a path (entries[2].note); ""
// when there is none or the body is not JSON (its decoding says so). Go's
// decoder would quietly turn bytes that are not UTF-8 into U+FFFD: they are
// written as \u0000 first, so that one check finds both.
func strayJSONField(body []byte) string {
	var doc any
	if json.Unmarshal(bytes.ToValidUTF8(body, []byte(`\u0000`)), &doc) != nil {
		return ""
	}
	return strayIn(doc, "")
}

func strayIn(v any, path string) string {
	switch v := v.(type) {
	case string:
		if models.HasStrayBytes(v) {
			return path
		}
	case []any:
		for i, e := range v {
			if p := strayIn(e, path+"["+strconv.Itoa(i)+"]"); p != "" {
				return p
			}
		}
	case map[string]any:
		keys := make([]string, 0, len(v))
		for k := range v {
			keys = append(keys, k)
		}
		slices.Sort(keys)
		for _, k := range keys {
			p := k
			if path != "" {
				p = path + "." + k
			}
			if models.HasStrayBytes(k) {
				return p
			}
			if p := strayIn(v[k], p); p != "" {
				return p
			}
		}
	}
	return ""
}
