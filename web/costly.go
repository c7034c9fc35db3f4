package web

import (
	"net/http"
	"strconv"
	"sync"

	"github.com/labstack/echo/v4"

	"github.com/factline/factline/web/httpx"
)

// Bounds of costly answers: exports, time-scaled views and published versions,
// each of which reads a whole timeline (or a large part of it) and may be
// megabytes. An answer is in flight from its start until its last byte is
// written to the client (httpx.SpoolAnswers), so that slow readers hold their
// slots, and the spooled bytes they hold are bounded with them; past a bound
// the answer is 503 with Retry-After. Of those in flight, costlyReading at
// most read the database at once, so that costly answers never take more
// than half of SQLite's four read connections, whatever their number.
const (
	costlyPerClient = 2
	costlyInAll     = 8
	costlyReading   = 2
	costlyRetry     = 30 // seconds
)

// errBusy refuses a costly answer past its bounds.
var errBusy = echo.NewHTTPError(http.StatusServiceUnavailable,
	"Too many exports, time-scaled views and published versions are being made at the moment. Please try again in half a minute.")

// costlyAnswers counts the costly answers in flight, by client and in all.
type costlyAnswers struct {
	mu                 sync.Mutex
	byClient           map[string]int
	inAll              int
	perClient, allowed int
	reading            chan struct{}
}

func newCostlyAnswers(perClient, inAll, reading int) *costlyAnswers {
	return &costlyAnswers{byClient: map[string]int{}, perClient: perClient, allowed: inAll,
		reading: make(chan struct{}, reading)}
}

// take counts one more answer for client, unless that goes past a bound.
func (a *costlyAnswers) take(client string) bool {
	a.mu.Lock()
	defer a.mu.Unlock()
	if a.inAll >= a.allowed || a.byClient[client] >= a.perClient {
		return false
	}
	a.inAll++
	a.byClient[client]++
	return true
}

// give counts client's answer as done.
func (a *costlyAnswers) give(client string) {
	a.mu.Lock()
	defer a.mu.Unlock()
	a.inAll--
	if a.byClient[client]--; a.byClient[client] <= 0 {
		delete(a.byClient, client)
	}
}

// costly holds the route's answers to the bounds of costly answers. A client
// is its address (c.RealIP: behind --trusted-proxy, the one it forwards).
func (s *Server) costly(next echo.HandlerFunc) echo.HandlerFunc {
	return func(c echo.Context) error {
		client := c.RealIP()
		if !s.costlyAnswers.take(client) {
			c.Response().Header().Set("Retry-After", strconv.Itoa(costlyRetry))
			return errBusy
		}
		done := func() { s.costlyAnswers.give(client) }
		if !httpx.AfterSent(c, done) {
			defer done()
		}
		select {
		case s.costlyAnswers.reading <- struct{}{}:
		case <-c.Request().Context().Done():
			return c.Request().Context().Err()
		}
		defer func() { <-s.costlyAnswers.reading }()
		return next(c)
	}
}

// costlyWhenScaled is costly for the time-scaled view (view=scale) of a
// timeline page or embed, which reads every entry in its window; the list
// reads a window of entries and is not.
func (s *Server) costlyWhenScaled(next echo.HandlerFunc) echo.HandlerFunc {
	bounded := s.costly(next)
	return func(c echo.Context) error {
		if c.QueryParam("view") == "scale" {
			return bounded(c)
		}
		return next(c)
	}
}
