package web

import (
	"github.com/labstack/echo/v4"

	"github.com/factline/factline/models"
	"github.com/factline/factline/models/storage"
	"github.com/factline/factline/web/httpx"
	"github.com/factline/factline/web/ui"
)

// shareScope opens the share link of the path for the routes under /s/:token:
// the request goes on as an anonymous visitor's whose reads keep to what the
// link shows (storage.ShareScope), whoever is signed in, so that the pages are
// the same in any browser. A revoked or unknown link closes all of them. The
// pages are not for search engines and send no referrer, so the token does not
// reach the sites that the sources link to.
func (s *Server) shareScope(next echo.HandlerFunc) echo.HandlerFunc {
	return func(c echo.Context) error {
		h := c.Response().Header()
		h.Set("Referrer-Policy", "no-referrer")
		h.Set("X-Robots-Tag", "noindex")
		token := c.Param("token")
		ctx := models.WithUser(c.Request().Context(), nil)
		sc, err := s.Store.OpenShareLink(ctx, token, "/s/"+token)
		if err != nil {
			return err
		}
		httpx.SetUser(c, nil)
		c.SetRequest(c.Request().WithContext(storage.WithShareScope(c.Request().Context(), sc)))
		return next(c)
	}
}

// sharedTimeline serves /s/:token: the timeline, or the version the link opens.
func (s *Server) sharedTimeline(c echo.Context) error {
	if ui.ShareScopeOf(c).Version() != 0 {
		return s.versionShow(c)
	}
	return s.timelineShow(c)
}

// sharedExport serves /s/:token/export/:format: the timeline's, or the
// version's, exports, with permalinks under the link.
func (s *Server) sharedExport(c echo.Context) error {
	if ui.ShareScopeOf(c).Version() != 0 {
		return s.versionExport(c)
	}
	return s.timelineExport(c)
}

// sharedHistory serves /s/:token/history when the owner let the link show it.
func (s *Server) sharedHistory(c echo.Context) error {
	if sc := ui.ShareScopeOf(c); !sc.Link.ShowHistory || sc.Version() != 0 {
		return httpx.ErrHidden
	}
	return s.timelineHistory(c)
}
