package ui

import (
	"errors"
	"net/http"
	"net/http/httptest"
	"net/url"
	"strings"
	"testing"

	"github.com/labstack/echo/v4"

	"github.com/factline/factline/models"
)

// TestStrayInputIsRefusedBeforeTheHandler: a form posted with stray bytes
// never reaches a handler that does not draw it again (the refusal is the
// edge's, not the Store's); a redrawn form's handler runs and reads the
// refusal beside the field, with the rest of what was typed.
func TestStrayInputIsRefusedBeforeTheHandler(t *testing.T) {
	e := echo.New()
	redrawn := Redrawn{}
	var ran []string
	var refusedErr error
	e.HTTPErrorHandler = func(err error, c echo.Context) {
		refusedErr = err
		_ = c.NoContent(http.StatusUnprocessableEntity)
	}
	e.Use(CleanText(redrawn))
	e.POST("/plain/:id", func(c echo.Context) error { ran = append(ran, "plain"); return c.NoContent(http.StatusOK) })
	redrawn.Add(e.POST("/form/:id", func(c echo.Context) error {
		ran = append(ran, "form")
		f := ReadForm(c, "/form", "title", "note")
		if f.Get("title") != "ab" || f.Errors["title"] != strayRefusal || f.Errors["note"] != "" {
			t.Errorf("the redrawn form read %v, errors %v", f.Values, f.Errors)
		}
		return c.NoContent(http.StatusOK)
	}))
	post := func(path string, form url.Values) int {
		req := httptest.NewRequest(http.MethodPost, path, strings.NewReader(form.Encode()))
		req.Header.Set(echo.HeaderContentType, echo.MIMEApplicationForm)
		rec := httptest.NewRecorder()
		e.ServeHTTP(rec, req)
		return rec.Code
	}
	for _, bad := range []string{"a\x00b", "a\xffb"} {
		ran, refusedErr = nil, nil
		if code := post("/plain/1", url.Values{"title": {bad}, "note": {"fine"}}); code != http.StatusUnprocessableEntity || len(ran) != 0 {
			t.Errorf("%q to a form not redrawn: %d, handlers run %v", bad, code, ran)
		}
		var fe models.FieldErrors
		if !errors.As(refusedErr, &fe) || fe["title"] != strayRefusal || len(fe) != 1 {
			t.Errorf("%q refused with %v, want the title's refusal", bad, refusedErr)
		}
		if code := post("/form/1", url.Values{"title": {bad}, "note": {"fine"}}); code != http.StatusOK || len(ran) != 1 {
			t.Errorf("%q to a redrawn form: %d, handlers run %v", bad, code, ran)
		}
	}
	ran = nil
	if code := post("/plain/1", url.Values{"title": {"ab"}}); code != http.StatusOK || len(ran) != 1 {
		t.Errorf("clean input: %d, handlers run %v", code, ran)
	}
}
