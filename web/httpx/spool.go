package httpx

import (
	"bytes"
	"fmt"
	"io"
	"net/http"
	"os"
	"strconv"
	"strings"
	"sync"

	"github.com/labstack/echo/v4"
)

// spoolMemory is how much of an answer a spool keeps in memory; the rest
// goes to a temp file. A page of a timeline's window (300 KB at most) stays
// in memory; an export of a long timeline (megabytes) goes to disk.
const spoolMemory = 1 << 20

// spoolKey is where a request's spool is kept in its context.
const spoolKey = "factline.spool"

// SpoolAnswers makes every answer (static files aside, which read no data)
// whole before a byte of it goes to the client: handlers read the database
// as they write (a timeline's window, an export, entry by entry), and a
// client that reads slowly, or not at all, would hold their database
// connection until the write timeout; a few such clients would take every
// connection of SQLite's read pool, or PostgreSQL's pool, and every page
// would wait. The answer is spooled (spoolMemory in memory, the rest in a
// temp file that has no name once made, so nothing is left behind even if
// the process dies), the handler ends and gives its connection back, and
// only then is the answer written, with its length.
func SpoolAnswers(next echo.HandlerFunc) echo.HandlerFunc {
	return func(c echo.Context) error {
		if strings.HasPrefix(c.Request().URL.Path, "/static/") || c.Request().URL.Path == "/favicon.ico" {
			return next(c)
		}
		res := c.Response()
		sp := &spool{w: res.Writer, mem: spoolBuffers.Get().(*bytes.Buffer)}
		res.Writer = sp
		c.Set(spoolKey, sp)
		defer sp.close()
		err := next(c)
		res.Writer = sp.w
		if serr := sp.send(); err == nil {
			err = serr // the client went away: the request log says so
		}
		// An error that wrote nothing gets its page from the request log's
		// c.Error, written at once: making it reads no data.
		return err
	}
}

// AfterSent has fn run once the request's answer, spooled, has gone to the
// client, and reports true; false when the answer goes out directly (a static
// file), for the caller to run fn when it is done.
func AfterSent(c echo.Context, fn func()) bool {
	sp, _ := c.Get(spoolKey).(*spool)
	if sp == nil {
		return false
	}
	sp.afterSent(fn)
	return true
}

var spoolBuffers = sync.Pool{New: func() any { return new(bytes.Buffer) }}

// spool is a ResponseWriter that keeps the answer until send: its status,
// the first spoolMemory bytes in memory, the rest in a temp file. The
// headers go to the real writer's, written with the status.
type spool struct {
	w      http.ResponseWriter
	status int
	mem    *bytes.Buffer
	file   *os.File
	named  bool // the temp file could not be unlinked at once (not Unix)
	size   int64
	sent   []func()
}

func (sp *spool) Header() http.Header { return sp.w.Header() }

func (sp *spool) WriteHeader(status int) {
	if sp.status == 0 {
		sp.status = status
	}
}

func (sp *spool) Write(b []byte) (int, error) {
	if sp.status == 0 {
		sp.status = http.StatusOK
	}
	if sp.file == nil && sp.mem.Len()+len(b) > spoolMemory {
		if err := sp.toFile(); err != nil {
			return 0, err
		}
	}
	var n int
	var err error
	if sp.file != nil {
		n, err = sp.file.Write(b)
	} else {
		n, err = sp.mem.Write(b)
	}
	sp.size += int64(n)
	return n, err
}

// Flush does nothing: the answer goes out whole, once made.
func (sp *spool) Flush() {}

// toFile moves what the spool holds to a temp file, unlinked at once.
func (sp *spool) toFile() error {
	f, err := os.CreateTemp("", "factline-answer-*")
	if err != nil {
		return fmt.Errorf("spool: %w", err)
	}
	sp.file = f
	sp.named = os.Remove(f.Name()) != nil
	if _, err := f.Write(sp.mem.Bytes()); err != nil {
		return fmt.Errorf("spool: %w", err)
	}
	sp.mem.Reset()
	return nil
}

// afterSent calls fn once the answer has been written to the client (or
// could not be), so that what is held for it lasts as long as it.
func (sp *spool) afterSent(fn func()) { sp.sent = append(sp.sent, fn) }

// send writes the spooled answer to the client.
func (sp *spool) send() error {
	if sp.status == 0 {
		return nil // nothing written: net/http answers 200, empty
	}
	h := sp.w.Header()
	if sp.status >= http.StatusOK && sp.status != http.StatusNoContent && sp.status != http.StatusNotModified &&
		h.Get(echo.HeaderContentLength) == "" {
		h.Set(echo.HeaderContentLength, strconv.FormatInt(sp.size, 10))
	}
	sp.w.WriteHeader(sp.status)
	if _, err := sp.w.Write(sp.mem.Bytes()); err != nil {
		return err
	}
	if sp.file == nil {
		return nil
	}
	if _, err := sp.file.Seek(0, io.SeekStart); err != nil {
		return fmt.Errorf("spool: %w", err)
	}
	_, err := io.Copy(sp.w, sp.file)
	return err
}

// close gives back what the spool held and runs what waited for the answer
// to be sent.
func (sp *spool) close() {
	if sp.file != nil {
		_ = sp.file.Close()
		if sp.named {
			_ = os.Remove(sp.file.Name())
		}
	}
	if sp.mem.Cap() <= spoolMemory {
		sp.mem.Reset()
		spoolBuffers.Put(sp.mem)
	}
	sp.mem = nil
	for _, fn := range sp.sent {
		fn()
	}
}
