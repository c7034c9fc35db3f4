//go:build unix

package web

import (
	"fmt"
	"io"
	"log/slog"
	"net"
	"net/http"
	"net/http/httptest"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/factline/factline/models/storage"
)

// pageDeadline is how long a test waits for an answer before it calls the
// server hung: far more than any page takes, far less than forever.
const pageDeadline = 30 * time.Second

// smallSendBuffers gives every connection it accepts a small kernel send
// buffer, so that an answer of a few hundred kilobytes fills what the kernel
// holds for a client that does not read, as a 6 MB export fills the
// megabytes it holds by default.
type smallSendBuffers struct{ net.Listener }

func (l smallSendBuffers) Accept() (net.Conn, error) {
	c, err := l.Listener.Accept()
	if tcp, ok := c.(*net.TCPConn); ok {
		_ = tcp.SetWriteBuffer(4096)
	}
	return c, err
}

// newSlowReadersServer is a visitor's browser on a fresh server behind a
// trusted proxy (127.0.0.1, so that X-Forwarded-For names each client) whose
// connections have small send buffers, with a 200-entry public timeline,
// /timelines/big, whose HTML export is a few hundred kilobytes.
func newSlowReadersServer(t *testing.T) *testClient {
	t.Helper()
	store := storage.NewTestStore(t, nil)
	handler, err := New(t.Context(), Config{TrustedProxy: "127.0.0.1"}, store, slog.New(slog.NewTextHandler(io.Discard, nil)))
	if err != nil {
		t.Fatal(err)
	}
	srv := httptest.NewUnstartedServer(handler)
	srv.Listener = smallSendBuffers{srv.Listener}
	srv.Start()
	t.Cleanup(srv.Close)
	tc := &testClient{t: t, srv: srv, store: store, server: handler}
	tc.newBrowser()
	tc.http.Timeout = pageDeadline
	publicLong(t, tc, "big", 200)
	return tc
}

// slowReader asks for path as client (its X-Forwarded-For) on a connection
// with a 4 KB receive buffer, reads the answer's status line and nothing
// more, and returns the status; the connection stays open, unread, until the
// test ends. An answer that does not start within pageDeadline fails the test.
func slowReader(t testing.TB, addr, path, client string) string {
	t.Helper()
	// The buffer is set before connecting: the window a connection
	// advertises never shrinks, so a buffer made small later holds as much.
	d := net.Dialer{Control: func(_, _ string, raw syscall.RawConn) error {
		var err error
		if cerr := raw.Control(func(fd uintptr) {
			err = syscall.SetsockoptInt(int(fd), syscall.SOL_SOCKET, syscall.SO_RCVBUF, 4096)
		}); cerr != nil {
			return cerr
		}
		return err
	}}
	conn, err := d.Dial("tcp", addr)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { _ = conn.Close() }) // before the server closes, which waits for its answers
	if _, err := fmt.Fprintf(conn, "GET %s HTTP/1.1\r\nHost: %s\r\nX-Forwarded-For: %s\r\n\r\n", path, addr, client); err != nil {
		t.Fatal(err)
	}
	_ = conn.SetReadDeadline(time.Now().Add(pageDeadline))
	status := make([]byte, len("HTTP/1.1 200"))
	if _, err := io.ReadFull(conn, status); err != nil {
		t.Fatalf("%s for %s: no answer within %s: %v", path, client, pageDeadline, err)
	}
	return strings.TrimPrefix(string(status), "HTTP/1.1 ")
}

