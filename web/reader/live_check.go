package reader

import (
	"errors"
	"fmt"
	"net/http"

	"github.com/labstack/echo/v4"

	"github.com/factline/factline/models"
	"github.com/factline/factline/models/archive"
	"github.com/factline/factline/models/capture"
	"github.com/factline/factline/web/httpx"
)

// errLiveCheckEditors refuses a live check to a user who may not make one.
// The route is for editors already; the handler says so itself, as a check
// stores a row and fetches from a site in the user's name.
var errLiveCheckEditors = echo.NewHTTPError(http.StatusForbidden,
	"Only editors and admins can check a source's live page; your account may read but not change. An admin can change your role.")

// LiveCheck serves POST /sources/:id/live-check: it fetches the source's
// address now, compares it with the newest capture (or the source's text)
// and keeps what it found (archive.CheckLive), then shows it on the source's
// page. The live page is fetched as capture fetches (public addresses only,
// bounded in size, time and turns), and an address capture refuses is
// refused with its reason, nothing kept.
func (h *Handler) LiveCheck(c echo.Context) error {
	user := httpx.CurrentUser(c)
	if !user.CanEdit() {
		return errLiveCheckEditors
	}
	id, err := httpx.PathID(c, "id")
	if err != nil {
		return err
	}
	src, err := h.Store.As(httpx.Viewer(c)).Source(c.Request().Context(), id)
	if err != nil {
		return err
	}
	_, err = archive.Of(h.Store).CheckLive(c.Request().Context(), h.Capturer, src, user.ID)
	var refused *capture.RefusedError
	switch {
	case errors.Is(err, archive.ErrNoAddress):
		return models.FieldErrors{"url": "This source has no web address to check."}
	case errors.Is(err, capture.ErrBusy):
		c.Response().Header().Set("Retry-After", "60")
		return echo.NewHTTPError(http.StatusServiceUnavailable, "factline is fetching other pages right now. Try again in a minute.")
	case errors.As(err, &refused):
		return models.FieldErrors{"url": refused.Reason}
	case err != nil:
		return err
	}
	return c.Redirect(http.StatusSeeOther, fmt.Sprintf("/sources/%d#live", src.ID))
}
