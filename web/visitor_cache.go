package web

import (
	"bytes"
	"crypto/rand"
	"encoding/hex"
	"hash/fnv"
	"net/http"
	"strconv"
	"strings"

	"github.com/labstack/echo/v4"
	"github.com/labstack/echo/v4/middleware"
)

// visitorPage is a page as a visitor who is not signed in sees it, rendered
// once a data version: its body cut where each visitor's CSRF token goes,
// and the headers its handler set.
type visitorPage struct {
	parts  [][]byte
	header http.Header
}

// visitorPages is the cache of visitorCache: a few hundred pages at most,
// forgotten at the next data version.
const visitorPages = 256

// visitorCache serves the pages it wraps to visitors who are neither signed in
// nor holding a share link from a cache keyed by the data version
// (Store.DataVersion: every write, from any instance on the database, moves
// it), the address and the fragment asked for; the page carries each
// visitor's own CSRF token, and an ETag, so a visitor's repeat request for an
// unchanged page answers 304 Not Modified. Signed-in users and share links see
// who they are and what they may do, and are rendered every time.
func (s *Server) visitorCache(next echo.HandlerFunc) echo.HandlerFunc {
	return func(c echo.Context) error {
		req := c.Request()
		if currentUser(c) != nil || shareScopeOf(c) != nil || req.Method != http.MethodGet ||
			strings.HasPrefix(req.Header.Get(echo.HeaderAccept), echo.MIMEApplicationJSON) {
			return next(c)
		}
		version, err := s.store.DataVersion(req.Context())
		if err != nil {
			return err
		}
		key := s.baseURL(c) + " " + req.URL.RequestURI() + " " + strconv.FormatBool(isFragment(c))
		token := csrfToken(c)
		h := c.Response().Header()
		page, ok := s.visitorPages.get(version, key)
		if !ok {
			if page, err = s.renderForVisitors(c, next); err != nil || page == nil {
				return err // an error or an answer other than 200, already written or to write
			}
			s.visitorPages.put(version, key, page)
		} else {
			for name, values := range page.header {
				h[name] = values
			}
		}
		h.Set("ETag", visitorETag(version, key, token))
		h.Set("Cache-Control", "private, no-cache")
		if match := req.Header.Get("If-None-Match"); match != "" && match == h.Get("ETag") {
			return c.NoContent(http.StatusNotModified)
		}
		c.Response().WriteHeader(http.StatusOK)
		return page.write(c.Response(), token)
	}
}

// renderForVisitors runs the handler with a placeholder for the CSRF token
// and keeps what it writes; a page for the cache when it answers 200, else
// nil, with what it wrote passed on.
func (s *Server) renderForVisitors(c echo.Context, next echo.HandlerFunc) (*visitorPage, error) {
	res := c.Response()
	token := csrfToken(c)
	before := res.Header().Clone()
	out := res.Writer
	rec := &recordingWriter{ResponseWriter: out}
	res.Writer = rec
	c.Set(middleware.DefaultCSRFConfig.ContextKey, s.csrfPlaceholder)
	defer func() { // also when the handler panics, so that Recover answers
		c.Set(middleware.DefaultCSRFConfig.ContextKey, token)
		res.Writer = out
	}()
	err := next(c)
	res.Writer = out
	if err != nil || res.Status != http.StatusOK {
		// Not a page to keep: pass on what the handler wrote, as it wrote it.
		if rec.status == 0 && rec.body.Len() == 0 {
			return nil, err // nothing written: the error handler answers
		}
		if rec.status != 0 {
			out.WriteHeader(rec.status)
		}
		_, werr := out.Write(bytes.ReplaceAll(rec.body.Bytes(), []byte(s.csrfPlaceholder), []byte(token)))
		if err == nil {
			err = werr
		}
		return nil, err
	}
	page := &visitorPage{header: http.Header{}, parts: bytes.Split(rec.body.Bytes(), []byte(s.csrfPlaceholder))}
	for name, values := range res.Header() {
		if name != "Set-Cookie" && strings.Join(values, "\n") != strings.Join(before[name], "\n") {
			page.header[name] = values
		}
	}
	res.Committed = false // the page is written by visitorCache, which may answer 304
	return page, nil
}

// write writes the page's body with the visitor's CSRF token.
func (p *visitorPage) write(w http.ResponseWriter, token string) error {
	for i, part := range p.parts {
		if i > 0 {
			if _, err := w.Write([]byte(token)); err != nil {
				return err
			}
		}
		if _, err := w.Write(part); err != nil {
			return err
		}
	}
	return nil
}

// visitorETag names a page at a data version for one visitor's token.
func visitorETag(version int64, key, token string) string {
	h := fnv.New64a()
	_, _ = h.Write([]byte(key))
	_, _ = h.Write([]byte{0})
	_, _ = h.Write([]byte(token))
	return `"` + strconv.FormatInt(version, 36) + "-" + strconv.FormatUint(h.Sum64(), 36) + `"`
}

// recordingWriter keeps the status and body a handler writes; the headers it
// sets go to the real response.
type recordingWriter struct {
	http.ResponseWriter
	status int
	body   bytes.Buffer
}

func (w *recordingWriter) WriteHeader(status int)      { w.status = status }
func (w *recordingWriter) Write(b []byte) (int, error) { return w.body.Write(b) }

// Flush does nothing: the page is written whole once kept.
func (w *recordingWriter) Flush() {}

// newCSRFPlaceholder is a random word that stands for the CSRF token in the
// pages visitorCache keeps; no page's own text holds it.
func newCSRFPlaceholder() (string, error) {
	b := make([]byte, 16)
	if _, err := rand.Read(b); err != nil {
		return "", err
	}
	return "csrf" + hex.EncodeToString(b), nil
}
