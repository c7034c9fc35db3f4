package timelines

import (
	"bytes"
	"fmt"
	"net/http"
	"net/url"
	"strings"

	"github.com/labstack/echo/v4"

	"github.com/factline/factline/models"
	"github.com/factline/factline/models/storage"
	"github.com/factline/factline/views"
	"github.com/factline/factline/web/httpx"
	"github.com/factline/factline/web/ui"
)

// EmbedTimeline serves /embed/timelines/:slug, a public timeline for an iframe
// on any site, and /s/:token/embed, the timeline of a share link: an unlisted
// timeline embeds only through its link. Either keeps the filter of its query.
func (h *Handler) EmbedTimeline(c echo.Context) error {
	t, err := h.embeddableTimeline(c)
	if err != nil {
		return err
	}
	v, err := h.filteredView(c, t, c.Request().URL.Path)
	if err != nil {
		return err
	}
	page := h.Page(c, t.Title, t.Summary, "")
	var body bytes.Buffer
	// An embed is the same for everyone: no editing, whoever is signed in.
	if err := views.EmbedPage(page, v).Render(views.WithViewer(h.ViewContext(c), nil), &body); err != nil {
		return err
	}
	out, err := linksOutOfEmbed(body.Bytes(), c.Request().URL.Path)
	if err != nil {
		return fmt.Errorf("embed %s: %w", t.Slug, err)
	}
	hdr := c.Response().Header()
	hdr.Set("Content-Security-Policy", strings.Replace(ui.ContentSecurityPolicy, "frame-ancestors 'none'", embedFrameAncestors, 1))
	hdr.Del("X-Frame-Options")
	return c.HTMLBlob(http.StatusOK, out)
}

// embeddableTimeline is the share link's living timeline, or the public
// timeline of the path.
func (h *Handler) embeddableTimeline(c echo.Context) (*models.Timeline, error) {
	if sc := ui.ShareScopeOf(c); sc != nil {
		if sc.Version() != 0 {
			return nil, httpx.ErrHidden
		}
		return sc.Timeline, nil
	}
	// Embedded in other sites' pages, a timeline is read as an anonymous
	// visitor would, whoever is signed in: public ones only.
	t, _, err := h.Store.As(storage.Viewer{}).Timeline(c.Request().Context(), c.Param("slug"))
	return t, err
}

// embedFields are what an embed keeps of the timeline page it was made from:
// the filter, and the time-scaled view with its lanes and window.
var embedFields = append(append([]string{}, filterFields...), "view", "by", "t0", "t1")

// EmbedQuery is the query string an embed of the request's timeline page
// keeps (embedFields): the sharing page puts it into the embeds it offers.
func EmbedQuery(c echo.Context) string {
	q := url.Values{}
	for _, n := range embedFields {
		if v := c.QueryParam(n); v != "" {
			q.Set(n, v)
		}
	}
	return q.Encode()
}
