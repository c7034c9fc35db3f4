package httpx

import (
	"io"
	"net/http"

	"github.com/labstack/echo/v4"
)

// maxBody is the largest body of a form or an API request; larger ones get 413.
const maxBody = 1 << 20

// bodyLimits are the largest bodies factline takes, by kind of request, each
// with what a refused sender is told: a form (1 MiB); a source with its text
// (models.MaxSourceText, 4 MiB, and the form around it); an import file
// (importers.MaxImportSize and the form around it), a page for capture, which
// itself limits the page to 10 MiB, or a PDF (pdftext.DefaultLimits, 50 MiB).
var bodyLimits = map[string]struct {
	size    int64
	refusal string
}{
	"form":    {maxBody, "What you sent is larger than 1 MiB, the most factline accepts at once. Nothing was saved."},
	"source":  {5 << 20, "The text is larger than 4 MiB, the most factline keeps for one source. Keep the part you cite. Nothing was saved."},
	"import":  {51 << 20, "The file is larger than 50 MiB, the most an import takes. Nothing was imported."},
	"capture": {51 << 20, "The page is larger than 10 MiB, the most factline extracts. Nothing was saved."},
	"pdf":     {51 << 20, "The PDF is larger than 50 MiB, the most factline reads. Nothing was saved."},
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
	case "/sources/pdf":
		return "pdf"
	case "/sources", "/sources/:id", APIPrefix + "/sources", APIPrefix + "/sources/:id":
		return "source"
	}
	return "form"
}

// IsUpload reports whether the request carries an upload (an import file, a
// page to capture), which may be up to 51 MiB.
func IsUpload(c echo.Context) bool {
	kind := bodyKind(c)
	return kind == "import" || kind == "capture" || kind == "pdf"
}

// BodyRefusal is what the sender of a body larger than its limit is told.
func BodyRefusal(c echo.Context) string { return bodyLimits[bodyKind(c)].refusal }

// BodyLimit refuses a body larger than its kind's limit with 413. It runs
// before the CSRF check, which reads the form, so that a body too large is
// refused by its Content-Length before any of it is read. A body without one
// (chunked) is cut off at the limit, and the cut is noted, so that the CSRF
// check, which then finds no token in the half-read form, answers 413 too.
func BodyLimit() echo.MiddlewareFunc {
	return func(next echo.HandlerFunc) echo.HandlerFunc {
		return func(c echo.Context) error {
			limit, req := bodyLimits[bodyKind(c)].size, c.Request()
			if req.ContentLength > limit {
				return echo.ErrStatusRequestEntityTooLarge
			}
			if req.Body != nil && req.Body != http.NoBody {
				req.Body = &limitedBody{ReadCloser: req.Body, left: limit, c: c}
			}
			return next(c)
		}
	}
}

// bodyCutKey marks a request whose body was cut off at its limit.
const bodyCutKey = "factline.body_cut"

// limitedBody reads at most left bytes, then fails with 413 and marks the request.
type limitedBody struct {
	io.ReadCloser
	left int64
	c    echo.Context
}

func (b *limitedBody) Read(p []byte) (int, error) {
	if b.left < 0 {
		return 0, echo.ErrStatusRequestEntityTooLarge
	}
	if int64(len(p)) > b.left+1 {
		p = p[:b.left+1]
	}
	n, err := b.ReadCloser.Read(p)
	b.left -= int64(n)
	if b.left < 0 {
		b.c.Set(bodyCutKey, true)
		return n, echo.ErrStatusRequestEntityTooLarge
	}
	return n, err
}

// BodyWasCut reports whether the request's body went past its limit.
func BodyWasCut(c echo.Context) bool {
	cut, _ := c.Get(bodyCutKey).(bool)
	return cut
}
