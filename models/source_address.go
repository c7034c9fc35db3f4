package models

import (
	"net"
	"net/url"
	"sort"
	"strings"
)

// AddressKey is a web address reduced to what names the page, so that two
// addresses of one article match: no scheme, no "www.", "m.", "mobile." or
// "amp." before the host, no default port, no fragment, no trailing slash, no
// tracking parameters (utm_*, fbclid, gclid, mc_*…), no AMP variant ("/amp",
// "?amp=1", "outputType=amp"), and the other parameters in order. An address
// that is not an http(s) address with a host has no key ("").
func AddressKey(address string) string {
	u, err := url.Parse(strings.TrimSpace(address))
	if err != nil || (u.Scheme != "http" && u.Scheme != "https") || u.Hostname() == "" {
		return ""
	}
	host := strings.TrimSuffix(strings.ToLower(u.Hostname()), ".")
	for _, prefix := range []string{"www.", "m.", "mobile.", "amp."} {
		if rest, ok := strings.CutPrefix(host, prefix); ok && strings.Contains(rest, ".") {
			host = rest
			break
		}
	}
	if port := u.Port(); port != "" && port != "80" && port != "443" {
		host = net.JoinHostPort(host, port)
	}
	path := u.EscapedPath()
	path = strings.TrimSuffix(strings.TrimRight(path, "/"), "/amp")
	if rest, ok := strings.CutPrefix(path, "/amp/"); ok {
		path = "/" + rest
	}
	path = strings.TrimRight(path, "/")
	return host + path + queryKey(u.Query())
}

// queryKey is the query without its tracking and AMP parameters, in order.
func queryKey(q url.Values) string {
	var keep []string
	for name, values := range q {
		if trackingParam(name, values) {
			continue
		}
		for _, v := range values {
			keep = append(keep, url.QueryEscape(name)+"="+url.QueryEscape(v))
		}
	}
	if len(keep) == 0 {
		return ""
	}
	sort.Strings(keep)
	return "?" + strings.Join(keep, "&")
}

// trackingParams are query parameters that say who sent the reader, not what
// page they read.
var trackingParams = map[string]bool{"fbclid": true, "gclid": true, "dclid": true, "gbraid": true, "wbraid": true,
	"msclkid": true, "yclid": true, "igshid": true, "twclid": true, "ttclid": true, "_ga": true, "_gl": true,
	"_hsenc": true, "_hsmi": true, "mkt_tok": true, "oly_enc_id": true, "oly_anon_id": true, "vero_id": true,
	"rb_clickid": true, "s_cid": true, "ref_src": true, "cmpid": true, "ocid": true, "smid": true}

func trackingParam(name string, values []string) bool {
	name = strings.ToLower(name)
	switch {
	case trackingParams[name], strings.HasPrefix(name, "utm_"), strings.HasPrefix(name, "mc_"):
		return true
	case name == "amp":
		return len(values) == 1 && (values[0] == "" || values[0] == "1" || values[0] == "true")
	case name == "outputtype":
		return len(values) == 1 && strings.EqualFold(values[0], "amp")
	}
	return false
}
