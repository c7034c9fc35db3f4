package e2e

import (
	"bytes"
	"context"
	"encoding/csv"
	"encoding/json"
	"io"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/chromedp/chromedp"

	"github.com/factline/factline/models/formats"
	"github.com/factline/factline/models/formats/exporters"
	"github.com/factline/factline/models/formats/importers"
	"github.com/factline/factline/models/storage"
)

// realTimelineJSDir holds the TimelineJS project's own example files (kept
// outside the repository): FACTLINE_TIMELINEJS_DIR, or ../shared/data/timelinejs
// beside the repository. Without them the test is skipped, except in CI (CI
// set), where a skip would pass unseen.
func realTimelineJSDir(t *testing.T) string {
	t.Helper()
	dir := os.Getenv("FACTLINE_TIMELINEJS_DIR")
	if dir == "" {
		dir = filepath.Join("..", "..", "shared", "data", "timelinejs")
	}
	if _, err := os.Stat(filepath.Join(dir, "eras.tl.json")); err != nil {
		if os.Getenv("CI") != "" {
			t.Fatalf("no TimelineJS example files in %s: CI must run this test; set FACTLINE_TIMELINEJS_DIR", dir)
		}
		t.Skipf("no TimelineJS example files in %s (set FACTLINE_TIMELINEJS_DIR)", dir)
	}
	return dir
}

// TestRealTimelineJSFilesImportAndRenderBack imports each of the TimelineJS
// project's example files and renders factline's TimelineJS export of it in
// TimelineJS3 beside the original: the same number of slides and eras, every
// slide imported, and nothing on the console.
func TestRealTimelineJSFilesImportAndRenderBack(t *testing.T) {
	dir := realTimelineJSDir(t)
	dist := filepath.Join(npmPackage(t, "@knight-lab/timelinejs"), "dist")
	for _, name := range []string{"cosmo.tl.json", "eras.tl.json", "twain.tl.json", "women.tl.json", "women.csv"} {
		t.Run(name, func(t *testing.T) {
			raw, err := os.ReadFile(filepath.Join(dir, name))
			if err != nil {
				t.Fatal(err)
			}
			store := storage.NewTestStore(t, nil)
			doc, format, err := importers.Read(bytes.NewReader(raw), name)
			if err != nil {
				t.Fatalf("refused: %v", err)
			}
			plan, err := formats.NewPlan(t.Context(), store, doc, format, "")
			if err != nil {
				t.Fatalf("the preview refused it: %v", err)
			}
			tl, err := plan.Apply(t.Context(), store, nil, nil)
			if err != nil {
				t.Fatalf("the import failed after the preview took it: %v", err)
			}
			slides, eras := originalCounts(t, name, raw)
			if len(doc.Entries) != slides || len(doc.Eras) != eras {
				t.Errorf("imported %d entries and %d eras, want every one of the %d slides and %d eras", len(doc.Entries), len(doc.Eras), slides, eras)
			}
			if want, ok := realFileHolds[name]; ok && !want.in(doc) {
				t.Errorf("the import lost %s", want.what)
			}
			f, _ := exporters.Lookup("timelinejs")
			var export bytes.Buffer
			if err := f.Write(t.Context(), &export, exporters.Export{Store: store, Timeline: tl, BaseURL: "https://factline.example"}); err != nil {
				t.Fatal(err)
			}
			ctx := newBrowser(t)
			shown := renderTimelineJS(t, ctx, dist, export.Bytes())
			if shown.Slides != slides || shown.Eras != eras {
				t.Errorf("TimelineJS shows the export with %d slides and %d eras, want the original's %d and %d", shown.Slides, shown.Eras, slides, eras)
			}
			if strings.HasSuffix(name, ".json") {
				original := renderTimelineJS(t, newBrowser(t), dist, raw)
				if original.Slides != shown.Slides || original.Eras != shown.Eras {
					t.Errorf("TimelineJS shows the original with %d slides and %d eras, the export with %d and %d", original.Slides, original.Eras, shown.Slides, shown.Eras)
				}
			}
			for _, p := range shown.Problems {
				t.Errorf("console: %s", p)
			}
		})
	}
}

