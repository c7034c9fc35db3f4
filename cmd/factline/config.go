package main

import (
	"flag"
	"fmt"
	"io"
	"log/slog"
	"net/url"
	"os"
	"strings"
	"time"
)

// config is what every command reads from its flags and FACTLINE_* variables.
type config struct {
	addr          string
	db            string
	logFormat     string
	baseURL       string
	secureCookies bool
	trustedProxy  string
	demo          bool
	tsaURLs       []string      // --tsa-url, in the order given
	liveEvery     time.Duration // --live-check-every
	liveErr       error         // a FACTLINE_LIVE_CHECK_EVERY that is no duration
}

// flags defines the common flags on fs, each defaulting to its environment twin.
func (c *config) flags(fs *flag.FlagSet) {
	fs.StringVar(&c.db, "db", env("FACTLINE_DB", "./factline.db"), "SQLite database file, or a PostgreSQL database postgres://… (FACTLINE_DB)")
	fs.StringVar(&c.logFormat, "log-format", env("FACTLINE_LOG_FORMAT", "text"), "log format: text or json (FACTLINE_LOG_FORMAT)")
}

// serveFlags adds the server's flags.
func (c *config) serveFlags(fs *flag.FlagSet) {
	c.flags(fs)
	fs.StringVar(&c.addr, "addr", env("FACTLINE_ADDR", "127.0.0.1:8080"), "address to listen on (FACTLINE_ADDR)")
	fs.StringVar(&c.baseURL, "base-url", env("FACTLINE_BASE_URL", ""), "scheme and host of permalinks, e.g. https://factline.example (FACTLINE_BASE_URL; default: http:// and the listening address, never a request's Host header)")
	fs.BoolVar(&c.secureCookies, "secure-cookies", env("FACTLINE_SECURE_COOKIES", "") == "true", "mark cookies Secure, for TLS (FACTLINE_SECURE_COOKIES=true)")
	fs.StringVar(&c.trustedProxy, "trusted-proxy", env("FACTLINE_TRUSTED_PROXY", ""), "address or CIDR of a reverse proxy whose X-Forwarded-For is believed (FACTLINE_TRUSTED_PROXY)")
	c.tsaURLs = strings.Fields(env("FACTLINE_TSA_URL", ""))
	fromEnv := true
	fs.Func("tsa-url", "address of an RFC 3161 time-stamping authority that stamps every capture; repeat for several (FACTLINE_TSA_URL, separated by spaces)", func(v string) error {
		u, err := url.Parse(v)
		if err != nil || (u.Scheme != "http" && u.Scheme != "https") || u.Host == "" {
			return fmt.Errorf("%q is not an http:// or https:// address", v)
		}
		if fromEnv { // the flags replace the variable's list
			c.tsaURLs, fromEnv = nil, false
		}
		c.tsaURLs = append(c.tsaURLs, v)
		return nil
	})
	fs.Func("live-check-every", "check each source's live page against what was kept this often, e.g. 24h; at least 1h; 0 checks only when asked (FACTLINE_LIVE_CHECK_EVERY)", c.setLiveEvery)
	if v := env("FACTLINE_LIVE_CHECK_EVERY", ""); v != "" {
		c.liveErr = c.setLiveEvery(v)
	}
	fs.BoolVar(&c.demo, "demo", env("FACTLINE_DEMO", "") == "true", "load the worked example when the database has no timeline (FACTLINE_DEMO=true)")
}

// minLiveEvery is the shortest schedule of live checks: sites are asked
// for each cited page at most once an hour.
const minLiveEvery = time.Hour

func (c *config) setLiveEvery(v string) error {
	d, err := time.ParseDuration(v)
	if err != nil || (d != 0 && d < minLiveEvery) {
		return fmt.Errorf("--live-check-every %q: give a duration of at least %s, such as 24h, or 0", v, minLiveEvery)
	}
	c.liveEvery, c.liveErr = d, nil // a flag replaces the variable, even one that was wrong
	return nil
}

func env(name, fallback string) string {
	if v, ok := os.LookupEnv(name); ok {
		return v
	}
	return fallback
}

// parse parses args, turning -h into a quiet usage error.
func parse(fs *flag.FlagSet, args []string, stderr io.Writer) error {
	fs.SetOutput(stderr)
	if err := fs.Parse(args); err != nil {
		return errUsage // the flag package has printed why
	}
	return nil
}

// logger builds the one logger, text or JSON, on stderr.
func (c *config) logger(w io.Writer) (*slog.Logger, error) {
	switch strings.ToLower(c.logFormat) {
	case "text":
		return slog.New(slog.NewTextHandler(w, nil)), nil
	case "json":
		return slog.New(slog.NewJSONHandler(w, nil)), nil
	}
	return nil, fmt.Errorf("--log-format is %q; use text or json", c.logFormat)
}
