package reader

import (
	"net/http"
	"net/url"
	"strings"

	"github.com/labstack/echo/v4"

	"github.com/factline/factline/models/pdftext"
	"github.com/factline/factline/views"
	"github.com/factline/factline/web/ui"
)

// pdfCapture reports whether what was given to capture is a PDF: an uploaded
// file that is one, or an address whose path ends in .pdf. A PDF is read page
// by page on the PDF form, not extracted as an article.
func pdfCapture(f views.Form, page []byte, err error) (address string, ok bool) {
	if err != nil {
		return "", false
	}
	if page != nil {
		return "", pdftext.IsPDF(page)
	}
	u, perr := url.Parse(f.Get("url"))
	return f.Get("url"), perr == nil && strings.HasSuffix(strings.ToLower(u.Path), ".pdf")
}

// sourcePDFInstead sends a PDF given to the capture page to the PDF form: an
// address goes there filled in, for the researcher to check and send; an
// uploaded file must be chosen again there, which the form says by the file.
func (h *Handler) sourcePDFInstead(c echo.Context, address, field string) error {
	if field == "url" {
		return c.Redirect(http.StatusSeeOther, "/sources/pdf?"+url.Values{"url": {address}}.Encode())
	}
	f := ui.EmptyForm(c, "/sources/pdf", map[string]string{"kind": "report"})
	f.Errors.Add("file", "This file is a PDF: choose it again here, and factline reads it page by page.")
	return h.renderSourcePDF(c, http.StatusUnprocessableEntity, f)
}
