package web

import (
	"bytes"
	"fmt"
	"net/http"
	"strings"

	"github.com/labstack/echo/v4"

	"github.com/factline/factline/models"
	"github.com/factline/factline/models/storage"
	"github.com/factline/factline/views"
	"github.com/factline/factline/web/httpx"
	"github.com/factline/factline/web/ui"
)

// embedTimeline serves /embed/timelines/:slug, a public timeline for an iframe
// on any site, and /s/:token/embed, the timeline of a share link: an unlisted
// timeline embeds only through its link. Either keeps the filter of its query.
func (s *Server) embedTimeline(c echo.Context) error {
	t, err := s.embeddableTimeline(c)
	if err != nil {
		return err
	}
	v, err := s.filteredView(c, t, c.Request().URL.Path)
	if err != nil {
		return err
	}
	page := s.Page(c, t.Title, t.Summary, "")
	var body bytes.Buffer
	// An embed is the same for everyone: no editing, whoever is signed in.
	if err := views.EmbedPage(page, v).Render(views.WithViewer(s.ViewContext(c), nil), &body); err != nil {
		return err
	}
	out, err := linksOutOfEmbed(body.Bytes(), c.Request().URL.Path)
	if err != nil {
		return fmt.Errorf("embed %s: %w", t.Slug, err)
	}
	h := c.Response().Header()
	h.Set("Content-Security-Policy", strings.Replace(contentSecurityPolicy, "frame-ancestors 'none'", embedFrameAncestors, 1))
	h.Del("X-Frame-Options")
	return c.HTMLBlob(http.StatusOK, out)
}

// embeddableTimeline is the share link's living timeline, or the public
// timeline of the path.
func (s *Server) embeddableTimeline(c echo.Context) (*models.Timeline, error) {
	if sc := ui.ShareScopeOf(c); sc != nil {
		if sc.Version() != 0 {
			return nil, httpx.ErrHidden
		}
		return sc.Timeline, nil
	}
	// Embedded in other sites' pages, a timeline is read as an anonymous
	// visitor would, whoever is signed in: public ones only.
	t, _, err := s.Store.As(storage.Viewer{}).Timeline(c.Request().Context(), c.Param("slug"))
	return t, err
}
