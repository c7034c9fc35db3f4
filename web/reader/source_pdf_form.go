package reader

import (
	"net/http"
	"time"

	"github.com/labstack/echo/v4"

	"github.com/factline/factline/models/pdftext"
	"github.com/factline/factline/views"
	"github.com/factline/factline/web/ui"
)

// SourcePDFForm serves GET /sources/pdf: upload a PDF or give its address
// (?url= fills it in, as the capture page does for an address that ends in
// .pdf).
func (h *Handler) SourcePDFForm(c echo.Context) error {
	f := ui.EmptyForm(c, "/sources/pdf", map[string]string{"kind": "report", "url": c.QueryParam("url"),
		"accessed": time.Now().Format("2006-01-02")})
	return h.renderSourcePDF(c, http.StatusOK, f)
}

func (h *Handler) renderSourcePDF(c echo.Context, status int, f views.Form) error {
	v := views.SourcePDF{Form: f, MaxBytes: pdftext.Size(h.PDFs.Limits.MaxBytes), MaxPages: h.PDFs.Limits.MaxPages}
	return h.Render(c, status, h.Page(c, "Add a PDF", "Add a source read from a PDF.", "sources"), views.SourcePDFPage(v))
}
