package ui

import (
	"errors"
	"strconv"
	"strings"

	"github.com/labstack/echo/v4"

	"github.com/factline/factline/models"
	"github.com/factline/factline/views"
)

// ReadForm reads the named fields of a posted form, trimmed of surrounding
// space except for long texts, which are kept exactly as typed; a field that
// held stray bytes (CleanText) is refused beside it.
func ReadForm(c echo.Context, action string, names ...string) views.Form {
	f := views.Form{Action: action, Values: map[string]string{}, Errors: models.FieldErrors{}, Notes: map[string]string{}, CSRF: CSRFToken(c)}
	for _, n := range names {
		v := c.FormValue(n)
		if n != "text" && n != "description" && n != "notes" {
			v = strings.TrimSpace(v)
		}
		f.Values[n] = v
	}
	refuseStrayFields(c, f.Errors, names...)
	return f
}

// EmptyForm is a new form with initial values.
func EmptyForm(c echo.Context, action string, values map[string]string) views.Form {
	if values == nil {
		values = map[string]string{}
	}
	return views.Form{Action: action, Values: values, Errors: models.FieldErrors{}, Notes: map[string]string{}, CSRF: CSRFToken(c)}
}

// FieldErrors reports whether err is a refusal of bad input, merging its
// messages into the form.
func FieldErrors(f views.Form, err error) bool {
	var fe models.FieldErrors
	if !errors.As(err, &fe) {
		return false
	}
	for k, v := range fe {
		f.Errors.Add(k, v)
	}
	return true
}

func OptionalID(raw string) *int64 {
	id, err := strconv.ParseInt(strings.TrimSpace(raw), 10, 64)
	if err != nil || id <= 0 {
		return nil
	}
	return &id
}

// AtoiOrZero reads a form's number, 0 when it is not one.
func AtoiOrZero(s string) int {
	n, _ := strconv.Atoi(strings.TrimSpace(s))
	return n
}
