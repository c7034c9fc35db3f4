package capture

import (
	"errors"
	"testing"
)

// TestDialRefusesIPv6AddressesEmbeddingPrivateIPv4 checks the address check
// run before every dial: IPv6 forms that carry a loopback or private IPv4
// (IPv4-compatible, IPv4-mapped, NAT64, 6to4, Teredo) are refused like the
// IPv4 itself; public addresses in those forms pass.
func TestDialRefusesIPv6AddressesEmbeddingPrivateIPv4(t *testing.T) {
	var f Fetcher
	for addr, ok := range map[string]bool{
		"[::127.0.0.1]:80":                             false,
		"[::10.0.0.1]:80":                              false,
		"[::ffff:127.0.0.1]:80":                        false,
		"[64:ff9b::127.0.0.1]:80":                      false,
		"[64:ff9b::a9fe:a9fe]:80":                      false, // 169.254.169.254, cloud metadata
		"[64:ff9b::192.168.1.1]:80":                    false,
		"[64:ff9b:1::10.1.2.3]:80":                     false,
		"[2002:7f00:1::]:80":                           false, // 6to4 of 127.0.0.1
		"[2002:c0a8:101::1]:80":                        false, // 6to4 of 192.168.1.1
		"[2001:0:4136:e378:8000:63bf:3fff:fdd2]:80":    false, // Teredo
		"127.0.0.1:80":                                 false,
		"[::1]:80":                                     false,
		"[fd00::1]:80":                                 false,
		"93.184.215.14:80":                             true,
		"[64:ff9b::93.184.215.14]:80":                  true,
		"[2002:5db8:d70e::1]:80":                       true,
		"[2606:2800:21f:cb07:6820:80da:af6b:8b2c]:443": true,
	} {
		err := f.control("tcp", addr, nil)
		var refused *RefusedError
		if ok && err != nil {
			t.Errorf("%s refused: %v", addr, err)
		}
		if !ok && !errors.As(err, &refused) {
			t.Errorf("%s let through", addr)
		}
	}
}
