package api

import (
	"bytes"
	"context"
	"encoding/base64"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"net/http"
	"strconv"
	"strings"

	"github.com/labstack/echo/v4"

	"github.com/factline/factline/models"
	"github.com/factline/factline/web/httpx"
)

// Page sizes of the API's lists.
const (
	defaultLimit = 50
	maxLimit     = 200
)

// listBody is the body of every list: a page of rows and the cursor of the next
// page, null on the last.
type listBody[T any] struct {
	Data       []T     `json:"data"`
	NextCursor *string `json:"next_cursor"`
}

// itemBody is the body of every single item.
type itemBody[T any] struct {
	Data T `json:"data"`
}

// readPage reads ?cursor= and ?limit=: the id the page starts after, and how many rows it holds.
func readPage(c echo.Context) (after int64, limit int, err error) {
	limit = defaultLimit
	if raw := c.QueryParam("limit"); raw != "" {
		if limit, err = strconv.Atoi(raw); err != nil || limit < 1 || limit > maxLimit {
			return 0, 0, &statusError{Status: http.StatusBadRequest, Code: "bad_request", Field: "limit",
				Message: fmt.Sprintf("limit is a number from 1 to %d.", maxLimit)}
		}
	}
	if raw := c.QueryParam("cursor"); raw != "" {
		b, err := base64.RawURLEncoding.DecodeString(raw)
		id, ok := strings.CutPrefix(string(b), "id:")
		if after, _ = strconv.ParseInt(id, 10, 64); err != nil || !ok || after <= 0 {
			return 0, 0, &statusError{Status: http.StatusBadRequest, Code: "bad_request", Field: "cursor",
				Message: "This cursor was not made by factline: pass next_cursor from the previous page unchanged."}
		}
	}
	return after, limit, nil
}

// pageOf answers a list endpoint with the page after the request's cursor,
// fetched one longer than asked so that it knows whether another page follows.
func pageOf[T any](c echo.Context, fetch func(context.Context, int64, int) ([]T, error), id func(T) int64) error {
	after, limit, err := readPage(c)
	if err != nil {
		return err
	}
	rows, err := fetch(c.Request().Context(), after, limit+1)
	if err != nil {
		return err
	}
	return answerPage(c, rows, limit, id)
}

// answerPage answers a page of rows read with limit+1, so that a row beyond
// the page says there is a next one.
func answerPage[T any](c echo.Context, rows []T, limit int, id func(T) int64) error {
	list := listBody[T]{Data: rows}
	if len(rows) > limit {
		list.Data = rows[:limit]
		cursor := base64.RawURLEncoding.EncodeToString([]byte("id:" + strconv.FormatInt(id(rows[limit-1]), 10)))
		list.NextCursor = &cursor
	}
	return c.JSON(http.StatusOK, list)
}

// answerItem answers one item with status.
func answerItem[T any](c echo.Context, status int, v T) error {
	return c.JSON(status, itemBody[T]{Data: v})
}

// decodeJSON reads the request's JSON body into v; bad JSON is a 400 naming the
// field when it has the wrong type, a body too large a 413, a string holding a
// NUL or bytes that are not UTF-8 (which no database should store) a 422
// naming its field.
func decodeJSON(c echo.Context, v any) error {
	body, err := io.ReadAll(c.Request().Body)
	if err == nil {
		if field := strayJSONField(body); field != "" {
			return &statusError{Status: http.StatusUnprocessableEntity, Code: "invalid", Field: field,
				Message: field + " holds a NUL character or bytes that are not UTF-8 text, which factline cannot store."}
		}
		err = json.NewDecoder(bytes.NewReader(body)).Decode(v)
	}
	var typeErr *json.UnmarshalTypeError
	var he *echo.HTTPError
	switch {
	case err == nil:
		return nil
	case errors.As(err, &he):
		return he
	case errors.As(err, &typeErr):
		return &statusError{Status: http.StatusBadRequest, Code: "bad_json", Field: typeErr.Field,
			Message: fmt.Sprintf("%s should be a JSON %s, not %s.", typeErr.Field, jsonType(typeErr.Type.Kind().String()), typeErr.Value)}
	case errors.Is(err, io.EOF):
		return &statusError{Status: http.StatusBadRequest, Code: "bad_json", Message: "The body is empty; send a JSON object."}
	}
	return &statusError{Status: http.StatusBadRequest, Code: "bad_json", Message: "The body is not valid JSON: " + err.Error()}
}

// jsonType names a Go kind as JSON calls it.
func jsonType(kind string) string {
	switch {
	case strings.HasPrefix(kind, "int"), strings.HasPrefix(kind, "uint"), strings.HasPrefix(kind, "float"):
		return "number"
	case kind == "bool":
		return "boolean"
	case kind == "slice":
		return "array"
	case kind == "struct", kind == "map":
		return "object"
	}
	return kind
}

// putTarget reads the id of the item a PUT changes, or 0 for a POST, which
// creates one. A PUT must carry the version it was read at.
func putTarget(c echo.Context, version int) (int64, error) {
	if c.Request().Method != http.MethodPut {
		return 0, nil
	}
	id, err := httpx.PathID(c, "id")
	if err != nil {
		return 0, err
	}
	if version < 1 {
		return 0, models.FieldErrors{"version": "Send the version you read the item at, so that a change made since is not overwritten."}
	}
	return id, nil
}

// answerSaved answers a create with 201 and an update with 200, with the item as stored.
func answerSaved[T any](c echo.Context, created bool, v T) error {
	if created {
		return answerItem(c, http.StatusCreated, v)
	}
	return answerItem(c, http.StatusOK, v)
}

// nonNil makes an empty list a JSON array rather than null.
func nonNil[T any](rows []T) []T {
	if rows == nil {
		return []T{}
	}
	return rows
}
