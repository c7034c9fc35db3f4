package web

import (
	"crypto/rand"
	"encoding/hex"

	"github.com/labstack/echo/v4"
)

// requestIDKey is where logRequests keeps the request's id in the echo context.
const requestIDKey = "requestID"

// newRequestID is a request's id: 8 random bytes in hex, enough to find one
// request's line among a year of logs. The server makes every id itself and
// takes none from the client, which could then write what it likes into the log.
func newRequestID() string {
	b := make([]byte, 8)
	_, _ = rand.Read(b) // crypto/rand.Read never fails (Go 1.24)
	return hex.EncodeToString(b)
}

// requestID is the id logRequests gave the request: in its log line, its
// X-Request-Id header, and its error page or JSON error.
func requestID(c echo.Context) string {
	id, _ := c.Get(requestIDKey).(string)
	return id
}
