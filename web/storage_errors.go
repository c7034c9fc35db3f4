package web

import (
	"net/http"

	"github.com/labstack/echo/v4"

	"github.com/factline/factline/models/storage"
	"github.com/factline/factline/web/httpx"
)

// storageRetry is the Retry-After of an answer refused for a full or read-only
// database: a guess at how soon someone frees space.
const storageRetry = "60"

// storageFailed tells the operator, in words rather than as a bare failure,
// that the database refuses writes and why (a full disk, a read-only
// database), and marks the answer (a 503, handleError) to be tried again later.
func (s *Server) storageFailed(c echo.Context, sp storage.StorageProblem, err error) {
	s.Log.Error("the database cannot save: "+sp.Log, "request_id", httpx.RequestID(c), "path", logPath(c), "err", err)
	c.Response().Header().Set("Retry-After", storageRetry)
}

// sessionFailed answers a request whose session the database could not load
// or save (scs's ErrorFunc, which otherwise answers a bare 500 and logs
// through the standard logger): a full or read-only database is said as such,
// on the page and in the log.
func (s *Server) sessionFailed(w http.ResponseWriter, r *http.Request, err error) {
	status, msg := http.StatusInternalServerError, "Something went wrong on our side; it has been logged. Please try again."
	if sp, ok := storage.StorageProblemOf(err); ok {
		status, msg = http.StatusServiceUnavailable, sp.Message
		s.Log.Error("the database cannot save the session: "+sp.Log, "method", r.Method, "err", err)
		w.Header().Set("Retry-After", storageRetry)
	} else {
		s.Log.Error("session failed", "method", r.Method, "err", err)
	}
	http.Error(w, msg, status)
}
