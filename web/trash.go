package web

import (
	"net/http"

	"github.com/labstack/echo/v4"

	"github.com/factline/factline/views"
	"github.com/factline/factline/web/httpx"
	"github.com/factline/factline/web/ui"
)

// trashList serves /trash: deleted items.
func (s *Server) trashList(c echo.Context) error {
	items, err := s.Store.ListTrash(c.Request().Context())
	if err != nil {
		return err
	}
	// No JSON twin: nothing reads the trash but its page (docs/API.md §7).
	return s.Render(c, http.StatusOK, s.Page(c, "Trash", "", ""), views.TrashPage(items, ui.CSRFToken(c)))
}

// trashRestore serves POST /trash/:entity/:id/restore.
func (s *Server) trashRestore(c echo.Context) error {
	id, err := httpx.PathID(c, "id")
	if err != nil {
		return err
	}
	if err := s.Store.Restore(c.Request().Context(), c.Param("entity"), id); err != nil {
		return err
	}
	return ui.RedirectAfterPost(c, "/trash")
}

// trashPurge serves POST /trash/:entity/:id/purge, for admins: gone for good.
func (s *Server) trashPurge(c echo.Context) error {
	id, err := httpx.PathID(c, "id")
	if err != nil {
		return err
	}
	if err := s.Store.Purge(c.Request().Context(), c.Param("entity"), id); err != nil {
		return err
	}
	return ui.RedirectAfterPost(c, "/trash")
}
