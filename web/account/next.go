package account

import (
	"net/url"
	"strings"
)

// safeNext keeps a redirect target on this site. Browsers drop tabs and
// newlines from a URL, strip other leading controls and spaces, and read a
// backslash as a slash, so "/\t/evil.example" leads to another host: a target
// with any control character, space or backslash is refused, and what remains
// must parse as a path with no scheme and no host. Anything else becomes "/".
func safeNext(next string) string {
	if next == "" || next[0] != '/' || strings.HasPrefix(next, "//") {
		return "/"
	}
	for _, r := range next {
		if r <= ' ' || r == 0x7f || r == '\\' || (r >= 0x80 && r <= 0x9f) || r == '\uFFFD' {
			return "/"
		}
	}
	u, err := url.Parse(next)
	if err != nil || u.Scheme != "" || u.Host != "" || u.User != nil || u.Opaque != "" || !strings.HasPrefix(u.Path, "/") || strings.HasPrefix(u.Path, "//") {
		return "/"
	}
	return next
}
