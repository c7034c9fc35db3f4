package ui

import "github.com/labstack/echo/v4"

// htmx request and response headers, typed.
const (
	HXRequest        = "HX-Request"
	HXBoosted        = "HX-Boosted"
	HXHistoryRestore = "HX-History-Restore-Request"
	HXRedirect       = "HX-Redirect"
	HXTrigger        = "HX-Trigger"
)

// IsFragment reports whether htmx asked for a fragment: HX-Request is set and the
// request is neither boosted nor a history restore, which want the full page.
func IsFragment(c echo.Context) bool {
	h := c.Request().Header
	return h.Get(HXRequest) == "true" && h.Get(HXBoosted) != "true" && h.Get(HXHistoryRestore) != "true"
}

// IsHTMX reports whether the request came from htmx at all.
func IsHTMX(c echo.Context) bool { return c.Request().Header.Get(HXRequest) == "true" }
