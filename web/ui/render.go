package ui

import (
	"context"
	"net"
	"net/http"
	"net/netip"
	"strings"

	"github.com/a-h/templ"
	"github.com/labstack/echo/v4"
	"github.com/labstack/echo/v4/middleware"

	"github.com/factline/factline/views"
	"github.com/factline/factline/web/httpx"
)

// Render writes the fragment when htmx asked for one, else the full page, and
// says that the answer varies with HX-Request.
func (k *Kit) Render(c echo.Context, status int, page views.Page, body templ.Component) error {
	return k.RenderEither(c, status, views.Layout(page), body, body)
}

// RenderEither is Render for pages whose fragment is only part of the body.
func (k *Kit) RenderEither(c echo.Context, status int, layout, body, fragment templ.Component) error {
	c.Response().Header().Add("Vary", HXRequest)
	c.Response().Header().Set(echo.HeaderContentType, echo.MIMETextHTMLCharsetUTF8)
	c.Response().WriteHeader(status)
	ctx := k.ViewContext(c)
	if IsFragment(c) {
		return fragment.Render(ctx, c.Response())
	}
	return layout.Render(templ.WithChildren(ctx, body), c.Response())
}

// RenderForm answers a refused form: the form alone for htmx, which swaps it in
// place, else the full page around it.
func (k *Kit) RenderForm(c echo.Context, page views.Page, body, form templ.Component) error {
	return k.RenderEither(c, http.StatusUnprocessableEntity, views.Layout(page), body, form)
}

// RenderConflict answers a save that would overwrite or repeat what is stored
// with 409 and the form as typed, so that nothing typed is lost: a stale save
// shows the stored values beside it and carries their version (saving again
// replaces theirs on purpose); a likely duplicate shows the offer of the
// stored items beside its button.
func (k *Kit) RenderConflict(c echo.Context, page views.Page, body, form templ.Component) error {
	return k.RenderEither(c, http.StatusConflict, views.Layout(page), body, form)
}

// WithTheirs marks a form refused as stale, with the stored values and version.
func WithTheirs(f views.Form, theirs map[string]string) views.Form {
	f.Theirs = theirs
	f.Values["version"] = theirs["version"]
	return f
}

// Fragment writes a component alone, for answers that are only ever fragments.
func (k *Kit) Fragment(c echo.Context, status int, comp templ.Component) error {
	c.Response().Header().Add("Vary", HXRequest)
	c.Response().Header().Set(echo.HeaderContentType, echo.MIMETextHTMLCharsetUTF8)
	c.Response().WriteHeader(status)
	return comp.Render(k.ViewContext(c), c.Response())
}

// ViewContext is the request's context with what components need to know of
// it: who is looking, and the static files' addresses.
func (k *Kit) ViewContext(c echo.Context) context.Context {
	return views.WithAssets(views.WithViewer(c.Request().Context(), httpx.CurrentUser(c)), k.assets)
}

// Page builds the layout's view model for the current request.
func (k *Kit) Page(c echo.Context, title, description, nav string) views.Page {
	p := views.Page{
		Title:       title,
		Description: description,
		Path:        c.Request().URL.Path,
		BaseURL:     k.BaseURL(c),
		CSRF:        CSRFToken(c),
		Nav:         nav,
		NoIndex:     ShareScopeOf(c) != nil,
	}
	return p
}

// WithJSON marks the page as having a JSON twin at the same path.
func WithJSON(p views.Page) views.Page {
	p.JSONPath = p.Path + "?format=json"
	return p
}

// BaseURL is the scheme and host of permalinks, Open Graph URLs and share
// links: the configured base URL (serve always sets one). Without it a
// request's Host header is trusted only when it names this machine, so a
// forged Host cannot put another site into a page or an export.
func (k *Kit) BaseURL(c echo.Context) string {
	if k.baseURL != "" {
		return strings.TrimRight(k.baseURL, "/")
	}
	if isLoopbackHost(c.Request().Host) {
		return k.scheme(c) + "://" + c.Request().Host
	}
	return "http://localhost"
}

// isLoopbackHost reports whether a Host header (with or without a port) is
// localhost or a loopback address.
func isLoopbackHost(host string) bool {
	if h, _, err := net.SplitHostPort(host); err == nil {
		host = h
	}
	if strings.EqualFold(host, "localhost") {
		return true
	}
	ip, err := netip.ParseAddr(strings.Trim(host, "[]"))
	return err == nil && ip.Unmap().IsLoopback()
}

// WantsJSON reports whether the client asked for the JSON twin of a page that
// has one (docs/API.md §7: the pages' JSON), or for an error as JSON.
func WantsJSON(c echo.Context) bool {
	c.Response().Header().Add("Vary", echo.HeaderAccept)
	return c.QueryParam("format") == "json" ||
		strings.HasPrefix(c.Request().Header.Get(echo.HeaderAccept), echo.MIMEApplicationJSON)
}

// RedirectAfterPost sends the browser to the saved item: a 303 for plain forms,
// HX-Redirect for htmx, which never pushes the POST's URL.
func RedirectAfterPost(c echo.Context, to string) error {
	if IsHTMX(c) {
		c.Response().Header().Set(HXRedirect, to)
		return c.NoContent(http.StatusNoContent)
	}
	return c.Redirect(http.StatusSeeOther, to)
}

// CSRFToken is the request's CSRF token, which its forms carry.
func CSRFToken(c echo.Context) string {
	t, _ := c.Get(middleware.DefaultCSRFConfig.ContextKey).(string)
	return t
}
