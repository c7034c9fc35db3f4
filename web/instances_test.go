package web

import (
	"fmt"
	"io"
	"log/slog"
	"net/http"
	"net/http/httptest"
	"net/url"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/factline/factline/models"
	"github.com/factline/factline/models/accounts"
	"github.com/factline/factline/models/storage"
	"github.com/factline/factline/web/account"
	"github.com/factline/factline/web/ui"
)

// twoInstances starts two factline servers, each with its own Store (its own
// connections, sessions manager, limiter and import jobs), on one fresh
// database, migrated by both at once on PostgreSQL; it returns a browser on
// the first and the second server. Cookies do not depend on the port, so the
// browser carries its session to either, as behind a reverse proxy.
func twoInstances(t *testing.T) (*testClient, *httptest.Server) {
	t.Helper()
	dsn := storage.TestDSN(t)
	stores := make([]*storage.Store, 2)
	var wg sync.WaitGroup
	for i := range stores {
		open := func() { stores[i] = storage.NewTestStoreAt(t, dsn) }
		if storage.TestEngine() != storage.Postgres { // SQLite's goose takes no lock: one after the other
			open()
			continue
		}
		wg.Go(open)
	}
	wg.Wait()
	log := slog.New(slog.NewTextHandler(io.Discard, nil))
	servers := make([]*httptest.Server, 2)
	handlers := make([]*Server, 2)
	for i, store := range stores {
		h, err := New(t.Context(), Config{}, store, log)
		if err != nil {
			t.Fatal(err)
		}
		handlers[i], servers[i] = h, httptest.NewServer(h)
		t.Cleanup(servers[i].Close)
	}
	tc := &testClient{t: t, srv: servers[0], store: stores[0], server: handlers[0]}
	tc.newBrowser()
	return tc, servers[1]
}

// on runs fn with tc's requests going to srv.
func on(tc *testClient, srv *httptest.Server, fn func()) {
	first := tc.srv
	tc.srv = srv
	defer func() { tc.srv = first }()
	fn()
}

// TestTwoInstancesShareSessions: signed in on one instance, the browser is
// signed in on the other; signed out on the other, on neither.
func TestTwoInstancesShareSessions(t *testing.T) {
	tc, b := twoInstances(t)
	tc.signInAs("ana@example.org", models.RoleEditor)
	on(tc, b, func() {
		res, doc := tc.get("/account", nil)
		wantStatus(t, res, http.StatusOK)
		if !strings.Contains(text(doc.Find("main")), "ana@example.org") {
			t.Error("the second instance's account page does not show the signed-in user")
		}
		res, _ = tc.post("/logout", nil, false)
		wantStatus(t, res, http.StatusSeeOther)
	})
	res, _ := tc.get("/account", nil)
	if res.StatusCode != http.StatusSeeOther {
		t.Errorf("signed out on the second instance, the first answers /account with %d", res.StatusCode)
	}
}

// TestTwoInstancesCountFailedSignInsTogether: five failed sign-ins spread over
// both instances give a 429 on the sixth.
func TestTwoInstancesCountFailedSignInsTogether(t *testing.T) {
	tc, b := twoInstances(t)
	if _, err := accounts.Of(tc.store).CreateUser(t.Context(), "ana@example.org", "Ana", models.RoleEditor, testPassword); err != nil {
		t.Fatal(err)
	}
	wrong := url.Values{"email": {"ana@example.org"}, "password": {"wrong guess"}}
	for i := range account.LoginFailures {
		srv := tc.srv
		if i%2 == 1 {
			srv = b
		}
		on(tc, srv, func() {
			res, _ := tc.post("/login", wrong, false)
			wantStatus(t, res, http.StatusUnprocessableEntity)
		})
	}
	for _, srv := range []*httptest.Server{tc.srv, b} {
		on(tc, srv, func() {
			res, _ := tc.post("/login", url.Values{"email": {"ana@example.org"}, "password": {testPassword}}, false)
			wantStatus(t, res, http.StatusTooManyRequests)
		})
	}
}

