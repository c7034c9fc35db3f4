package ui

import (
	"net/http"
	"net/url"
	"strings"

	"github.com/labstack/echo/v4"

	"github.com/factline/factline/models"
)

// strayFieldsKey is the context key of the posted fields that held stray bytes.
const strayFieldsKey = "stray_fields"

// strayRefusal is the message beside a field whose stray bytes were taken out.
const strayRefusal = "This held a NUL character or bytes that are not UTF-8 text, which factline cannot store; they were taken out. Check what is left and save again."

// CleanText takes NUL characters and bytes that are not UTF-8 out of every
// query parameter and posted form field before a handler reads them, so that
// none reaches the database: PostgreSQL's text refuses them (a 500), SQLite
// would keep them. It is one middleware rather than a check per handler
// because a handler may query with a field (a speaker's name, a slug) before
// anything validates it. A query is read without them. A posted form that held
// them is refused here, at the edge, before its handler runs — 422 naming the
// fields, nothing written — unless its route is one of redrawn, whose handler
// draws the form again with a refusal beside each such field (ReadForm) before
// it writes, keeping what was typed minus those bytes. Passwords are left
// alone: they are hashed, never stored as text. JSON bodies are checked by
// web/api's decodeJSON, uploaded files by the import that reads them.
func CleanText(redrawn Redrawn) echo.MiddlewareFunc {
	return func(next echo.HandlerFunc) echo.HandlerFunc {
		return func(c echo.Context) error {
			stray := cleanRequest(c)
			if len(stray) == 0 {
				return next(c)
			}
			if redrawn[c.Request().Method+" "+c.Path()] {
				c.Set(strayFieldsKey, stray)
				return next(c)
			}
			fe := models.FieldErrors{}
			for name := range stray {
				fe.Add(name, strayRefusal)
			}
			return fe
		}
	}
}

// Redrawn is the set of posted forms, by method and route ("POST
// /claims/:id"), whose handler draws the form again with a refusal beside
// each field that held stray bytes, and writes nothing then; the route table
// names them (web/routes.go).
type Redrawn map[string]bool

// Add names the form that route posts to as redrawn.
func (r Redrawn) Add(route *echo.Route) { r[route.Method+" "+route.Path] = true }

// cleanRequest takes stray bytes out of the request's query and posted form
// in place and returns the names of the posted fields that held some.
func cleanRequest(c echo.Context) map[string]bool {
	req := c.Request()
	if req.URL.RawQuery != "" {
		vals, _ := url.ParseQuery(req.URL.RawQuery)
		if len(cleanValues(vals)) > 0 {
			req.URL.RawQuery = vals.Encode()
		}
	}
	if req.Method != http.MethodGet && req.Method != http.MethodHead && !isJSON(req) {
		if _, err := c.FormParams(); err == nil {
			stray := cleanValues(req.PostForm)
			cleanValues(req.Form)
			if req.MultipartForm != nil {
				cleanValues(req.MultipartForm.Value)
			}
			return stray
		}
	}
	return nil
}

// isJSON reports a request whose body is JSON.
func isJSON(req *http.Request) bool {
	return strings.HasPrefix(req.Header.Get(echo.HeaderContentType), echo.MIMEApplicationJSON)
}

// cleanValues takes stray bytes out of vals in place, but for passwords, and
// returns the names of the fields that held some.
func cleanValues(vals url.Values) map[string]bool {
	stray := map[string]bool{}
	for name, vs := range vals {
		if strings.Contains(name, "password") {
			continue
		}
		for i, v := range vs {
			if models.HasStrayBytes(v) {
				vs[i] = withoutStrayBytes(v)
				stray[name] = true
			}
		}
	}
	return stray
}

// withoutStrayBytes is v without its NULs and bytes that are not UTF-8.
func withoutStrayBytes(v string) string {
	return strings.ReplaceAll(strings.ToValidUTF8(v, ""), "\x00", "")
}

// refuseStrayFields adds strayRefusal to fe for each of names that the
// posted form held stray bytes in (CleanText).
func refuseStrayFields(c echo.Context, fe models.FieldErrors, names ...string) {
	stray, _ := c.Get(strayFieldsKey).(map[string]bool)
	for _, n := range names {
		if stray[n] {
			fe.Add(n, strayRefusal)
		}
	}
}
