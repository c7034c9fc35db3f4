package httpx

import "github.com/labstack/echo/v4"

// requestIDKey is where SetRequestID keeps the request's id in the echo context.
const requestIDKey = "requestID"

// SetRequestID names the request by id (web's logRequests gives every
// request one).
func SetRequestID(c echo.Context, id string) {
	c.Set(requestIDKey, id)
}

// RequestID is the id the request was given: in its log line, its
// X-Request-Id header, and its error page or JSON error.
func RequestID(c echo.Context) string {
	id, _ := c.Get(requestIDKey).(string)
	return id
}
