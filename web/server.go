// Package web is factline's HTTP server: the one route table (routes.go) for
// the pages and the API, the pages' handlers (one small handler per action),
// middleware, and the render helper that picks a full page or a fragment. The
// API's handlers are in web/api, what both share in web/httpx, background
// work in web/jobs.
package web

import (
	"context"
	"fmt"
	"log/slog"
	"net"
	"net/http"
	"time"

	"github.com/labstack/echo/v4"

	"github.com/factline/factline/models/archive"
	"github.com/factline/factline/models/storage"
	"github.com/factline/factline/web/account"
	"github.com/factline/factline/web/api"
	"github.com/factline/factline/web/history"
	"github.com/factline/factline/web/items"
	"github.com/factline/factline/web/jobs"
	"github.com/factline/factline/web/reader"
	"github.com/factline/factline/web/sharing"
	"github.com/factline/factline/web/timelines"
	"github.com/factline/factline/web/ui"
)

// Config is what the server needs from the command line.
type Config struct {
	// BaseURL is the scheme and host permalinks are built on, e.g. https://factline.example.
	BaseURL string
	// SecureCookies marks cookies Secure and sends HSTS (set when served over TLS).
	SecureCookies bool
	// TrustedProxy is the address or CIDR of a reverse proxy whose
	// X-Forwarded-For names the client; empty trusts no header.
	TrustedProxy string
	// ImportSweep is how often the server undoes imports whose process died
	// (default jobs.SweepEvery).
	ImportSweep time.Duration
	// TSAURLs are the RFC 3161 time-stamping authorities that stamp every
	// capture; none leaves captures unstamped.
	TSAURLs []string
	// LiveCheckEvery is how often each source's live page is checked against
	// what was kept; 0 checks only when asked.
	LiveCheckEvery time.Duration
}

// Server holds every area's Handler and what the middleware needs.
type Server struct {
	// Kit is what the pages' handlers share (web/ui): the store, the log, rendering.
	*ui.Kit
	cfg       Config
	echo      *echo.Echo
	account   *account.Handler   // signing in, setup, the account page; sessions
	items     *items.Handler     // claims, events, actors, sources
	timelines *timelines.Handler // timelines, their entries, versions and exports
	history   *history.Handler   // revisions and the trash
	sharing   *sharing.Handler   // the sharing page and share links
	reader    *reader.Handler    // a source's reader, citing from it, capture
	imports   *jobs.Imports
	api       *api.Handler // the API for scripts, under /api/v1
	assets    *staticAssets
	// visitorPages holds pages as visitors who are not signed in see them
	// (visitorCache), with csrfPlaceholder where each visitor's token goes.
	visitorPages    *pageCache
	csrfPlaceholder string
	// costlyAnswers bounds the exports, time-scaled views and versions in flight.
	costlyAnswers *costlyAnswers
	// redrawn are the forms whose handler shows stray bytes' refusal (routes.go).
	redrawn ui.Redrawn
}

// New builds the server and its routes. While factline has no admin it makes the
// one-time setup token that SetupPath shows (web/account).
func New(ctx context.Context, cfg Config, store *storage.Store, log *slog.Logger) (*Server, error) {
	s := &Server{cfg: cfg, echo: echo.New(), imports: jobs.NewImports(ctx, store, log, uploadTTL), api: api.New(store),
		visitorPages:  newPageCache(visitorCacheBytes),
		costlyAnswers: newCostlyAnswers(costlyPerClient, costlyInAll, costlyReading)}
	var err error
	if s.csrfPlaceholder, err = newCSRFPlaceholder(); err != nil {
		return nil, fmt.Errorf("web: %w", err)
	}
	if s.assets, err = newStaticAssets(); err != nil {
		return nil, fmt.Errorf("web: static files: %w", err)
	}
	trustedProxy, err := parseTrustedProxy(cfg.TrustedProxy)
	if err != nil {
		return nil, err
	}
	s.Kit = ui.NewKit(store, log, cfg.BaseURL, trustedProxy, s.assets.paths)
	if s.account, err = account.New(ctx, s.Kit, cfg.SecureCookies); err != nil {
		return nil, fmt.Errorf("web: %w", err)
	}
	s.items = items.New(s.Kit)
	if len(cfg.TSAURLs) > 0 {
		s.items.Stamper = archive.NewStamper(cfg.TSAURLs, items.StampTimeout)
	}
	s.timelines = timelines.New(s.Kit)
	s.history = history.New(s.Kit)
	s.sharing = sharing.New(s.Kit, s.timelines, s.history)
	s.reader = reader.New(s.Kit, s.items)
	s.echo.HideBanner = true
	s.echo.HidePort = true
	s.echo.HTTPErrorHandler = s.handleError
	s.account.Sessions.ErrorFunc = s.sessionFailed
	s.echo.IPExtractor = ipExtractor(trustedProxy)
	if err := s.imports.UndoDead(ctx); err != nil {
		return nil, fmt.Errorf("web: %w", err)
	}
	s.routes()
	sweep := cfg.ImportSweep
	if sweep <= 0 {
		sweep = jobs.SweepEvery
	}
	s.imports.Sweep(sweep)
	if cfg.LiveCheckEvery > 0 {
		s.reader.CheckLiveEvery(ctx, cfg.LiveCheckEvery)
	}
	return s, nil
}

// Wait returns once every background import, the sweep of dead ones and
// the schedule of live checks have ended; after the context given to New is cancelled, imports undo
// themselves, so call Wait before closing the store.
func (s *Server) Wait() { s.imports.Wait(); s.reader.LiveWait() }

// SetupPath is the one-time link that creates the first admin, or "" once one exists.
func (s *Server) SetupPath() string { return s.account.SetupPath() }

// ServeHTTP makes the server an http.Handler.
func (s *Server) ServeHTTP(w http.ResponseWriter, r *http.Request) { s.echo.ServeHTTP(w, r) }

// parseTrustedProxy reads --trusted-proxy, an address or a CIDR; nil for none.
func parseTrustedProxy(proxy string) (*net.IPNet, error) {
	if proxy == "" {
		return nil, nil
	}
	_, network, err := net.ParseCIDR(proxy)
	if err != nil {
		ip := net.ParseIP(proxy)
		if ip == nil {
			return nil, fmt.Errorf("web: --trusted-proxy %q is neither an address nor a CIDR", proxy)
		}
		bits := 32
		if ip.To4() == nil {
			bits = 128
		}
		network = &net.IPNet{IP: ip, Mask: net.CIDRMask(bits, bits)}
	}
	return network, nil
}

// ipExtractor takes the client's address from the connection, or from
// X-Forwarded-For when the request comes through the trusted proxy.
func ipExtractor(proxy *net.IPNet) echo.IPExtractor {
	if proxy == nil {
		return echo.ExtractIPDirect()
	}
	return echo.ExtractIPFromXFFHeader(echo.TrustLoopback(false), echo.TrustLinkLocal(false),
		echo.TrustPrivateNet(false), echo.TrustIPRange(proxy))
}