// realFileHolds is, for a file, something of it the import must keep.
var realFileHolds = map[string]struct {
	what string
	in   func(*formats.Document) bool
}{
	"cosmo.tl.json": {"the Big Bang's year", anyEntry(func(e formats.DocEntry) bool { return e.Date == "Y-13799999999" })},
	"eras.tl.json":  {"the eras", func(d *formats.Document) bool { return len(d.Eras) == 3 && d.Eras[0].Period == "0650/0700" }},
	"twain.tl.json": {"the times of day", anyEntry(func(e formats.DocEntry) bool { return strings.HasSuffix(e.Date, "T06:45:56") })},
	"women.tl.json": {"the links in the text and the media credits", func(d *formats.Document) bool {
		return anyEntry(func(e formats.DocEntry) bool {
			return strings.Contains(e.Description, `<a href="https://en.wikipedia.org/`)
		})(d) &&
			anyEntry(func(e formats.DocEntry) bool {
				return e.Media != nil && strings.Contains(e.Media.Credit, "Computer History Museum")
			})(d)
	}},
	"women.csv": {"the links in the text and the media credits", func(d *formats.Document) bool {
		return anyEntry(func(e formats.DocEntry) bool {
			return strings.Contains(e.Description, `<a href="https://en.wikipedia.org/`)
		})(d) &&
			anyEntry(func(e formats.DocEntry) bool { return e.Media != nil && e.Media.Credit == "Wikimedia Commons" })(d)
	}},
}

func anyEntry(ok func(formats.DocEntry) bool) func(*formats.Document) bool {
	return func(d *formats.Document) bool {
		for _, e := range d.Entries {
			if ok(e) {
				return true
			}
		}
		return false
	}
}

// originalCounts counts a file's event slides and eras as TimelineJS reads them.
func originalCounts(t *testing.T, name string, raw []byte) (slides, eras int) {
	t.Helper()
	if strings.HasSuffix(name, ".csv") {
		rows, err := csv.NewReader(bytes.NewReader(raw)).ReadAll()
		if err != nil {
			t.Fatal(err)
		}
		typeCol := -1
		for i, h := range rows[0] {
			if strings.EqualFold(h, "Type") {
				typeCol = i
			}
		}
		for _, r := range rows[1:] {
			switch strings.ToLower(r[typeCol]) {
			case "title":
			case "era":
				eras++
			default:
				slides++
			}
		}
		return slides, eras
	}
	var in struct {
		Events []json.RawMessage `json:"events"`
		Eras   []json.RawMessage `json:"eras"`
	}
	if err := json.Unmarshal(raw, &in); err != nil {
		t.Fatal(err)
	}
	return len(in.Events), len(in.Eras)
}

// shownTimeline is what TimelineJS drew: slides besides the title, eras, and
// console problems other than failed loads of media from the network.
type shownTimeline struct {
	Slides, Eras int
	Problems     []string
}

func renderTimelineJS(t *testing.T, ctx context.Context, dist string, data []byte) shownTimeline {
	t.Helper()
	mux := http.NewServeMux()
	mux.Handle("/tl/", http.StripPrefix("/tl/", http.FileServer(http.Dir(dist))))
	mux.HandleFunc("/export.json", func(w http.ResponseWriter, _ *http.Request) {
		w.Header().Set("Content-Type", "application/json")
		_, _ = w.Write(data)
	})
	mux.HandleFunc("/{$}", func(w http.ResponseWriter, _ *http.Request) { _, _ = io.WriteString(w, timelineJSPage) })
	site := httptest.NewServer(mux)
	t.Cleanup(site.Close)
	problems := watchConsole(t, ctx)
	do(t, ctx, "load the timeline into TimelineJS",
		chromedp.Navigate(site.URL),
		waitFor(`window.timelineLoaded && document.querySelector(".tl-slide")`),
	)
	var out shownTimeline
	out.Slides = count(t, ctx, ".tl-slide:not(.tl-slide-titleslide)")
	out.Eras = count(t, ctx, ".tl-timeera")
	for _, p := range problems() {
		if !strings.Contains(p, "Failed to load resource") && !strings.Contains(p, "net::ERR_") {
			out.Problems = append(out.Problems, p)
		}
	}
	return out
}
