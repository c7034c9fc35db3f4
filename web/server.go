// Package web is factline's HTTP server: echo routes, one small handler per
// action, middleware, and the render helper that picks a full page or a fragment.
package web

import (
	"log/slog"
	"net/http"

	"github.com/labstack/echo/v4"

	"github.com/factline/factline/models"
)

// Config is what the server needs from the command line.
type Config struct {
	// BaseURL is the scheme and host permalinks are built on, e.g. https://factline.example.
	BaseURL string
	// SecureCookies marks cookies Secure (set when served over TLS).
	SecureCookies bool
}

// Server holds the handlers' dependencies.
type Server struct {
	cfg   Config
	store *models.Store
	log   *slog.Logger
	echo  *echo.Echo
}

// New builds the server and its routes.
func New(cfg Config, store *models.Store, log *slog.Logger) *Server {
	s := &Server{cfg: cfg, store: store, log: log, echo: echo.New()}
	s.echo.HideBanner = true
	s.echo.HidePort = true
	s.echo.HTTPErrorHandler = s.handleError
	s.routes()
	return s
}

// ServeHTTP makes the server an http.Handler.
func (s *Server) ServeHTTP(w http.ResponseWriter, r *http.Request) { s.echo.ServeHTTP(w, r) }
