package web

import (
	"net/http"

	"github.com/labstack/echo/v4"

	"github.com/factline/factline/views"
)

// sourceList serves /sources: the sources, newest publication first.
func (s *Server) sourceList(c echo.Context) error {
	sources, err := s.store.ListSources(c.Request().Context(), 500)
	if err != nil {
		return err
	}
	if wantsJSON(c) {
		return c.JSON(http.StatusOK, sources)
	}
	p := withJSON(s.page(c, "Sources", "The articles, reports, statements and recordings that factline's claims and events cite.", "sources"))
	return s.render(c, http.StatusOK, p, views.SourceListPage(views.SourceList{Sources: sources}))
}
