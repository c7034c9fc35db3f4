package capture

import (
	"context"
	"errors"
	"fmt"
	"io"
	"net"
	"net/http"
	"net/netip"
	"net/url"
	"syscall"
	"time"
)

// Fetcher downloads a page for capture. It refuses any scheme but http and
// https, and (unless AllowPrivate) any address that is loopback, private,
// link-local, multicast or unspecified: the check runs on the address actually
// dialled, after DNS, so a public name that resolves to a private address, and
// a redirect to one, are refused too. Size and time are capped.
type Fetcher struct {
	AllowPrivate bool          // only for tests against a local server
	MaxBytes     int64         // the largest page read
	Timeout      time.Duration // for the whole fetch, redirects included
}

// RefusedError says why a URL was not fetched, in words for the researcher.
type RefusedError struct{ Reason string }

func (e *RefusedError) Error() string { return e.Reason }

// DefaultFetcher caps a page at 10 MiB and 15 seconds.
var DefaultFetcher = Fetcher{MaxBytes: 10 << 20, Timeout: 15 * time.Second}

// Fetch downloads the page at rawURL and returns its body and final address.
func (f Fetcher) Fetch(ctx context.Context, rawURL string) ([]byte, string, error) {
	if err := checkScheme(rawURL); err != nil {
		return nil, "", err
	}
	dialer := &net.Dialer{Timeout: f.Timeout, Control: f.control}
	client := &http.Client{
		Timeout:   f.Timeout,
		Transport: &http.Transport{Proxy: nil, DialContext: dialer.DialContext, ResponseHeaderTimeout: f.Timeout},
		CheckRedirect: func(req *http.Request, via []*http.Request) error {
			if len(via) >= 5 {
				return &RefusedError{"The page redirects too many times."}
			}
			return checkScheme(req.URL.String())
		},
	}
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, rawURL, nil)
	if err != nil {
		return nil, "", &RefusedError{"This is not a web address factline can fetch."}
	}
	req.Header.Set("Accept", "text/html,application/xhtml+xml")
	res, err := client.Do(req)
	if err != nil {
		var refused *RefusedError
		if errors.As(err, &refused) {
			return nil, "", refused
		}
		return nil, "", &RefusedError{"The page could not be fetched: " + fetchProblem(err)}
	}
	defer res.Body.Close()
	if res.StatusCode != http.StatusOK {
		return nil, "", &RefusedError{fmt.Sprintf("The site answered %d %s instead of the page.", res.StatusCode, http.StatusText(res.StatusCode))}
	}
	body, err := io.ReadAll(io.LimitReader(res.Body, f.MaxBytes+1))
	if err != nil {
		return nil, "", &RefusedError{"The page could not be read: " + fetchProblem(err)}
	}
	if int64(len(body)) > f.MaxBytes {
		return nil, "", &RefusedError{fmt.Sprintf("The page is larger than %d MiB, the most factline fetches.", f.MaxBytes>>20)}
	}
	return body, res.Request.URL.String(), nil
}

func checkScheme(rawURL string) error {
	u, err := url.Parse(rawURL)
	if err != nil || (u.Scheme != "http" && u.Scheme != "https") || u.Host == "" {
		return &RefusedError{"Only http:// and https:// addresses can be fetched."}
	}
	return nil
}

// control refuses a connection to a non-public address; it runs on the
// resolved address just before the dial.
func (f Fetcher) control(_, address string, _ syscall.RawConn) error {
	if f.AllowPrivate {
		return nil
	}
	ap, err := netip.ParseAddrPort(address)
	if err != nil {
		return &RefusedError{"The address could not be checked."}
	}
	ip := ap.Addr().Unmap()
	if !public(ip) {
		return &RefusedError{"factline does not fetch from private, loopback or link-local addresses (" + ip.String() + ")."}
	}
	return nil
}

// public reports whether ip is an address on the public internet. An IPv6
// address that carries an IPv4 one (NAT64, 6to4) is judged by that IPv4;
// the forms whose IPv4 cannot be checked simply (IPv4-compatible ::a.b.c.d,
// local-use NAT64, Teredo) are refused.
func public(ip netip.Addr) bool {
	ip = ip.Unmap()
	b := ip.As16()
	switch {
	case ip.Is4():
		for _, p := range notPublicIPv4 {
			if p.Contains(ip) {
				return false
			}
		}
	case nat64.Contains(ip):
		return public(netip.AddrFrom4([4]byte(b[12:16])))
	case sixToFour.Contains(ip):
		return public(netip.AddrFrom4([4]byte(b[2:6])))
	case ipv4Compatible.Contains(ip) || nat64Local.Contains(ip) || teredo.Contains(ip):
		return false
	}
	return ip.IsGlobalUnicast() && !ip.IsPrivate() && !ip.IsLoopback() && !ip.IsLinkLocalUnicast()
}

// Address blocks that are not the public internet although Go's IsPrivate and
// IsLoopback do not say so, and the IPv6 blocks that carry an IPv4 address.
var (
	notPublicIPv4 = []netip.Prefix{
		netip.MustParsePrefix("0.0.0.0/8"),     // "this network"
		netip.MustParsePrefix("100.64.0.0/10"), // carrier-grade NAT (RFC 6598)
		netip.MustParsePrefix("192.0.0.0/24"),  // IETF protocol assignments
		netip.MustParsePrefix("198.18.0.0/15"), // benchmarking
		netip.MustParsePrefix("240.0.0.0/4"),   // reserved, and broadcast
	}
	ipv4Compatible = netip.MustParsePrefix("::/96")          // deprecated ::a.b.c.d
	nat64          = netip.MustParsePrefix("64:ff9b::/96")   // RFC 6052
	nat64Local     = netip.MustParsePrefix("64:ff9b:1::/48") // RFC 8215
	sixToFour      = netip.MustParsePrefix("2002::/16")      // RFC 3056
	teredo         = netip.MustParsePrefix("2001::/32")      // RFC 4380
)

func fetchProblem(err error) string {
	var ne net.Error
	if errors.As(err, &ne) && ne.Timeout() {
		return "it took too long."
	}
	return "the site could not be reached."
}
