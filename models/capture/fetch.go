package capture

import (
	"context"
	"crypto/tls"
	"crypto/x509"
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
	AllowPrivate bool           // only for tests against a local server
	RootCAs      *x509.CertPool // the certificates trusted for https; nil is the system's
	MaxBytes     int64          // the largest page read
	Timeout      time.Duration  // for the whole fetch, redirects included
}

// RefusedError says why a URL was not fetched, in words for the researcher.
type RefusedError struct{ Reason string }

func (e *RefusedError) Error() string { return e.Reason }

// StatusError is the RefusedError of a site that answered with an HTTP
// status other than 200 (after redirects), with that status.
type StatusError struct {
	RefusedError
	Status int
}

// Unwrap lets errors.As find the RefusedError.
func (e *StatusError) Unwrap() error { return &e.RefusedError }

// UnreachableError is the RefusedError of a site that did not answer (its
// name did not resolve, the connection failed or timed out): unlike a
// refusal of factline's own (a private address, a page too large), it says
// something of the site, which a live check reports as gone.
type UnreachableError struct{ RefusedError }

// Unwrap lets errors.As find the RefusedError.
func (e *UnreachableError) Unwrap() error { return &e.RefusedError }

// DefaultFetcher caps a page at 10 MiB and 15 seconds.
var DefaultFetcher = Fetcher{MaxBytes: 10 << 20, Timeout: 15 * time.Second}

// maxRedirects is how many redirects a fetch follows.
const maxRedirects = 5

// Fetched is a page as fetched: its body, where it was in the end, and every
// request and response on the way there as they crossed the wire.
type Fetched struct {
	RequestedURL string
	FinalURL     string
	Status       int
	ContentType  string
	Body         []byte // the final response's payload (transfer coding removed, as sent otherwise)
	At           time.Time
	Exchanges    []Exchange // first request to last: the redirects, then the page
}

// Fetch downloads the page at rawURL, following redirects one by one so that
// each hop is recorded and each address checked.
func (f Fetcher) Fetch(ctx context.Context, rawURL string) (*Fetched, error) {
	ctx, cancel := context.WithTimeout(ctx, f.Timeout)
	defer cancel()
	client := f.client()
	out := &Fetched{RequestedURL: rawURL, At: time.Now().UTC()}
	next := rawURL
	for hop := 0; ; hop++ {
		if hop > maxRedirects {
			return nil, &RefusedError{"The page redirects too many times."}
		}
		if err := checkScheme(next); err != nil {
			return nil, err
		}
		body, res, ex, err := f.exchange(ctx, client, next)
		if err != nil {
			return nil, err
		}
		out.Exchanges = append(out.Exchanges, ex)
		if loc, err := res.Location(); err == nil && isRedirect(res.StatusCode) {
			next = loc.String()
			continue
		}
		if res.StatusCode != http.StatusOK {
			return nil, &StatusError{Status: res.StatusCode,
				RefusedError: RefusedError{fmt.Sprintf("The site answered %d %s instead of the page.", res.StatusCode, http.StatusText(res.StatusCode))}}
		}
		out.FinalURL, out.Status, out.ContentType, out.Body = next, res.StatusCode, res.Header.Get("Content-Type"), body
		return out, nil
	}
}

// exchange makes one request on a connection of its own, reads the answer
// whole (up to MaxBytes) and returns it with the bytes that crossed the wire.
func (f Fetcher) exchange(ctx context.Context, client *http.Client, rawURL string) ([]byte, *http.Response, Exchange, error) {
	w := &wire{max: f.MaxBytes + 1<<20} // the body and room for headers
	req, err := http.NewRequestWithContext(withWire(ctx, w), http.MethodGet, rawURL, nil)
	if err != nil {
		return nil, nil, Exchange{}, &RefusedError{"This is not a web address factline can fetch."}
	}
	req.Header.Set("Accept", "text/html,application/xhtml+xml")
	// The page as the site keeps it: Go would otherwise ask for gzip and
	// unpack it, and the payload kept would not be the one read.
	req.Header.Set("Accept-Encoding", "identity")
	at := time.Now().UTC()
	res, err := client.Do(req)
	if err != nil {
		var refused *RefusedError
		if errors.As(err, &refused) {
			return nil, nil, Exchange{}, refused
		}
		return nil, nil, Exchange{}, &UnreachableError{RefusedError{"The page could not be fetched: " + fetchProblem(err)}}
	}
	defer res.Body.Close()
	body, err := io.ReadAll(io.LimitReader(res.Body, f.MaxBytes+1))
	if err != nil {
		return nil, nil, Exchange{}, &RefusedError{"The page could not be read: " + fetchProblem(err)}
	}
	if int64(len(body)) > f.MaxBytes {
		return nil, nil, Exchange{}, &RefusedError{fmt.Sprintf("The page is larger than %d MiB, the most factline fetches.", f.MaxBytes>>20)}
	}
	return body, res, w.exchange(rawURL, at, res.StatusCode), nil
}

// client makes requests of HTTP/1.1 only, each on a new connection whose
// traffic is recorded; it follows no redirect itself.
func (f Fetcher) client() *http.Client {
	dialer := &net.Dialer{Timeout: f.Timeout, Control: f.control}
	return &http.Client{
		Transport: &http.Transport{Proxy: nil, ResponseHeaderTimeout: f.Timeout, DisableKeepAlives: true,
			DialContext: func(ctx context.Context, network, addr string) (net.Conn, error) {
				conn, err := dialer.DialContext(ctx, network, addr)
				if err != nil {
					return nil, err
				}
				return wrap(ctx, conn), nil
			},
			// TLS over the recorded connection would record ciphertext: the
			// recording wraps the TLS connection instead.
			DialTLSContext: func(ctx context.Context, network, addr string) (net.Conn, error) {
				conn, err := dialer.DialContext(ctx, network, addr)
				if err != nil {
					return nil, err
				}
				host, _, _ := net.SplitHostPort(addr)
				tc := tls.Client(conn, &tls.Config{ServerName: host, RootCAs: f.RootCAs, MinVersion: tls.VersionTLS12})
				if err := tc.HandshakeContext(ctx); err != nil {
					conn.Close()
					return nil, err
				}
				return wrap(ctx, tc), nil
			},
		},
		CheckRedirect: func(*http.Request, []*http.Request) error { return http.ErrUseLastResponse },
	}
}

func isRedirect(status int) bool {
	switch status {
	case http.StatusMovedPermanently, http.StatusFound, http.StatusSeeOther, http.StatusTemporaryRedirect, http.StatusPermanentRedirect:
		return true
	}
	return false
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
