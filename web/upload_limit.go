package web

import (
	"net/http"

	"github.com/labstack/echo/v4"
	"github.com/labstack/echo/v4/middleware"
)

// bodyLimits are the largest bodies factline takes, by kind of request, each
// with what a refused sender is told: a form (1 MiB); a source with its text
// (models.MaxSourceText, 4 MiB, and the form around it); an import file
// (formats.MaxImportSize and the form around it) or a page for capture, which
// itself limits the page to 10 MiB.
var bodyLimits = map[string]struct{ size, refusal string }{
	"form":    {maxBody, "What you sent is larger than 1 MiB, the most factline accepts at once. Nothing was saved."},
	"source":  {"5M", "The text is larger than 4 MiB, the most factline keeps for one source. Keep the part you cite. Nothing was saved."},
	"import":  {"51M", "The file is larger than 50 MiB, the most an import takes. Nothing was imported."},
	"capture": {"51M", "The page is larger than 10 MiB, the most factline extracts. Nothing was saved."},
}

// bodyKind says which limit a request is held to.
func bodyKind(c echo.Context) string {
	if c.Request().Method != http.MethodPost && c.Request().Method != http.MethodPut {
		return "form"
	}
	switch c.Path() {
	case "/import":
		return "import"
	case "/capture":
		return "capture"
	case "/sources", "/sources/:id", apiPrefix + "/sources", apiPrefix + "/sources/:id":
		return "source"
	}
	return "form"
}

// bodyLimit refuses a body larger than its kind's limit with 413. It runs
// before the CSRF check, which reads the form, so that a body too large is
// refused by its Content-Length before any of it is read (a body without one is
// cut off at the limit).
func (s *Server) bodyLimit() echo.MiddlewareFunc {
	limits := map[string]echo.MiddlewareFunc{}
	for kind, l := range bodyLimits {
		limits[kind] = middleware.BodyLimit(l.size)
	}
	return func(next echo.HandlerFunc) echo.HandlerFunc {
		limited := map[string]echo.HandlerFunc{}
		for kind, m := range limits {
			limited[kind] = m(next)
		}
		return func(c echo.Context) error { return limited[bodyKind(c)](c) }
	}
}
