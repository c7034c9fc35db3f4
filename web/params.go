package web

import (
	"errors"
	"strconv"
	"strings"

	"github.com/labstack/echo/v4"

	"github.com/factline/factline/models"
	"github.com/factline/factline/views"
)

// readForm reads the named fields of a posted form, trimmed of surrounding
// space except for long texts, which are kept exactly as typed; a field that
// held stray bytes (cleanText) is refused beside it.
func readForm(c echo.Context, action string, names ...string) views.Form {
	f := views.Form{Action: action, Values: map[string]string{}, Errors: models.FieldErrors{}, Notes: map[string]string{}, CSRF: csrfToken(c)}
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

// emptyForm is a new form with initial values.
func emptyForm(c echo.Context, action string, values map[string]string) views.Form {
	if values == nil {
		values = map[string]string{}
	}
	return views.Form{Action: action, Values: values, Errors: models.FieldErrors{}, Notes: map[string]string{}, CSRF: csrfToken(c)}
}

// fieldErrors reports whether err is a refusal of bad input, merging its
// messages into the form.
func fieldErrors(f views.Form, err error) bool {
	var fe models.FieldErrors
	if !errors.As(err, &fe) {
		return false
	}
	for k, v := range fe {
		f.Errors.Add(k, v)
	}
	return true
}

func optionalID(raw string) *int64 {
	id, err := strconv.ParseInt(strings.TrimSpace(raw), 10, 64)
	if err != nil || id <= 0 {
		return nil
	}
	return &id
}

// atoiOrZero reads a form's number, 0 when it is not one.
func atoiOrZero(s string) int {
	n, _ := strconv.Atoi(strings.TrimSpace(s))
	return n
}
