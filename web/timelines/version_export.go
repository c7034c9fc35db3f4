package timelines

import (
	"fmt"
	"net/http"
	"strings"

	"github.com/labstack/echo/v4"

	"github.com/factline/factline/models/formats"
	"github.com/factline/factline/models/formats/exporters"
	"github.com/factline/factline/models/formats/importers"
	"github.com/factline/factline/views"
	"github.com/factline/factline/web/ui"
)

// VersionExport serves /timelines/:slug/versions/:n/export/:format: the version
// exactly as published, made from its frozen factline JSON document, in any of
// the exchange formats, to anyone who may read the timeline.
func (h *Handler) VersionExport(c echo.Context) error {
	f, ok := exporters.Lookup(c.Param("format"))
	if !ok {
		return echo.NewHTTPError(http.StatusNotFound)
	}
	t, _, err := h.TimelineAccess(c)
	if err != nil {
		return err
	}
	n, err := ui.VersionNumber(c)
	if err != nil {
		return err
	}
	v, _, err := h.Store.GetVersion(c.Request().Context(), t.ID, n)
	if err != nil {
		return err
	}
	if v.Document == "" {
		return echo.NewHTTPError(http.StatusNotFound, "this version was published before versions kept their documents")
	}
	doc, _, err := importers.Read(strings.NewReader(v.Document), "version.json")
	if err != nil {
		return fmt.Errorf("version %d of %s: %w", n, t.Slug, err)
	}
	frozen := *t
	frozen.Title, frozen.Summary, frozen.UpdatedAt = doc.Timeline.Title, doc.Timeline.Summary, v.PublishedAt
	path := views.VersionPath(c.Request().Context(), t.Slug, n)
	h.writeExport(c, f, fmt.Sprintf("%s-v%d", t.Slug, n), exporters.Export{Store: formats.DocumentData{Doc: doc},
		Timeline: &frozen, BaseURL: h.BaseURL(c), Path: path, ItemBase: views.LinkBase(c.Request().Context()),
		NoLinkBack: noLinkBack(c, t)})
	return nil
}
