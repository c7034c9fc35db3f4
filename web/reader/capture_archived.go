package reader

import (
	"errors"
	"fmt"
	"net/http"

	"github.com/labstack/echo/v4"

	"github.com/factline/factline/models/archive"
	"github.com/factline/factline/models/storage"
	"github.com/factline/factline/views"
	"github.com/factline/factline/web/items"
)

// ArchivedCopy serves GET /sources/:id/captures/:capture/archived: a banner
// that says what the copy is (from where, when, its digest and timestamps,
// with the live address and the download), over the copy in a sandboxed
// frame. Whoever may read the source may read it; another source's capture,
// or the capture of a source the viewer may not read, is not found.
func (h *Handler) ArchivedCopy(c echo.Context) error {
	src, rec, err := h.items.ReadCapture(c)
	if err != nil {
		return err
	}
	v := views.ArchivedCopy{Source: *src, Capture: *rec, Readable: archive.Readable(*rec)}
	p := h.Page(c, "Archived copy: "+src.Title, items.DescribeSource(src), "sources")
	return h.Render(c, http.StatusOK, p, views.ArchivedCopyPage(v))
}

// archivedCSP is the policy an archived copy is served under: nothing may
// load (no script, style sheet, image, font or frame from anywhere, factline
// included: the copy's inline styles and data: images are what shows), no
// form may be sent, only factline may frame it, and the sandbox makes it an
// origin of its own that runs nothing and may open a link the reader follows.
const archivedCSP = "default-src 'none'; style-src 'unsafe-inline'; img-src data:; font-src data:; media-src data:; " +
	"form-action 'none'; base-uri *; frame-ancestors 'self'; sandbox allow-popups allow-popups-to-escape-sandbox"

// ArchivedPage serves GET /sources/:id/captures/:capture/archived/page: the
// archived copy itself, made from the bytes kept (archive.Page), never from
// the live address. It is checked here as the banner is, since the frame's
// address can be opened alone.
func (h *Handler) ArchivedPage(c echo.Context) error {
	_, rec, err := h.items.ReadCapture(c)
	if err != nil {
		return err
	}
	page, err := archive.Of(h.Store).Page(c.Request().Context(), rec)
	if errors.Is(err, archive.ErrNotAPage) {
		return fmt.Errorf("web: archived copy of capture %d: %w", rec.ID, storage.ErrNotFound)
	}
	if err != nil {
		return err
	}
	hd := c.Response().Header()
	hd.Set("Content-Security-Policy", archivedCSP)
	hd.Set("X-Frame-Options", "SAMEORIGIN")
	hd.Set("Referrer-Policy", "no-referrer")
	hd.Set("X-DNS-Prefetch-Control", "off")
	return c.Blob(http.StatusOK, archive.PageContentType, page)
}
