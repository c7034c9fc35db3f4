package web

import "github.com/labstack/echo/v4"

// htmx request and response headers, typed.
const (
	hxRequest        = "HX-Request"
	hxBoosted        = "HX-Boosted"
	hxHistoryRestore = "HX-History-Restore-Request"
	hxRedirect       = "HX-Redirect"
	hxTrigger        = "HX-Trigger"
)

// isFragment reports whether htmx asked for a fragment: HX-Request is set and the
// request is neither boosted nor a history restore, which want the full page.
func isFragment(c echo.Context) bool {
	h := c.Request().Header
	return h.Get(hxRequest) == "true" && h.Get(hxBoosted) != "true" && h.Get(hxHistoryRestore) != "true"
}

// isHTMX reports whether the request came from htmx at all.
func isHTMX(c echo.Context) bool { return c.Request().Header.Get(hxRequest) == "true" }
