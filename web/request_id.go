package web

import (
	"crypto/rand"
	"encoding/hex"
)

// newRequestID is a request's id: 8 random bytes in hex, enough to find one
// request's line among a year of logs. The server makes every id itself and
// takes none from the client, which could then write what it likes into the log.
func newRequestID() string {
	b := make([]byte, 8)
	_, _ = rand.Read(b) // crypto/rand.Read never fails (Go 1.24)
	return hex.EncodeToString(b)
}
