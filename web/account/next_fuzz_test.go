package account

import (
	"net/url"
	"strings"
	"testing"
)

// FuzzSafeNext checks that whatever safeNext lets through still names this
// host after a browser's URL clean-up: tabs and newlines dropped, leading and
// trailing controls and spaces trimmed, backslashes read as slashes.
func FuzzSafeNext(f *testing.F) {
	for _, s := range []string{"/", "/timelines/x?view=list#e-1", "/\t/evil.example", "//evil.example", "/\\evil.example", "https://evil.example"} {
		f.Add(s)
	}
	base, _ := url.Parse("https://factline.test/login")
	f.Fuzz(func(t *testing.T, next string) {
		got := safeNext(next)
		if got != "/" && got != next {
			t.Fatalf("safeNext(%q) = %q: neither the input nor /", next, got)
		}
		cleaned := strings.Map(func(r rune) rune {
			switch {
			case r == '\t' || r == '\n' || r == '\r':
				return -1
			case r == '\\':
				return '/'
			}
			return r
		}, strings.Trim(got, "\x00\x01\x02\x03\x04\x05\x06\x07\x08\x09\x0a\x0b\x0c\x0d\x0e\x0f\x10\x11\x12\x13\x14\x15\x16\x17\x18\x19\x1a\x1b\x1c\x1d\x1e\x1f "))
		u, err := base.Parse(cleaned)
		if err != nil {
			t.Fatalf("safeNext(%q) = %q does not parse: %v", next, got, err)
		}
		if u.Host != base.Host || u.Scheme != base.Scheme {
			t.Fatalf("safeNext(%q) = %q leads to %s://%s", next, got, u.Scheme, u.Host)
		}
	})
}
