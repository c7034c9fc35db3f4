package items

import (
	"fmt"
	"net/http"
	"strconv"

	"github.com/labstack/echo/v4"

	"github.com/factline/factline/models"
	"github.com/factline/factline/models/archive"
	"github.com/factline/factline/web/httpx"
)

// CaptureDownload serves GET /sources/:id/captures/:capture: the bytes a
// capture kept, exactly, as an attachment — to whoever may read the source,
// read as its viewer; another source's capture is not found here.
func (h *Handler) CaptureDownload(c echo.Context) error {
	src, rec, err := h.ReadCapture(c)
	if err != nil {
		return err
	}
	b, err := archive.Of(h.Store).Bytes(c.Request().Context(), rec)
	if err != nil {
		return err
	}
	name, typ := fmt.Sprintf("factline-source-%d-capture-%d.warc.gz", src.ID, rec.ID), "application/warc"
	if rec.Kind == models.CaptureUpload {
		name, typ = fmt.Sprintf("factline-source-%d-capture-%d", src.ID, rec.ID), "application/octet-stream"
	}
	hd := c.Response().Header()
	// Never rendered here: the bytes are the site's or an uploader's.
	hd.Set("Content-Disposition", "attachment; filename="+strconv.Quote(name))
	hd.Set("Content-Security-Policy", "sandbox; default-src 'none'")
	hd.Set("X-Content-Type-Options", "nosniff")
	hd.Set("Digest", "sha-256="+rec.StoredSHA256)
	return c.Blob(http.StatusOK, typ, b)
}

// ReadCapture reads the source of the path as the request's viewer, then
// one capture of it.
func (h *Handler) ReadCapture(c echo.Context) (*models.Source, *models.Capture, error) {
	id, err := httpx.PathID(c, "id")
	if err != nil {
		return nil, nil, err
	}
	captureID, err := httpx.PathID(c, "capture")
	if err != nil {
		return nil, nil, err
	}
	src, err := h.Store.As(httpx.Viewer(c)).Source(c.Request().Context(), id)
	if err != nil {
		return nil, nil, err
	}
	rec, err := archive.Of(h.Store).Capture(c.Request().Context(), src.ID, captureID)
	if err != nil {
		return nil, nil, err
	}
	return src, rec, nil
}
