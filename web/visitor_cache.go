package web

import (
	"bytes"
	"crypto/rand"
	"crypto/sha256"
	"encoding/base64"
	"encoding/binary"
	"encoding/hex"
	"io"
	"net/http"
	"strconv"
	"strings"

	"github.com/labstack/echo/v4"
	"github.com/labstack/echo/v4/middleware"

	"github.com/factline/factline/web/httpx"
	"github.com/factline/factline/web/ui"
)

// visitorPage is a page as a visitor who is not signed in sees it, rendered
// once a data version: its body cut where each visitor's CSRF token goes,
// and the headers its handler set.
type visitorPage struct {
	parts  [][]byte
	header http.Header
}

// visitorCache serves the pages it wraps to visitors who are neither signed in
// nor holding a share link from a cache keyed by the data version
// (Store.DataVersion: every write, from any instance on the database, moves
// it), the address and the fragment asked for; the page carries each
// visitor's own CSRF token, and an ETag made of what the page shows, so a
// visitor's repeat request for an unchanged page answers 304 Not Modified.
// Signed-in users and share links see who they are and what they may do, and
// are rendered every time.
func (s *Server) visitorCache(next echo.HandlerFunc) echo.HandlerFunc {
	return func(c echo.Context) error {
		req := c.Request()
		if httpx.CurrentUser(c) != nil || ui.ShareScopeOf(c) != nil || req.Method != http.MethodGet ||
			strings.HasPrefix(req.Header.Get(echo.HeaderAccept), echo.MIMEApplicationJSON) {
			return next(c)
		}
		version, err := s.Store.DataVersion(req.Context())
		if err != nil {
			return err
		}
		key := s.BaseURL(c) + " " + req.URL.RequestURI() + " " + strconv.FormatBool(ui.IsFragment(c))
		token := ui.CSRFToken(c)
		h := c.Response().Header()
		page, ok := s.visitorPages.get(version, key)
		if !ok {
			if page, err = s.renderForVisitors(c, next); err != nil || page == nil {
				return err // an error, an answer other than 200 or one too large to keep: written or to write
			}
			s.visitorPages.put(version, key, page)
		} else {
			for name, values := range page.header {
				h[name] = values
			}
		}
		h.Set("ETag", page.etag(token))
		h.Set("Cache-Control", "private, no-cache")
		if match := req.Header.Get("If-None-Match"); match != "" && match == h.Get("ETag") {
			return c.NoContent(http.StatusNotModified)
		}
		c.Response().WriteHeader(http.StatusOK)
		return page.write(c.Response(), token)
	}
}

