package web

import (
	"bytes"
	"log/slog"
	"net/http"
	"net/http/httptest"
	"net/url"
	"strings"
	"sync"
	"testing"

	"github.com/factline/factline/models"
	"github.com/factline/factline/models/accounts"
	"github.com/factline/factline/models/storage"
)

// lockedBuffer is a log the server and the test share.
type lockedBuffer struct {
	mu  sync.Mutex
	buf bytes.Buffer
}

func (b *lockedBuffer) Write(p []byte) (int, error) {
	b.mu.Lock()
	defer b.mu.Unlock()
	return b.buf.Write(p)
}

func (b *lockedBuffer) String() string {
	b.mu.Lock()
	defer b.mu.Unlock()
	return b.buf.String()
}

// clientWithLog is a browser that has not signed in, on a server whose log
// the test reads.
func clientWithLog(t *testing.T) (*testClient, *lockedBuffer) {
	t.Helper()
	store := storage.NewTestStore(t, nil)
	logs := &lockedBuffer{}
	h, err := New(t.Context(), Config{}, store, slog.New(slog.NewTextHandler(logs, nil)))
	if err != nil {
		t.Fatal(err)
	}
	srv := httptest.NewServer(h)
	t.Cleanup(srv.Close)
	tc := &testClient{t: t, srv: srv, store: store, server: h}
	tc.newBrowser()
	return tc, logs
}

// TestReadOnlyDatabaseIsSaidSo: once the database refuses writes (SQLite's
// query_only; a PostgreSQL session in read-only transactions), signing in
// answers 503 with a page that says the database is read-only, the API says
// so in its JSON, and the log says what is wrong — not a bare 500.
func TestReadOnlyDatabaseIsSaidSo(t *testing.T) {
	tc, logs := clientWithLog(t)
	storage.Must(accounts.Of(tc.store).CreateUser(t.Context(), "ana@example.org", "Ana", models.RoleEditor, testPassword))(t)
	token := storage.Must(accounts.Of(tc.store).CreateAPIToken(t.Context(), 1, "script"))(t)
	db := storage.Must(tc.store.DB())(t)
	db.SetMaxOpenConns(1) // the one connection every write goes through
	db.SetMaxIdleConns(1)
	readOnly := "PRAGMA query_only = ON"
	if storage.TestEngine() == storage.Postgres {
		readOnly = "SET SESSION CHARACTERISTICS AS TRANSACTION READ ONLY"
	}
	if _, err := db.Exec(readOnly); err != nil {
		t.Fatal(err)
	}
	res, doc := tc.post("/login", url.Values{"email": {"ana@example.org"}, "password": {testPassword}}, false)
	wantStatus(t, res, http.StatusServiceUnavailable)
	if got := text(doc.Find("main")); !strings.Contains(got, "its database is read-only") {
		t.Errorf("the sign-in page says %q", got)
	}
	if res.Header.Get("Retry-After") == "" {
		t.Error("no Retry-After")
	}
	req := httptest.NewRequest(http.MethodPost, tc.srv.URL+"/api/v1/actors", strings.NewReader(`{"kind":"person","name":"Bo"}`))
	req.RequestURI = ""
	req.Header.Set("Authorization", "Bearer "+token)
	req.Header.Set("Content-Type", "application/json")
	api, err := http.DefaultClient.Do(req)
	if err != nil {
		t.Fatal(err)
	}
	body := new(bytes.Buffer)
	_, _ = body.ReadFrom(api.Body)
	api.Body.Close()
	if api.StatusCode != http.StatusServiceUnavailable || !strings.Contains(body.String(), "read-only") {
		t.Errorf("the API answers %d %s", api.StatusCode, body)
	}
	if !strings.Contains(logs.String(), "the database cannot save: the database is read-only") {
		t.Errorf("the log does not say what is wrong:\n%s", logs)
	}
}

// TestFullDiskIsSaidSo fills SQLite's database to its max_page_count (a full
// disk as SQLite meets it, SQLITE_FULL): saving a claim answers 503 with a page
// that says the disk is full, and the log says so.
func TestFullDiskIsSaidSo(t *testing.T) {
	storage.SkipOn(t, storage.Postgres, "max_page_count is SQLite's; PostgreSQL's disk_full is read in storage.TestStorageProblemOf")
	tc, logs := clientWithLog(t)
	tc.signInAs("editor@example.org", models.RoleEditor)
	db := storage.Must(tc.store.DB())(t)
	if _, err := db.Exec("PRAGMA max_page_count = 1"); err != nil { // never below the pages in use: as many as now
		t.Fatal(err)
	}
	long := strings.Repeat("The talks failed. ", 400)
	tc.get("/claims/new", nil)
	res, doc := tc.post("/claims", url.Values{"text": {long}, "said_on": {"2022"}, "rating": {"unrated"}}, false)
	wantStatus(t, res, http.StatusServiceUnavailable)
	if got := text(doc.Find("main")); !strings.Contains(got, "the server's disk is full") {
		t.Errorf("the page says %q", got)
	}
	if !strings.Contains(logs.String(), "the database cannot save: the database's disk is full") {
		t.Errorf("the log does not say what is wrong:\n%s", logs)
	}
}
