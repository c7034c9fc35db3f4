package web

import (
	"bytes"
	"encoding/json"
	"errors"
	"log/slog"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"

	"github.com/PuerkitoBio/goquery"
	"github.com/labstack/echo/v4"

	"github.com/factline/factline/models/storage"
)

// loggedServer is a server whose log is kept, one JSON object a line.
func loggedServer(t *testing.T) (*Server, *storage.Store, *bytes.Buffer) {
	t.Helper()
	var logs bytes.Buffer
	store := storage.NewTestStore(t, nil)
	h, err := New(t.Context(), Config{}, store, slog.New(slog.NewJSONHandler(&logs, nil)))
	if err != nil {
		t.Fatal(err)
	}
	return h, store, &logs
}

// requestLines are the request lines of the log.
func requestLines(t *testing.T, logs *bytes.Buffer) []map[string]any {
	t.Helper()
	var lines []map[string]any
	for _, line := range strings.Split(strings.TrimSpace(logs.String()), "\n") {
		var l map[string]any
		if err := json.Unmarshal([]byte(line), &l); err != nil {
			t.Fatalf("log line %q: %v", line, err)
		}
		if l["msg"] == "request" {
			lines = append(lines, l)
		}
	}
	return lines
}

// brokenClient is a client that goes away once the status line is sent: the
// page fails after its 200 is committed.
type brokenClient struct{ *httptest.ResponseRecorder }

func (b brokenClient) Write([]byte) (int, error) { return 0, errors.New("client went away") }

// TestRequestLogShowsFailuresAfterCommit serves a page to a client that goes
// away after the status line: the handler's error cannot change the 200 the
// client got, but the log line says it failed.
func TestRequestLogShowsFailuresAfterCommit(t *testing.T) {
	h, _, logs := loggedServer(t)
	rec := brokenClient{httptest.NewRecorder()}
	h.ServeHTTP(rec, httptest.NewRequest("GET", "/login", nil))
	if rec.Code != http.StatusOK {
		t.Fatalf("status %d, want the 200 committed before the body failed", rec.Code)
	}
	lines := requestLines(t, logs)
	if len(lines) != 1 {
		t.Fatalf("%d request lines, want 1:\n%s", len(lines), logs)
	}
	l := lines[0]
	if l["level"] != "ERROR" || l["after_commit"] != true || !strings.Contains(l["err"].(string), "client went away") ||
		l["status"] != float64(200) || l["id"] != rec.Header().Get("X-Request-Id") || l["took"] == nil {
		t.Errorf("the line of a page that failed after its 200 does not say so: %v (X-Request-Id %q)", l, rec.Header().Get("X-Request-Id"))
	}
}

// TestRequestIDReachesTheLogAndTheAnswer checks that every request gets its
// own id, in its X-Request-Id header and its log line, and that a server error
// names it in the error page, the flash of an htmx request, a page's JSON twin
// and the API's JSON error, beside a log line with the error.
func TestRequestIDReachesTheLogAndTheAnswer(t *testing.T) {
	h, store, logs := loggedServer(t)
	seen := map[string]bool{}
	for range 3 {
		rec := httptest.NewRecorder()
		h.ServeHTTP(rec, httptest.NewRequest("GET", "/login", nil))
		id := rec.Header().Get("X-Request-Id")
		if len(id) != 16 || seen[id] {
			t.Fatalf("request id %q: want 16 hex digits, new each request", id)
		}
		seen[id] = true
	}
	for _, l := range requestLines(t, logs) {
		if !seen[l["id"].(string)] || l["level"] != "INFO" || l["err"] != nil {
			t.Errorf("log line %v: not one of the ids answered %v, or not a clean line", l, seen)
		}
	}

	if err := store.Close(); err != nil { // every read fails from here on
		t.Fatal(err)
	}
	for _, tc := range []struct {
		name, path string
		header     map[string]string
		answer     func(t *testing.T, body []byte) string // the id in the answer
	}{
		{"page", "/timelines", nil, func(t *testing.T, body []byte) string {
			doc, err := goquery.NewDocumentFromReader(bytes.NewReader(body))
			if err != nil {
				t.Fatal(err)
			}
			return text(doc.Find(`[data-testid="request-id"] code`))
		}},
		{"htmx", "/timelines", map[string]string{"HX-Request": "true"}, func(t *testing.T, body []byte) string {
			_, id, _ := strings.Cut(string(body), "Reference: ")
			return strings.TrimSuffix(strings.Split(id, "<")[0], ".")
		}},
		{"page JSON", "/timelines?format=json", nil, func(t *testing.T, body []byte) string {
			var b struct {
				Error struct {
					RequestID string `json:"request_id"`
				}
			}
			_ = json.Unmarshal(body, &b)
			return b.Error.RequestID
		}},
		{"API", "/api/v1/timelines", map[string]string{"Authorization": "Bearer fl_0123456789abcdef"}, func(t *testing.T, body []byte) string {
			var b struct {
				Error struct {
					RequestID string `json:"request_id"`
				}
			}
			_ = json.Unmarshal(body, &b)
			return b.Error.RequestID
		}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			logs.Reset()
			req := httptest.NewRequest("GET", tc.path, nil)
			for k, v := range tc.header {
				req.Header.Set(k, v)
			}
			rec := httptest.NewRecorder()
			h.ServeHTTP(rec, req)
			if rec.Code != http.StatusInternalServerError {
				t.Fatalf("status %d on a closed database, want 500: %s", rec.Code, rec.Body)
			}
			id := rec.Header().Get("X-Request-Id")
			if got := tc.answer(t, rec.Body.Bytes()); got != id || id == "" {
				t.Errorf("the answer names request %q, its header %q:\n%s", got, id, rec.Body)
			}
			lines := requestLines(t, logs)
			if len(lines) != 1 || lines[0]["id"] != id || lines[0]["level"] != "ERROR" || lines[0]["status"] != float64(500) ||
				!strings.Contains(lines[0]["err"].(string), "closed") {
				t.Errorf("the log does not have one line with the request's id, status and error:\n%s", logs)
			}
		})
	}
}

// TestRequestLogShowsPanics: a handler that panics is answered 500 and its
// request line has the status and the error, beside a line with the stack.
func TestRequestLogShowsPanics(t *testing.T) {
	h, _, logs := loggedServer(t)
	h.echo.GET("/panics", func(echo.Context) error { panic("a handler's bug") })
	rec := httptest.NewRecorder()
	h.ServeHTTP(rec, httptest.NewRequest("GET", "/panics", nil))
	if rec.Code != http.StatusInternalServerError {
		t.Fatalf("status %d, want 500", rec.Code)
	}
	lines := requestLines(t, logs)
	if len(lines) != 1 || lines[0]["status"] != float64(500) || !strings.Contains(lines[0]["err"].(string), "a handler's bug") {
		t.Errorf("the request line of a panic:\n%s", logs)
	}
	if !strings.Contains(logs.String(), `"msg":"panic","id":"`+rec.Header().Get("X-Request-Id")) {
		t.Errorf("no line with the panic's stack under the request's id:\n%s", logs)
	}
}
