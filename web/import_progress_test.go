package web

import (
	"context"
	"net/http"
	"regexp"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/PuerkitoBio/goquery"

	"github.com/factline/factline/models"
	"github.com/factline/factline/models/accounts"
	"github.com/factline/factline/models/demo"
	"github.com/factline/factline/models/formats"
	"github.com/factline/factline/models/storage"
	"github.com/factline/factline/web/jobs"
	"github.com/factline/factline/web/ui"
)

// htmxHeader marks a request as htmx's own, as the polling progress sends it.
var htmxHeader = map[string]string{"HX-Request": "true"}

// confirmWithHTMX uploads content on the import page and confirms its preview
// as the page's htmx form does; it returns the progress shown and its form's
// action.
func confirmWithHTMX(t *testing.T, tc *testClient, name, content, slug string) (*http.Response, *goquery.Document, string) {
	t.Helper()
	tc.get("/import", nil)
	res, doc := tc.upload("/import", name, content, map[string]string{"slug": slug})
	wantStatus(t, res, http.StatusOK)
	form := doc.Find(`[data-testid="import-preview"] form`)
	action, _ := form.Attr("action")
	if got := form.AttrOr("hx-post", ""); got != action || form.AttrOr("hx-target", "") != "closest section" {
		t.Fatalf("the confirmation form posts with htmx to %q, targeting %q", got, form.AttrOr("hx-target", ""))
	}
	res, doc = tc.post(action, formOf(form), true)
	return res, doc, action
}

var importCount = regexp.MustCompile(`^(\d+) of (\d+) entries$`)

// progressOf reads the entries imported and the total from a progress fragment.
func progressOf(t *testing.T, doc *goquery.Document) (done, total int) {
	t.Helper()
	m := importCount.FindStringSubmatch(text(doc.Find(`[data-testid="import-count"]`)))
	if m == nil {
		t.Fatalf("no progress count in %q", text(doc.Find("body")))
	}
	done, _ = strconv.Atoi(m[1])
	total, _ = strconv.Atoi(m[2])
	return done, total
}

func TestImportShowsProgressThenGoesToTheTimeline(t *testing.T) {
	tc := newTestClient(t)
	if _, err := demo.Load(t.Context(), tc.store); err != nil {
		t.Fatal(err)
	}
	export := exportBody(t, tc, "/timelines/"+demo.Slug+"/export/json")
	res, doc, action := confirmWithHTMX(t, tc, "demo.json", export, "copy-of-demo")
	wantStatus(t, res, http.StatusOK)
	progress := doc.Find(`[data-testid="import-progress"]`)
	if got := progress.AttrOr("hx-get", ""); got != action+"/progress" {
		t.Fatalf("the progress polls %q", got)
	}
	if got := progress.AttrOr("hx-trigger", ""); got != "every 500ms" {
		t.Errorf("the progress polls on %q", got)
	}
	if doc.Find("script").Length() != 0 {
		t.Error("the progress fragment carries a script")
	}
	last, total := progressOf(t, doc)
	if total != 7 {
		t.Errorf("the progress counts to %d, want the demo's 7 entries", total)
	}
	if last > total {
		t.Errorf("progress %d of %d", last, total)
	}
	// The counts come from the import's own loop: once it ends, every entry is counted.
	st := finishedImport(t, tc, strings.TrimPrefix(action, "/import/"))
	if st.Err != nil || st.Done != 7 || st.Total != 7 {
		t.Fatalf("the import ended at %d of %d: %v", st.Done, st.Total, st.Err)
	}
	res, _ = tc.get(action+"/progress", htmxHeader)
	if to := res.Header.Get(ui.HXRedirect); to != "/timelines/copy-of-demo" {
		t.Fatalf("the finished import sends the browser to %q", to)
	}
	_, doc = tc.get("/timelines/copy-of-demo", nil)
	if n := doc.Find(`[data-testid="timeline-body"] [id^="claim-"], [data-testid="timeline-body"] [id^="event-"]`).Length(); n != 7 {
		t.Errorf("the imported timeline shows %d entries, want 7", n)
	}
	res, _ = tc.get(action+"/progress", htmxHeader)
	wantStatus(t, res, http.StatusNotFound) // reported once, then forgotten
	res, doc = tc.post(action, nil, true)
	wantStatus(t, res, http.StatusUnprocessableEntity) // the upload is gone: one import
	if doc.Find(`[data-testid="import-form"]`).Length() != 1 || doc.Find("h1").Length() != 0 {
		t.Error("a refused confirmation does not swap in the upload form alone")
	}
}

// finishedImport waits for the signed-in editor's import of token to end.
func finishedImport(t *testing.T, tc *testClient, token string) jobs.ImportState {
	t.Helper()
	editor, err := accounts.Of(tc.store).FindUserByEmail(t.Context(), "editor@example.org")
	if err != nil {
		t.Fatal(err)
	}
	job := storage.Must(tc.srv.Config.Handler.(*Server).imports.Get(context.Background(), editor.ID, token))(t)
	if job == nil {
		t.Fatal("no import runs")
	}
	for deadline := time.Now().Add(10 * time.Second); time.Now().Before(deadline); time.Sleep(10 * time.Millisecond) {
		if st := job.State(); !st.Finished.IsZero() {
			return st
		}
	}
	t.Fatal("the import still runs after 10s")
	return jobs.ImportState{}
}

