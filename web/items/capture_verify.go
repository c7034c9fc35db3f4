package items

import (
	"net/http"

	"github.com/labstack/echo/v4"

	"github.com/factline/factline/models/archive"
	"github.com/factline/factline/views"
)

// CaptureVerify serves POST /sources/:id/captures/:capture/verify: it hashes
// the capture's kept bytes again and checks each timestamp token against
// them, and shows what it found in the source's captures (the section for
// htmx, else the source page). Whoever may read the source may verify.
func (h *Handler) CaptureVerify(c echo.Context) error {
	src, rec, err := h.ReadCapture(c)
	if err != nil {
		return err
	}
	check, err := archive.Of(h.Store).Verify(c.Request().Context(), rec)
	if err != nil {
		return err
	}
	v, err := h.sourceShowView(c, src.ID)
	if err != nil {
		return err
	}
	v.Captures.Checks = map[int64]views.CaptureCheck{rec.ID: checkView(check)}
	p := h.Page(c, src.Title, DescribeSource(src), "sources")
	return h.RenderEither(c, http.StatusOK, views.Layout(p), views.SourceShowPage(v), views.SourceCapturesSection(v.Captures))
}
