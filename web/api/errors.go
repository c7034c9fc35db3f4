package api

import (
	"errors"
	"net/http"
	"sort"
	"strings"

	"github.com/labstack/echo/v4"

	"github.com/factline/factline/models"
	"github.com/factline/factline/models/storage"
	"github.com/factline/factline/web/httpx"
)

// statusError is an error answered with its own status, code and field.
type statusError struct {
	Status  int
	Code    string
	Message string
	Field   string
	// Candidates are the stored items a POST may duplicate (likely_duplicate).
	Candidates []candidate
}

func (e *statusError) Error() string { return e.Code + ": " + e.Message }

// problemBody is the body of every API error: {"error": {code, message, field, request_id}};
// fields lists every refused field of a 422, field names the first of them.
type problemBody struct {
	Code    string            `json:"code"`
	Message string            `json:"message"`
	Field   string            `json:"field"`
	Fields  map[string]string `json:"fields,omitempty"`
	// Candidates lists, for a likely_duplicate, the stored items it may copy.
	Candidates []candidate `json:"candidates,omitempty"`
	// RequestID names the request in the server's log.
	RequestID string `json:"request_id"`
}

// errorCodes names the HTTP errors the API answers with.
var errorCodes = map[int]string{
	http.StatusBadRequest:            "bad_request",
	http.StatusUnauthorized:          "unauthorized",
	http.StatusForbidden:             "forbidden",
	http.StatusNotFound:              "not_found",
	http.StatusMethodNotAllowed:      "method_not_allowed",
	http.StatusConflict:              "conflict",
	http.StatusRequestEntityTooLarge: "too_large",
	http.StatusUnprocessableEntity:   "invalid",
	http.StatusTooManyRequests:       "too_many_requests",
}

// AnswerError answers err as JSON in the API's error shape, with the
// request's id; details of a server error go to the log only.
func AnswerError(err error, c echo.Context) {
	status, p := problemOf(err)
	if status == http.StatusRequestEntityTooLarge {
		p.Message = httpx.BodyRefusal(c) // the limit of this kind of request
	}
	p.RequestID = httpx.RequestID(c) // details of a server error are in the request's log line
	_ = c.JSON(status, map[string]problemBody{"error": p})
}

// problemOf maps an error to its status and body.
func problemOf(err error) (int, problemBody) {
	var ae *statusError
	var fe models.FieldErrors
	var he *echo.HTTPError
	if sp, ok := storage.StorageProblemOf(err); ok {
		return http.StatusServiceUnavailable, problemBody{Code: "unavailable", Message: sp.Message}
	}
	switch {
	case errors.As(err, &ae):
		return ae.Status, problemBody{Code: ae.Code, Message: ae.Message, Field: ae.Field, Candidates: ae.Candidates}
	case errors.As(err, &fe):
		keys := make([]string, 0, len(fe))
		for k := range fe {
			keys = append(keys, k)
		}
		sort.Strings(keys)
		return http.StatusUnprocessableEntity, problemBody{Code: "invalid", Message: fe[keys[0]], Field: keys[0], Fields: fe}
	case errors.Is(err, models.ErrConflict):
		return http.StatusConflict, problemBody{Code: "conflict", Field: "version",
			Message: "Someone changed this since you read it: GET it again, apply your change, and send its new version."}
	case errors.Is(err, models.ErrNotAllowed):
		return http.StatusForbidden, problemBody{Code: "forbidden", Message: httpx.ErrForbidden.Message.(string)}
	case errors.Is(err, storage.ErrNotFound):
		return http.StatusNotFound, problemBody{Code: "not_found", Message: "There is nothing at this address, or you may not read it."}
	case errors.As(err, &he):
		code, ok := errorCodes[he.Code]
		if !ok {
			code = strings.ToLower(strings.ReplaceAll(http.StatusText(he.Code), " ", "_"))
		}
		msg, _ := he.Message.(string)
		switch {
		case he.Code == http.StatusNotFound:
			msg = "There is nothing at this address, or you may not read it."
		case msg == "":
			msg = http.StatusText(he.Code)
		}
		return he.Code, problemBody{Code: code, Message: msg}
	}
	return http.StatusInternalServerError, problemBody{Code: "internal",
		Message: "Something went wrong on our side; it has been logged. Please try again."}
}
