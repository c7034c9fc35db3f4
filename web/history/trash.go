package history

import (
	"net/http"

	"github.com/labstack/echo/v4"

	revisions "github.com/factline/factline/models/history"
	"github.com/factline/factline/views"
	"github.com/factline/factline/web/httpx"
	"github.com/factline/factline/web/ui"
)

// TrashList serves /trash: deleted items.
func (h *Handler) TrashList(c echo.Context) error {
	items, err := revisions.Of(h.Store).ListTrash(c.Request().Context(), httpx.Viewer(c))
	if err != nil {
		return err
	}
	// No JSON twin: nothing reads the trash but its page (docs/API.md §7).
	return h.Render(c, http.StatusOK, h.Page(c, "Trash", "", ""), views.TrashPage(items, ui.CSRFToken(c)))
}

// TrashRestore serves POST /trash/:entity/:id/restore.
func (h *Handler) TrashRestore(c echo.Context) error {
	id, err := httpx.PathID(c, "id")
	if err != nil {
		return err
	}
	if err := h.Store.Restore(c.Request().Context(), c.Param("entity"), id); err != nil {
		return err
	}
	return ui.RedirectAfterPost(c, "/trash")
}

// TrashPurge serves POST /trash/:entity/:id/purge, for admins: gone for good.
func (h *Handler) TrashPurge(c echo.Context) error {
	id, err := httpx.PathID(c, "id")
	if err != nil {
		return err
	}
	if err := h.Store.Purge(c.Request().Context(), c.Param("entity"), id); err != nil {
		return err
	}
	return ui.RedirectAfterPost(c, "/trash")
}