// TestSlowReadersOfExportsHoldNoDatabaseConnection has 17 clients (more than
// PostgreSQL's pool, four times SQLite's read connections) ask for a
// timeline's HTML export and never read it. Each answer starts (200, or 503
// past the bound of exports in flight), pages that read the database still
// answer, and one more client's export is refused at once with Retry-After.
func TestSlowReadersOfExportsHoldNoDatabaseConnection(t *testing.T) {
	tc := newSlowReadersServer(t)
	addr := tc.srv.Listener.Addr().String()
	statuses := map[string]int{}
	for i := range 17 {
		statuses[slowReader(t, addr, "/timelines/big/export/html", fmt.Sprintf("10.0.0.%d", i+1))]++
	}
	if statuses["200"] != costlyInAll || statuses["503"] != 17-costlyInAll {
		t.Errorf("the slow readers' answers: %v; want %d of 200, the rest 503", statuses, costlyInAll)
	}
	claim, _ := publicClaim(t, tc, "a page beside the exports")
	for _, path := range []string{claim, "/timelines/big", "/timelines/big?at=2022", "/timelines", "/search?q=claim"} {
		res, err := tc.http.Get(tc.srv.URL + path)
		if err != nil {
			t.Fatalf("%s beside the slow readers: %v", path, err)
		}
		_ = res.Body.Close()
		wantStatus(t, res, http.StatusOK)
	}
	req, _ := http.NewRequest(http.MethodGet, tc.srv.URL+"/timelines/big/export/json", nil)
	req.Header.Set("X-Forwarded-For", "10.0.1.1")
	res, err := tc.http.Do(req)
	if err != nil {
		t.Fatal(err)
	}
	_ = res.Body.Close()
	wantStatus(t, res, http.StatusServiceUnavailable)
	if res.Header.Get("Retry-After") == "" {
		t.Error("the refusal does not say when to try again")
	}
}

// TestCostlyAnswersAreBoundedPerClient has one client hold two exports
// unread: its third costly answer (an export, a time-scaled view) is 503,
// while another client's is served.
func TestCostlyAnswersAreBoundedPerClient(t *testing.T) {
	tc := newSlowReadersServer(t)
	addr := tc.srv.Listener.Addr().String()
	for range costlyPerClient {
		if got := slowReader(t, addr, "/timelines/big/export/html", "10.0.0.1"); got != "200" {
			t.Fatalf("export: %s", got)
		}
	}
	for _, path := range []string{"/timelines/big/export/csv", "/timelines/big?view=scale"} {
		for client, want := range map[string]int{"10.0.0.1": http.StatusServiceUnavailable, "10.0.0.2": http.StatusOK} {
			req, _ := http.NewRequest(http.MethodGet, tc.srv.URL+path, nil)
			req.Header.Set("X-Forwarded-For", client)
			res, err := tc.http.Do(req)
			if err != nil {
				t.Fatal(err)
			}
			_, _ = io.Copy(io.Discard, res.Body)
			_ = res.Body.Close()
			if res.StatusCode != want {
				t.Errorf("%s for %s: status %d, want %d", path, client, res.StatusCode, want)
			}
		}
	}
}

// BenchmarkPageBesideSlowExportReaders serves a page that reads the database
// (a window of another public timeline, under a query string of its own so
// that the visitors' cache does not answer it) alone, then beside 4 clients
// that asked for the HTML export of a 20,000-entry public timeline (11.7
// MB) with a 4 KB receive buffer and do not read it — on a server with
// serve's timeouts and the kernel's own buffers. SQLite, whose read pool has
// four connections.
func BenchmarkPageBesideSlowExportReaders(b *testing.B) {
	if storage.TestEngine() != storage.SQLite {
		b.Skip("seeds with SQLite's date functions")
	}
	store := storage.NewTestStore(b, nil)
	handler, err := New(b.Context(), Config{TrustedProxy: "127.0.0.1"}, store, slog.New(slog.NewTextHandler(io.Discard, nil)))
	if err != nil {
		b.Fatal(err)
	}
	srv := httptest.NewUnstartedServer(handler)
	srv.Config.WriteTimeout = 120 * time.Second // as serve's
	srv.Start()
	b.Cleanup(srv.Close)
	storage.SeedLongTimeline(b, store, "big", 20_000)
	storage.SeedLongTimeline(b, store, "other", 300)
	client := &http.Client{Timeout: 5 * time.Minute}
	page := func(b *testing.B) {
		visit := 0
		for b.Loop() {
			visit++
			res, err := client.Get(fmt.Sprintf("%s/timelines/other?n=%d", srv.URL, visit))
			if err != nil {
				b.Fatal(err)
			}
			_, _ = io.Copy(io.Discard, res.Body)
			_ = res.Body.Close()
			if res.StatusCode != http.StatusOK {
				b.Fatalf("status %d", res.StatusCode)
			}
		}
	}
	b.Run("alone", page)
	b.Run("beside-4-slow-readers", func(b *testing.B) {
		for i := range 4 {
			if got := slowReader(b, srv.Listener.Addr().String(), "/timelines/big/export/html", fmt.Sprintf("10.0.0.%d", i+1)); got != "200" {
				b.Fatalf("export: %s", got)
			}
		}
		page(b)
	})
}
