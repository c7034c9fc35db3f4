package web

import (
	"errors"
	"fmt"
	"log/slog"
	"net/http"
	"strings"
	"time"

	"github.com/labstack/echo/v4"
	"github.com/labstack/echo/v4/middleware"

	"github.com/factline/factline/web/account"
	"github.com/factline/factline/web/httpx"
	"github.com/factline/factline/web/ui"
)

func (s *Server) middleware() {
	s.echo.Pre(middleware.RemoveTrailingSlash())
	// logRequests comes before Recover so that its line has the status and error of a
	// request that panicked: Recover hands the panic back to it as an error.
	s.echo.Use(s.logRequests)
	// Every answer is made whole before a byte of it is sent (web/httpx/spool.go).
	s.echo.Use(httpx.SpoolAnswers)
	s.echo.Use(middleware.RecoverWithConfig(middleware.RecoverConfig{
		DisableErrorHandler: true,
		LogErrorFunc: func(c echo.Context, err error, stack []byte) error {
			s.Log.Error("panic", "id", httpx.RequestID(c), "err", err, "stack", string(stack))
			return fmt.Errorf("web: panic: %w", err)
		},
	}))
	s.echo.Use(s.securityHeaders)
	s.echo.Use(removeUploads)
	s.echo.Use(httpx.BodyLimit())
	s.echo.Use(echo.WrapMiddleware(s.account.Sessions.LoadAndSave))
	s.echo.Use(s.account.LoadUser)
	s.echo.Use(s.uploadsFromEditors)
	s.echo.Use(middleware.CSRFWithConfig(middleware.CSRFConfig{
		Skipper:        s.skipCSRF,
		TokenLookup:    "header:X-CSRF-Token,form:_csrf",
		CookieName:     account.CSRFCookie,
		CookiePath:     "/",
		CookieHTTPOnly: true,
		CookieSecure:   s.cfg.SecureCookies,
		CookieSameSite: http.SameSiteLaxMode,
		ErrorHandler: func(_ error, c echo.Context) error {
			if httpx.BodyWasCut(c) { // the token was past the limit, or the form unreadable
				return echo.ErrStatusRequestEntityTooLarge
			}
			return echo.NewHTTPError(http.StatusForbidden, csrfRefusal)
		},
	}))
	s.echo.Use(ui.CleanText(s.redrawn))
}

// logRequests gives the request its id and writes one line a request, with
// the error the handler returned, if any. An error after the answer was
// committed (a page or an export that failed half-way through) cannot change
// the status the client got, so the line says so: after_commit, at level ERROR,
// as every server error is.
func (s *Server) logRequests(next echo.HandlerFunc) echo.HandlerFunc {
	return func(c echo.Context) error {
		start := time.Now()
		id := newRequestID()
		httpx.SetRequestID(c, id)
		c.Response().Header().Set(echo.HeaderXRequestID, id)
		err := next(c)
		req, res := c.Request(), c.Response()
		afterCommit := err != nil && res.Committed
		if err != nil {
			c.Error(err)
		}
		attrs := []slog.Attr{slog.String("id", id), slog.String("method", req.Method), slog.String("path", logPath(c)),
			slog.Int("status", res.Status), slog.Int64("bytes", res.Size),
			slog.Duration("took", time.Since(start)), slog.Bool("htmx", ui.IsHTMX(c))}
		level := slog.LevelInfo
		if err != nil {
			attrs = append(attrs, slog.String("err", err.Error()))
		}
		if afterCommit {
			attrs = append(attrs, slog.Bool("after_commit", true))
		}
		if res.Status >= http.StatusInternalServerError || afterCommit {
			level = slog.LevelError
		}
		s.Log.LogAttrs(req.Context(), level, "request", attrs...)
		return nil
	}
}

// securityHeaders go on every response; embeds may be framed, nothing else.
func (s *Server) securityHeaders(next echo.HandlerFunc) echo.HandlerFunc {
	return func(c echo.Context) error {
		h := c.Response().Header()
		h.Set("Content-Security-Policy", ui.ContentSecurityPolicy)
		h.Set("X-Frame-Options", "DENY") // for browsers that ignore frame-ancestors; embeds take it off
		h.Set("X-Content-Type-Options", "nosniff")
		h.Set("Referrer-Policy", "same-origin")
		if s.cfg.SecureCookies {
			h.Set("Strict-Transport-Security", "max-age=31536000; includeSubDomains")
		}
		return next(c)
	}
}

// logPath is the request's path for the log, a share, setup or import token
// in it replaced: the token opens what it names, and logs are read by more
// people than should open it. The path is the one the router matched, still
// percent-encoded, and the token is replaced at the segment where the route
// has it: the decoded path would show an encoded token decoded, and its
// segments need not be the router's ("%2F").
func logPath(c echo.Context) string {
	segments := strings.Split(echo.GetPath(c.Request()), "/")
	for i, name := range strings.Split(c.Path(), "/") {
		if name == ":token" && i < len(segments) {
			segments[i] = "[token]"
		}
	}
	return strings.Join(segments, "/")
}

// skipCSRF exempts API requests that carry an Authorization header and no
// session cookie: a browser cannot be made to send a bearer token, so such a
// request carries no cookie's authority to forge. Every other unsafe request,
// API ones with a session included, keeps the CSRF check.
func (s *Server) skipCSRF(c echo.Context) bool {
	if !httpx.IsAPI(c) || c.Request().Header.Get(echo.HeaderAuthorization) == "" {
		return false
	}
	_, err := c.Request().Cookie(s.account.Sessions.Cookie.Name)
	return errors.Is(err, http.ErrNoCookie)
}
