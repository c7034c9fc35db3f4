package main

import (
	"context"
	"errors"
	"flag"
	"io"
	"log/slog"
	"net"
	"net/http"
	"net/netip"
	"time"

	"github.com/factline/factline/models/demo"
	"github.com/factline/factline/models/storage"
	"github.com/factline/factline/web"
)

// serve runs the web server until ctx is cancelled (SIGINT or SIGTERM), then
// lets in-flight requests finish and closes the database.
func serve(ctx context.Context, args []string, stderr io.Writer) error {
	var c config
	fs := flag.NewFlagSet("serve", flag.ContinueOnError)
	c.serveFlags(fs)
	if err := parse(fs, args, stderr); err != nil {
		return err
	}
	if c.liveErr != nil {
		return c.liveErr
	}
	log, err := c.logger(stderr)
	if err != nil {
		return err
	}
	store, err := openStore(ctx, &c, log)
	if err != nil {
		return err
	}
	defer store.Close()
	if c.demo {
		if err := loadDemoIfEmpty(ctx, store, log); err != nil {
			return err
		}
	}
	ln, err := net.Listen("tcp", c.addr)
	if err != nil {
		return err
	}
	// Permalinks never come from a request's Host header: without --base-url
	// they name the address factline listens on.
	baseURL := c.baseURL
	if baseURL == "" {
		baseURL = "http://" + ln.Addr().String()
		if ap, err := netip.ParseAddrPort(ln.Addr().String()); err != nil || !ap.Addr().IsLoopback() {
			log.Warn("no --base-url: permalinks, Open Graph URLs and share links name the listening address; set --base-url to the address people open", "base_url", baseURL)
		}
	}
	handler, err := web.New(ctx, web.Config{BaseURL: baseURL, SecureCookies: c.secureCookies, TrustedProxy: c.trustedProxy, TSAURLs: c.tsaURLs,
		LiveCheckEvery: c.liveEvery}, store, log)
	if err != nil {
		_ = ln.Close()
		return err
	}
	srv := &http.Server{
		Addr:              c.addr,
		Handler:           handler,
		ReadHeaderTimeout: 10 * time.Second,
		ReadTimeout:       60 * time.Second,
		WriteTimeout:      120 * time.Second,
		IdleTimeout:       120 * time.Second,
		ErrorLog:          slog.NewLogLogger(log.Handler(), slog.LevelWarn),
	}
	log.Info("factline is serving", "url", "http://"+ln.Addr().String(), "db", c.db, "version", version)
	if p := handler.SetupPath(); p != "" {
		log.Warn("factline has no admin yet: open this one-time link to create one", "url", "http://"+ln.Addr().String()+p)
	}
	errc := make(chan error, 1)
	go func() { errc <- srv.Serve(ln) }()
	select {
	case err := <-errc:
		return err
	case <-ctx.Done():
	}
	log.Info("shutting down")
	shutdownCtx, cancel := context.WithTimeout(context.Background(), 15*time.Second)
	defer cancel()
	if err := srv.Shutdown(shutdownCtx); err != nil && !errors.Is(err, http.ErrServerClosed) {
		return err
	}
	// ctx is done: running imports are undoing themselves; the store closes after.
	handler.Wait()
	return nil
}

func loadDemoIfEmpty(ctx context.Context, store *storage.Store, log *slog.Logger) error {
	n, err := store.CountTimelines(ctx)
	if err != nil || n > 0 {
		return err
	}
	t, err := demo.Load(ctx, store)
	if err != nil {
		return err
	}
	log.Info("loaded the demo timeline", "path", "/timelines/"+t.Slug)
	return nil
}
