package models

import (
	"encoding/json"
	"fmt"
	"strings"
)

// Restorable reports whether the revision holds a whole item to go back to, or
// removed an entry that can be put back (an entry added or changed, a
// participant change or a publication holds only what it changed).
func (r Revision) Restorable() bool {
	if before, after, ok := r.EntryChange(); ok {
		return before != nil && after == nil
	}
	_, whole := fields(r.After)["id"]
	return r.Action != "delete" && whole
}

// fields flattens a JSON object's values to text.
func fields(raw json.RawMessage) map[string]string {
	out := map[string]string{}
	if len(raw) == 0 {
		return out
	}
	var m map[string]any
	if json.Unmarshal(raw, &m) != nil {
		return out
	}
	for k, v := range m {
		out[k] = ValueText(v)
	}
	return out
}

// ValueText is a JSON value of a revision as the history shows it: text as it
// is, yes/no, numbers without a needless fraction, lists and objects as JSON.
func ValueText(v any) string {
	switch x := v.(type) {
	case nil:
		return ""
	case string:
		return x
	case bool:
		if x {
			return "yes"
		}
		return "no"
	case float64:
		return fmt.Sprint(x)
	case []any:
		parts := make([]string, len(x))
		for i, e := range x {
			parts[i] = ValueText(e)
		}
		return strings.Join(parts, ", ")
	}
	b, _ := json.Marshal(v)
	return string(b)
}
