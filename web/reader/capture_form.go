package reader

import (
	"encoding/json"
	"net/http"
	"strings"
	"time"

	"github.com/labstack/echo/v4"

	"github.com/factline/factline/views"
	"github.com/factline/factline/web/ui"
)

// CaptureForm serves GET /capture: fetch, paste or upload a page, the
// bookmarklet, and what the bookmarklet sent (?url=&title=&selection=) ready to
// review as a source.
func (h *Handler) CaptureForm(c echo.Context) error {
	v := views.Capture{Form: ui.EmptyForm(c, "/capture", map[string]string{"url": c.QueryParam("url")}),
		Bookmarklet: bookmarklet(h.BaseURL(c))}
	if c.QueryParam("title") != "" || c.QueryParam("selection") != "" {
		review := ui.EmptyForm(c, "/sources", map[string]string{"kind": "article", "url": c.QueryParam("url"),
			"title": c.QueryParam("title"), "text": c.QueryParam("selection"), "accessed": time.Now().Format("2006-01-02")})
		v.Review = &review
	}
	return h.Render(c, http.StatusOK, h.Page(c, "Capture a source", "Capture a source from the web.", "sources"), views.CapturePage(v))
}

// bookmarklet opens factline's capture page with the current page's address,
// title and selection as query parameters; it runs on the other site's page, so
// factline's Content-Security-Policy does not stop it. The address goes in as
// a JSON string literal, with "%" encoded since a javascript: URL is decoded
// before it runs, so no character of it can end the string.
func bookmarklet(base string) string {
	literal, _ := json.Marshal(base + "/capture?url=") // a string always marshals
	return "javascript:(function(){var e=encodeURIComponent;location.href=" + strings.ReplaceAll(string(literal), "%", "%25") +
		"+e(location.href)+'&title='+e(document.title)+'&selection='+e(String(getSelection()).slice(0,6000));})();"
}
