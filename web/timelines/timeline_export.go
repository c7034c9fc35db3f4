package timelines

import (
	"fmt"
	"net/http"

	"github.com/labstack/echo/v4"

	"github.com/factline/factline/models/formats/exporters"
	"github.com/factline/factline/views"
)

// exportCSP is the policy of the standalone HTML export should a browser show it
// in place: its own inline styles and nothing else.
const exportCSP = "default-src 'none'; style-src 'unsafe-inline'; img-src data:"

// TimelineExport serves /timelines/:slug/export/:format: the timeline as a
// download in one of the exchange formats, streamed as it is read, to anyone
// who may read the timeline.
func (h *Handler) TimelineExport(c echo.Context) error {
	f, ok := exporters.Lookup(c.Param("format"))
	if !ok {
		return echo.NewHTTPError(http.StatusNotFound)
	}
	t, _, err := h.TimelineAccess(c)
	if err != nil {
		return err
	}
	ctx := c.Request().Context()
	h.writeExport(c, f, t.Slug, exporters.Export{Store: h.Store, Timeline: t, BaseURL: h.BaseURL(c),
		Path: views.TimelinePath(ctx, t.Slug), ItemBase: views.LinkBase(ctx), NoLinkBack: noLinkBack(c, t)})
	return nil
}

// writeExport streams an export as a download named after stem.
func (h *Handler) writeExport(c echo.Context, f exporters.Format, stem string, x exporters.Export) {
	hdr := c.Response().Header()
	hdr.Set(echo.HeaderContentType, f.ContentType)
	hdr.Set(echo.HeaderContentDisposition, fmt.Sprintf("attachment; filename=%q", f.Filename(stem)))
	if f.Name == "html" {
		hdr.Set("Content-Security-Policy", exportCSP)
	}
	c.Response().WriteHeader(http.StatusOK)
	if err := f.Write(c.Request().Context(), c.Response(), x); err != nil {
		// The status is sent; the download ends short and the log says why.
		h.Log.Error("export failed", "timeline", x.Timeline.Slug, "format", f.Name, "err", err)
	}
}
