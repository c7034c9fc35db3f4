package web

import (
	"net/http"
	"strings"

	"github.com/labstack/echo/v4"

	"github.com/factline/factline/models"
	"github.com/factline/factline/views"
)

// embedTimeline serves /embed/timelines/:slug: a public timeline for an iframe on
// any site. Only public timelines embed, whoever asks.
func (s *Server) embedTimeline(c echo.Context) error {
	ctx := c.Request().Context()
	t, err := s.store.GetTimeline(ctx, c.Param("slug"))
	if err != nil {
		return err
	}
	if t.Visibility != "public" {
		return errHidden
	}
	v, err := s.filteredView(c, t)
	if err != nil {
		return err
	}
	h := c.Response().Header()
	h.Set("Content-Security-Policy", strings.Replace(contentSecurityPolicy, "frame-ancestors 'none'", "frame-ancestors *", 1))
	h.Set(echo.HeaderContentType, echo.MIMETextHTMLCharsetUTF8)
	c.Response().WriteHeader(http.StatusOK)
	page := s.page(c, t.Title, t.Summary, "")
	return views.EmbedPage(page, v).Render(views.WithViewer(ctx, (*models.User)(nil)), c.Response())
}
