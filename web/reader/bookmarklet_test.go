package reader

import (
	"encoding/json"
	"net/url"
	"strings"
	"testing"
)

// TestBookmarkletKeepsItsAddressAString: whatever the base address holds —
// quotes, backslashes, percent signs that a javascript: URL decodes — it stays
// inside one string literal of the script.
func TestBookmarkletKeepsItsAddressAString(t *testing.T) {
	for _, base := range []string{"https://factline.example", `http'-alert(1)-'://x`, `http://x/%27-alert(1)-%27`, `http://x/"\`} {
		js, err := url.PathUnescape(strings.TrimPrefix(bookmarklet(base), "javascript:"))
		if err != nil {
			t.Fatalf("%q: %v", base, err)
		}
		const before, after = "location.href=", "+e(location.href)"
		i, j := strings.Index(js, before), strings.Index(js, after)
		if i < 0 || j < i {
			t.Fatalf("%q: the script is %s", base, js)
		}
		var got string
		if err := json.Unmarshal([]byte(js[i+len(before):j]), &got); err != nil || got != base+"/capture?url=" {
			t.Errorf("%q: the address reads %q (%v) in %s", base, got, err, js)
		}
	}
}