// quoteNotInSource is factline JSON whose second entry cites a passage its
// source's text lacks, which the store refuses to save.
const quoteNotInSource = `{"format":"factline","format_version":1,
"timeline":{"slug":"refused","title":"Refused","summary":"","visibility":"public"},
"actors":[],
"sources":[{"id":1,"kind":"article","url":"","title":"A source","text":"The council met on Monday."}],
"entries":[
{"kind":"event","id":1,"lane":"","note":"","title":"The council meets","date":"2022-09-12","tags":[],"citations":[{"source_id":1,"quote":"The council met"}]},
{"kind":"event","id":2,"lane":"","note":"","title":"The council adjourns","date":"2022-09-13","tags":[],"citations":[{"source_id":1,"quote":"adjourned sine die"}]}]}`

// The preview runs the checks the import runs: a file the import would refuse
// is refused at the preview, naming the entry and its field, with nothing changed.
func TestPreviewRefusesWhatTheImportWouldRefuse(t *testing.T) {
	tc := newTestClient(t)
	ctx := t.Context()
	tc.get("/import", nil)
	res, doc := tc.upload("/import", "refused.json", quoteNotInSource, nil)
	wantStatus(t, res, http.StatusUnprocessableEntity)
	problems := text(doc.Find(`[data-testid="import-problems"]`))
	if !regexp.MustCompile(`entry 2\b.*quote`).MatchString(problems) {
		t.Errorf("the problems do not name entry 2 and its quote: %q", problems)
	}
	if n := storage.Must(tc.store.CountTimelines(ctx))(t); n != 0 {
		t.Errorf("%d timelines after a refused preview", n)
	}
	events := storage.Must(tc.store.ListEvents(ctx, 10))(t)
	sources := storage.Must(tc.store.ListSources(ctx, 10))(t)
	if len(events)+len(sources) != 0 {
		t.Errorf("a refused preview left %d events and %d sources", len(events), len(sources))
	}
}

func TestImportProgressCountsEntriesAsTheyAreImported(t *testing.T) {
	tc := newTestClient(t)
	s := tc.srv.Config.Handler.(*Server)
	editor, err := accounts.Of(tc.store).FindUserByEmail(t.Context(), "editor@example.org")
	if err != nil {
		t.Fatal(err)
	}
	const token = "0123456789abcdef0123456789abcdef"
	halfway, finish := make(chan struct{}), make(chan struct{})
	work := func(_ context.Context, progress func(), _ jobs.Journal) (*models.Timeline, error) {
		for range 3 {
			progress()
		}
		close(halfway)
		<-finish
		return nil, formats.Problems{{Where: "row 5", Field: "Year", Reason: `"twenty" is not a year`}}
	}
	if _, err := s.imports.Start(editor, token, formats.DocTimeline{Title: "Slow"}, 7, work, func() { t.Error("removed the upload of a refused import") }); err != nil {
		t.Fatal(err)
	}
	<-halfway
	res, doc := tc.get("/import/"+token+"/progress", htmxHeader)
	wantStatus(t, res, http.StatusOK)
	if done, total := progressOf(t, doc); done != 3 || total != 7 {
		t.Errorf("progress %d of %d, want 3 of 7", done, total)
	}
	if p := doc.Find("progress"); p.AttrOr("value", "") != "3" || p.AttrOr("max", "") != "7" {
		t.Errorf("the progress bar is at %s of %s", p.AttrOr("value", ""), p.AttrOr("max", ""))
	}
	res, doc = tc.get("/import/"+token+"/progress", nil)
	wantStatus(t, res, http.StatusOK) // a full page for a browser without htmx
	if doc.Find("h1").Length() != 1 || doc.Find(`[data-testid="import-progress"]`).Length() != 1 {
		t.Error("the progress page lacks its heading or its progress")
	}
	close(finish)
	for deadline := time.Now().Add(10 * time.Second); res.StatusCode == http.StatusOK; time.Sleep(10 * time.Millisecond) {
		if time.Now().After(deadline) {
			t.Fatal("the refused import still runs after 10 s")
		}
		res, doc = tc.get("/import/"+token+"/progress", htmxHeader)
	}
	wantStatus(t, res, http.StatusUnprocessableEntity)
	if got := text(doc.Find(`[data-testid="import-problems"]`)); !regexp.MustCompile(`row 5.*Year.*"twenty" is not a year`).MatchString(got) {
		t.Errorf("the refused import shows %q", got)
	}
	tc.newBrowser()
	tc.signInAs("other@example.org", models.RoleEditor)
	quick := func(context.Context, func(), jobs.Journal) (*models.Timeline, error) {
		return &models.Timeline{Slug: "again"}, nil
	}
	if _, err := s.imports.Start(editor, token, formats.DocTimeline{Title: "Again"}, 1, quick, func() {}); err != nil {
		t.Fatal(err)
	}
	res, _ = tc.get("/import/"+token+"/progress", htmxHeader)
	wantStatus(t, res, http.StatusNotFound) // another user's import
}
