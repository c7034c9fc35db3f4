package ui

import (
	"log/slog"
	"net"
	"strings"

	"github.com/labstack/echo/v4"

	"github.com/factline/factline/models/richtext"
	"github.com/factline/factline/models/storage"
	"github.com/factline/factline/views"
)

// Kit is what every page handler is built over: each area's Handler embeds
// it, so that a handler reads the store, logs and renders as h.Store, h.Log
// and h.Render.
type Kit struct {
	Store *storage.Store
	Log   *slog.Logger
	// Rich sanitises imported HTML text again as it is shown.
	Rich *richtext.Sanitiser
	// baseURL is the configured scheme and host of permalinks (Config.BaseURL).
	baseURL string
	// trustedProxy is --trusted-proxy, nil for none.
	trustedProxy *net.IPNet
	// assets maps the static files' plain names to their fingerprinted addresses.
	assets views.Assets
}

// NewKit is the kit of a server: its store and log, the configured base URL
// ("" for none), the reverse proxy whose forwarding headers are believed (nil
// for none) and the static files' addresses.
func NewKit(store *storage.Store, log *slog.Logger, baseURL string, trustedProxy *net.IPNet, assets views.Assets) *Kit {
	return &Kit{Store: store, Log: log, Rich: richtext.New(), baseURL: baseURL, trustedProxy: trustedProxy, assets: assets}
}

// fromTrustedProxy reports whether the request's connection comes from the
// trusted proxy, whose forwarding headers are then believed.
func (k *Kit) fromTrustedProxy(c echo.Context) bool {
	if k.trustedProxy == nil {
		return false
	}
	host, _, err := net.SplitHostPort(c.Request().RemoteAddr)
	ip := net.ParseIP(host)
	return err == nil && ip != nil && k.trustedProxy.Contains(ip)
}

// scheme is how the client reached factline: https over TLS, or as the
// trusted proxy says; X-Forwarded-Proto from anyone else is not believed.
func (k *Kit) scheme(c echo.Context) string {
	if c.Request().TLS != nil {
		return "https"
	}
	if k.fromTrustedProxy(c) && strings.EqualFold(c.Request().Header.Get("X-Forwarded-Proto"), "https") {
		return "https"
	}
	return "http"
}
