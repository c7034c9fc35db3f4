package items

import (
	"net/http"

	"github.com/labstack/echo/v4"

	"github.com/factline/factline/views"
	"github.com/factline/factline/web/ui"
)

// SourceList serves /sources: the sources, newest publication first; with
// ?live= those whose live page is changed, moved, gone, same or "none" checked.
func (h *Handler) SourceList(c echo.Context) error {
	sources, live, err := h.sourcesLive(c, 500)
	if err != nil {
		return err
	}
	if live == "" {
		if sources, err = h.Store.ListSources(c.Request().Context(), 500); err != nil {
			return err
		}
	}
	if ui.WantsJSON(c) {
		return c.JSON(http.StatusOK, sources)
	}
	p := ui.WithJSON(h.Page(c, "Sources", "The articles, reports, statements and recordings that factline's claims and events cite.", "sources"))
	return h.Render(c, http.StatusOK, p, views.SourceListPage(views.SourceList{Sources: sources, Live: live}))
}