// renderForVisitors runs the handler with a placeholder for the CSRF token
// and keeps what it writes; a page for the cache when it answers 200 with no
// more than the cache keeps, else nil, with what it wrote passed on.
func (s *Server) renderForVisitors(c echo.Context, next echo.HandlerFunc) (*visitorPage, error) {
	res := c.Response()
	token := ui.CSRFToken(c)
	before := res.Header().Clone()
	out := res.Writer
	rec := &recordingWriter{ResponseWriter: out, limit: s.visitorPages.largest(),
		placeholder: []byte(s.csrfPlaceholder), token: []byte(token)}
	res.Writer = rec
	c.Set(middleware.DefaultCSRFConfig.ContextKey, s.csrfPlaceholder)
	defer func() { // also when the handler panics, so that Recover answers
		c.Set(middleware.DefaultCSRFConfig.ContextKey, token)
		res.Writer = out
	}()
	err := next(c)
	res.Writer = out
	if rec.passing != nil { // too large to keep: written as it came, the rest now
		if werr := rec.passing.end(); err == nil {
			err = werr
		}
		return nil, err
	}
	if err != nil || res.Status != http.StatusOK {
		// Not a page to keep: pass on what the handler wrote, as it wrote it.
		if rec.status == 0 && rec.body.Len() == 0 {
			return nil, err // nothing written: the error handler answers
		}
		if rec.status != 0 {
			out.WriteHeader(rec.status)
		}
		_, werr := out.Write(bytes.ReplaceAll(rec.body.Bytes(), rec.placeholder, rec.token))
		if err == nil {
			err = werr
		}
		return nil, err
	}
	page := &visitorPage{header: http.Header{}, parts: bytes.Split(rec.body.Bytes(), rec.placeholder)}
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

// size is what the page holds, in bytes.
func (p *visitorPage) size() int {
	n := 0
	for _, part := range p.parts {
		n += len(part)
	}
	for name, values := range p.header {
		n += len(name)
		for _, v := range values {
			n += len(v)
		}
	}
	return n
}

// etag names the page as one visitor gets it: a hash of what it shows, with
// their token in it. Nothing else goes in, so that the ETag changes when the
// page does and only then (a data version in it would tell a visitor when
// anyone wrote anything, private material included).
func (p *visitorPage) etag(token string) string {
	h := sha256.New()
	var n [8]byte
	for _, part := range p.parts {
		_, _ = h.Write(binary.BigEndian.AppendUint64(n[:0], uint64(len(part))))
		_, _ = h.Write(part)
	}
	_, _ = h.Write([]byte(token))
	return `"` + base64.RawURLEncoding.EncodeToString(h.Sum(nil)[:18]) + `"`
}

// recordingWriter keeps the status and body a handler writes, up to limit
// bytes; past it, it writes what it kept and the rest as they come, the
// placeholder replaced by the visitor's token. The headers the handler sets
// go to the real response.
type recordingWriter struct {
	http.ResponseWriter
	status             int
	body               bytes.Buffer
	limit              int
	placeholder, token []byte
	passing            *tokenWriter // past the limit
}

func (w *recordingWriter) WriteHeader(status int) { w.status = status }

func (w *recordingWriter) Write(b []byte) (int, error) {
	if w.passing == nil && w.body.Len()+len(b) > w.limit {
		status := w.status
		if status == 0 {
			status = http.StatusOK
		}
		w.ResponseWriter.WriteHeader(status)
		w.passing = &tokenWriter{w: w.ResponseWriter, old: w.placeholder, new: w.token}
		if _, err := w.passing.Write(w.body.Bytes()); err != nil {
			return 0, err
		}
		w.body = bytes.Buffer{}
	}
	if w.passing != nil {
		return w.passing.Write(b)
	}
	return w.body.Write(b)
}

// Flush does nothing: the page is written once kept.
func (w *recordingWriter) Flush() {}

// tokenWriter writes to w with every old replaced by new, holding back the
// end of what it was given that may be the start of an old.
type tokenWriter struct {
	w        io.Writer
	old, new []byte
	held     []byte
}

func (t *tokenWriter) Write(b []byte) (int, error) {
	data := append(t.held, b...)
	for {
		i := bytes.Index(data, t.old)
		if i < 0 {
			break
		}
		if _, err := t.w.Write(data[:i]); err != nil {
			return 0, err
		}
		if _, err := t.w.Write(t.new); err != nil {
			return 0, err
		}
		data = data[i+len(t.old):]
	}
	// No old is whole in data: one that goes on in the next write starts in
	// its last len(old)-1 bytes.
	keep := min(len(data), len(t.old)-1)
	if _, err := t.w.Write(data[:len(data)-keep]); err != nil {
		return 0, err
	}
	t.held = append(t.held[:0:0], data[len(data)-keep:]...)
	return len(b), nil
}

// end writes what was held back.
func (t *tokenWriter) end() error {
	_, err := t.w.Write(t.held)
	t.held = nil
	return err
}

// newCSRFPlaceholder is a random word that stands for the CSRF token in the
// pages visitorCache keeps; no page's own text holds it.
func newCSRFPlaceholder() (string, error) {
	b := make([]byte, 16)
	if _, err := rand.Read(b); err != nil {
		return "", err
	}
	return "csrf" + hex.EncodeToString(b), nil
}
