package web

import (
	"context"
	"fmt"
	"net/http"
	"net/url"
	"os"
	"strings"
	"testing"
	"time"

	"github.com/factline/factline/models"
	"github.com/factline/factline/models/accounts"
	"github.com/factline/factline/models/storage"
)

// slidesFile is a TimelineJS file of n slides, each with HTML text and media.
func slidesFile(n int) string {
	var b strings.Builder
	b.WriteString(`{"title":{"text":{"headline":"Many slides"}},"events":[`)
	for i := range n {
		if i > 0 {
			b.WriteByte(',')
		}
		fmt.Fprintf(&b, `{"start_date":{"year":"%d","month":"%d","day":"%d"},"text":{"headline":"Slide %d","text":"<p>Text %d</p>"},"media":{"url":"https://example.org/%d"}}`,
			1900+i%100, 1+i%12, 1+i%28, i, i, i%50)
	}
	b.WriteString(`]}`)
	return b.String()
}

// longTests is the variable that runs the tests too long for every run: CI
// runs them once, on their own (.ci/run).
const longTests = "FACTLINE_LONG_TESTS"

// While a 20,000-entry import runs, another editor signs in, views pages and
// saves an event, all before the import finishes: nothing a user waits on
// queues behind it. Shown by the order things finish, not by a clock. It
// takes most of the package's time and two tasks race in it, so it runs only
// when asked (FACTLINE_LONG_TESTS=1), never beside the other tests.
func TestSessionsAndSavesDoNotWaitBehindAnImport(t *testing.T) {
	if os.Getenv(longTests) == "" {
		t.Skip("imports 20,000 entries: set " + longTests + "=1 to run it")
	}
	tc := newTestClient(t)
	s := tc.srv.Config.Handler.(*Server)
	editor, err := accounts.Of(tc.store).FindUserByEmail(t.Context(), "editor@example.org")
	if err != nil {
		t.Fatal(err)
	}
	res, _, action := confirmWithHTMX(t, tc, "many.json", slidesFile(20_000), "many")
	wantStatus(t, res, http.StatusOK)
	job := storage.Must(s.imports.Get(context.Background(), editor.ID, strings.TrimPrefix(action, "/import/")))(t)
	if job == nil {
		t.Fatal("no import running")
	}
	waitUntil(t, time.Minute, "the import's first batch", func() bool {
		return job.State().Done > 0 || !job.State().Finished.IsZero()
	})

	other := &testClient{t: t, srv: tc.srv, store: tc.store}
	other.newBrowser()
	other.signInAs("other@example.org", models.RoleEditor)
	for _, path := range []string{"/", "/timelines", "/events", "/account"} {
		res, _ := other.get(path, nil)
		wantStatus(t, res, http.StatusOK)
	}
	other.get("/events/new", nil)
	res, _ = other.post("/events", url.Values{"title": {"Saved during the import"}, "occurred": {"8 Sep 2022"}}, false)
	wantStatus(t, res, http.StatusSeeOther)
	if st := job.State(); !st.Finished.IsZero() {
		t.Fatalf("the import (%d of %d entries) finished before the other editor's views and save did: they may have waited behind it", st.Done, st.Total)
	} else {
		t.Logf("the other editor signed in, viewed 4 pages and saved with the import at %d of %d entries", st.Done, st.Total)
	}
	waitUntil(t, 5*time.Minute, "the end of the import", func() bool { return !job.State().Finished.IsZero() })
	if st := job.State(); st.Err != nil || st.Done != 20_000 {
		t.Fatalf("the import ended with %v after %d entries", st.Err, st.Done)
	}
	if n := storage.Must(tc.store.CountEntries(t.Context(), job.State().Timeline.ID))(t); n != 20_000 {
		t.Errorf("%d entries imported, want 20,000", n)
	}
}
