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

// CaptureAgain serves POST /sources/:id/captures: it fetches the source's
// address again and keeps what came as a new capture of the source (the
// earlier ones stay as they were; the source's text is not changed). A page
// whose article cannot be read is kept all the same.
func (h *Handler) CaptureAgain(c echo.Context) error {
	id, err := httpx.PathID(c, "id")
	if err != nil {
		return err
	}
	src, err := h.Store.As(httpx.Viewer(c)).Source(c.Request().Context(), id)
	if err != nil {
		return err
	}
	if src.URL == "" {
		return models.FieldErrors{"url": "This source has no web address to capture."}
	}
	a, err := h.Capturer.Capture(c.Request().Context(), nil, src.URL)
	var refused *capture.RefusedError
	switch {
	case errors.Is(err, capture.ErrBusy):
		return echo.NewHTTPError(http.StatusServiceUnavailable, "factline is capturing other pages right now. Try again in a minute.")
	case errors.As(err, &refused):
		return models.FieldErrors{"url": refused.Reason}
	case a.Fetched == nil:
		return err
	}
	rec, kept, err := archive.FromFetch(a.Fetched, a.Text, httpx.CurrentUser(c).ID)
	if err != nil {
		return err
	}
	rec.SourceID = &src.ID
	if err := h.items.KeepCapture(c, &rec, kept); err != nil {
		return err
	}
	return c.Redirect(http.StatusSeeOther, fmt.Sprintf("/sources/%d#capture-%d", src.ID, rec.ID))
}