// TestTwoInstancesShowOneImport: an import confirmed on one instance shows its
// progress on the other, which then sends the browser to the new timeline.
func TestTwoInstancesShowOneImport(t *testing.T) {
	tc, b := twoInstances(t)
	tc.signInAs("ana@example.org", models.RoleEditor)
	const slides = 400
	var file strings.Builder
	file.WriteString(`{"title":{"text":{"headline":"Bulk"}},"events":[`)
	for i := range slides {
		if i > 0 {
			file.WriteByte(',')
		}
		fmt.Fprintf(&file, `{"start_date":{"year":"%d","month":"%d","day":"%d"},"text":{"headline":"Slide %d"}}`, 1900+i%100, 1+i%12, 1+i%28, i)
	}
	file.WriteString(`]}`)
	res, _, action := confirmWithHTMX(t, tc, "bulk.json", file.String(), "bulk")
	wantStatus(t, res, http.StatusOK)
	sawProgress, imported := false, ""
	on(tc, b, func() {
		for deadline := time.Now().Add(time.Minute); ; time.Sleep(20 * time.Millisecond) {
			if time.Now().After(deadline) {
				t.Fatal("the import did not end on the second instance within a minute")
			}
			res, doc := tc.get(action+"/progress", htmxHeader)
			if to := res.Header.Get(ui.HXRedirect); to != "" {
				if !strings.HasPrefix(to, "/timelines/bulk") {
					t.Fatalf("the second instance sends the browser to %q", to)
				}
				imported = to
				break
			}
			wantStatus(t, res, http.StatusOK)
			if done, total := progressOf(t, doc); total != slides || done > total {
				t.Fatalf("the second instance shows %d of %d", done, total)
			}
			sawProgress = true
		}
		_, doc := tc.get(imported, nil)
		if n := doc.Find(`[data-testid="timeline-body"] [id^="event-"]`).Length(); n == 0 {
			t.Error("the imported timeline shows no entries on the second instance")
		}
	})
	if !sawProgress {
		t.Error("the second instance never showed the import's progress")
	}
}

// TestTwoInstancesShowTheCurrentTimeline: an entry added on one instance is on
// the timeline page the other serves, read there before and after, signed in
// and by a visitor (whose pages the instance caches).
func TestTwoInstancesShowTheCurrentTimeline(t *testing.T) {
	tc, b := twoInstances(t)
	tc.signInAs("ana@example.org", models.RoleEditor)
	visitor := &testClient{t: t, srv: b, store: tc.store}
	visitor.newBrowser()
	claim := storage.MakeClaim(t, tc.store, nil, "A claim added on the first instance", "2022-09-08")
	storage.MakeTimeline(t, tc.store, "t1")
	entry := `[data-testid="timeline-body"] #claim-` + itoa(claim.ID)
	on(tc, b, func() {
		if _, doc := tc.get("/timelines/t1", nil); doc.Find(entry).Length() != 0 {
			t.Fatal("the entry is there before it was added")
		}
	})
	if _, doc := visitor.get("/timelines/t1", nil); doc.Find(entry).Length() != 0 {
		t.Fatal("the entry is there for a visitor before it was added")
	}
	tc.get("/timelines/t1", nil)
	res, _ := tc.post("/timelines/t1/entries", url.Values{"item": {"claim " + itoa(claim.ID) + " · x"}, "lane": {"A"}}, true)
	wantStatus(t, res, http.StatusOK)
	on(tc, b, func() {
		if _, doc := tc.get("/timelines/t1", nil); doc.Find(entry).Length() != 1 {
			t.Error("the second instance does not show the entry added on the first")
		}
	})
	if _, doc := visitor.get("/timelines/t1", nil); doc.Find(entry).Length() != 1 {
		t.Error("the second instance shows a visitor the timeline as it was before the edit on the first")
	}
}
