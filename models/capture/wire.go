package capture

import (
	"bytes"
	"context"
	"net"
	"sync"
	"time"
)

// Exchange is one HTTP request and its response exactly as they crossed the
// connection: factline's request as sent, the site's response as received
// (status line, headers and body, with any chunked coding), so that a WARC
// record of it holds what the site said and not Go's reading of it.
type Exchange struct {
	URL      string    // the address asked in this request
	IP       string    // the address the connection reached
	At       time.Time // when the request was sent
	Status   int
	Request  []byte
	Response []byte
}

// wire records the bytes written to and read from one connection. The
// transport reads and writes in goroutines of its own, hence the lock.
type wire struct {
	mu       sync.Mutex
	ip       string
	sent     bytes.Buffer
	received bytes.Buffer
	max      int64 // the most bytes kept each way; past it the exchange is refused anyway
}

type wireKey struct{}

func withWire(ctx context.Context, w *wire) context.Context {
	return context.WithValue(ctx, wireKey{}, w)
}

// wrap records conn's traffic on the wire of ctx, if any: the transport dials
// with the request's context, and each request has a connection of its own
// (keep-alives are off), so one wire is one exchange.
func wrap(ctx context.Context, conn net.Conn) net.Conn {
	w, ok := ctx.Value(wireKey{}).(*wire)
	if !ok {
		return conn
	}
	w.mu.Lock()
	w.ip = conn.RemoteAddr().String()
	if host, _, err := net.SplitHostPort(w.ip); err == nil {
		w.ip = host
	}
	w.mu.Unlock()
	return &recordedConn{Conn: conn, w: w}
}

type recordedConn struct {
	net.Conn
	w *wire
}

func (c *recordedConn) Read(p []byte) (int, error) {
	n, err := c.Conn.Read(p)
	_ = c.w.keep(&c.w.received, p[:n]) // past max the fetch is refused anyway
	return n, err
}

// Write records p before it is sent: once it is, the site may answer and
// the answer be read before this goroutine runs again. What was not sent is
// taken back (one goroutine writes a connection, so nothing came between).
func (c *recordedConn) Write(p []byte) (int, error) {
	kept := c.w.keep(&c.w.sent, p)
	n, err := c.Conn.Write(p)
	if n < kept {
		c.w.mu.Lock()
		c.w.sent.Truncate(c.w.sent.Len() - (kept - n))
		c.w.mu.Unlock()
	}
	return n, err
}

// keep adds p to buf, up to the wire's max, and returns how much it kept.
func (w *wire) keep(buf *bytes.Buffer, p []byte) int {
	w.mu.Lock()
	defer w.mu.Unlock()
	room := max(0, w.max-int64(buf.Len()))
	n, _ := buf.Write(p[:min(int64(len(p)), room)])
	return n
}

// exchange is what the wire recorded, as an Exchange.
func (w *wire) exchange(url string, at time.Time, status int) Exchange {
	w.mu.Lock()
	defer w.mu.Unlock()
	return Exchange{URL: url, IP: w.ip, At: at, Status: status,
		Request: bytes.Clone(w.sent.Bytes()), Response: bytes.Clone(w.received.Bytes())}
}
