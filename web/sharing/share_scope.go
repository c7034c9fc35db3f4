package sharing

import (
	"github.com/labstack/echo/v4"

	"github.com/factline/factline/models"
	"github.com/factline/factline/models/storage"
	"github.com/factline/factline/web/httpx"
	"github.com/factline/factline/web/ui"
)

// ShareScope opens the share link of the path for the routes under /s/:token:
// the request goes on as an anonymous visitor's whose reads keep to what the
// link shows (storage.ShareScope), whoever is signed in, so that the pages are
// the same in any browser. A revoked or unknown link closes all of them. The
// pages are not for search engines and send no referrer, so the token does not
// reach the sites that the sources link to.
func (h *Handler) ShareScope(next echo.HandlerFunc) echo.HandlerFunc {
	return func(c echo.Context) error {
		hdr := c.Response().Header()
		hdr.Set("Referrer-Policy", "no-referrer")
		hdr.Set("X-Robots-Tag", "noindex")
		token := c.Param("token")
		ctx := models.WithUser(c.Request().Context(), nil)
		sc, err := h.Store.OpenShareLink(ctx, token, "/s/"+token)
		if err != nil {
			return err
		}
		httpx.SetUser(c, nil)
		c.SetRequest(c.Request().WithContext(storage.WithShareScope(c.Request().Context(), sc)))
		return next(c)
	}
}

// SharedTimeline serves /s/:token: the timeline, or the version the link opens.
func (h *Handler) SharedTimeline(c echo.Context) error {
	if ui.ShareScopeOf(c).Version() != 0 {
		return h.timelines.VersionShow(c)
	}
	return h.timelines.TimelineShow(c)
}

// SharedExport serves /s/:token/export/:format: the timeline's, or the
// version's, exports, with permalinks under the link.
func (h *Handler) SharedExport(c echo.Context) error {
	if ui.ShareScopeOf(c).Version() != 0 {
		return h.timelines.VersionExport(c)
	}
	return h.timelines.TimelineExport(c)
}

// SharedHistory serves /s/:token/history when the owner let the link show it.
func (h *Handler) SharedHistory(c echo.Context) error {
	if sc := ui.ShareScopeOf(c); !sc.Link.ShowHistory || sc.Version() != 0 {
		return httpx.ErrHidden
	}
	return h.history.TimelineHistory(c)
}
