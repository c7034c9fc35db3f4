package e2e

import (
	"encoding/json"
	"fmt"
	"io"
	"net/http"
	"net/http/httptest"
	"path/filepath"
	"strings"
	"testing"

	"github.com/chromedp/chromedp"

	"github.com/factline/factline/models/edtf"
)

// timelineJSPage builds the demo's TimelineJS export with the library, as a
// site embedding it would; it is the test's own page, not factline's.
const timelineJSPage = `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>TimelineJS check</title>
<link rel="icon" href="data:,">
<link rel="stylesheet" href="/tl/css/timeline.css">
<script src="/tl/js/timeline.js"></script></head>
<body><div id="timeline-embed" style="width: 100%; height: 600px"></div>
<script>
fetch("/export.json").then(r => r.json()).then(data => {
	// The library's own files from here, not its CDN, and no web font: the
	// test needs no network beyond this page.
	const tl = new TL.Timeline("timeline-embed", data, {script_path: location.origin + "/tl/js/", font: null});
	window.tl = tl;
	tl.on("loaded", () => { window.timelineLoaded = true; });
});
</script></body></html>`

// TestTimelineJSExportRendersInTimelineJS loads the demo's TimelineJS export
// into the TimelineJS3 library: one slide an entry after the title slide, each
// with its headline and its date at the entry's precision ("Sep 2022", never an
// invented day), a marker an entry on the time navigation, and nothing on the
// console.
func TestTimelineJSExportRendersInTimelineJS(t *testing.T) {
	dist := filepath.Join(npmPackage(t, "@knight-lab/timelinejs"), "dist")
	a := startDemo(t)
	export := exportOf(t, a, "timelinejs")
	doc := demoDocument(t, a)
	var data struct {
		Title *json.RawMessage `json:"title"`
	}
	if err := json.Unmarshal(export, &data); err != nil {
		t.Fatalf("the export is not JSON: %v", err)
	}
	mux := http.NewServeMux()
	mux.Handle("/tl/", http.StripPrefix("/tl/", http.FileServer(http.Dir(dist))))
	mux.HandleFunc("/export.json", func(w http.ResponseWriter, _ *http.Request) {
		w.Header().Set("Content-Type", "application/json")
		_, _ = w.Write(export)
	})
	mux.HandleFunc("/{$}", func(w http.ResponseWriter, _ *http.Request) { _, _ = io.WriteString(w, timelineJSPage) })
	site := httptest.NewServer(mux)
	t.Cleanup(site.Close)

	ctx := newBrowser(t)
	problems := watchConsole(t, ctx)
	do(t, ctx, "load the timeline into TimelineJS",
		chromedp.Navigate(site.URL),
		waitFor(`window.timelineLoaded && document.querySelector(".tl-slide")`),
	)
	slides := eval[[]struct{ Headline, Date string }](t, ctx, `[...document.querySelectorAll(".tl-slide:not(.tl-slide-titleslide)")].map(s => ({
		headline: (s.querySelector(".tl-headline") || {}).textContent || "",
		date: (s.querySelector(".tl-headline-date") || {}).textContent || ""}))`)
	if len(slides) != len(doc.Entries) {
		t.Errorf("TimelineJS shows %d slides besides the title, want one for each of the %d entries", len(slides), len(doc.Entries))
	}
	if data.Title != nil && count(t, ctx, ".tl-slide-titleslide") != 1 {
		t.Errorf("the export has a title but TimelineJS shows no title slide")
	}
	shown := map[string]string{}
	for _, s := range slides {
		shown[strings.TrimSpace(s.Headline)] = strings.TrimSpace(s.Date)
	}
	for _, e := range doc.Entries {
		date, ok := shown[e.Title]
		switch {
		case !ok:
			t.Errorf("no slide shows %q", e.Title)
		case date != edtf.MustParse(e.Date).Display():
			t.Errorf("the slide %q is dated %q, want %q", e.Title, date, edtf.MustParse(e.Date).Display())
		}
	}
	held := eval[map[string]struct{ Start, End *tlDate }](t, ctx, `Object.fromEntries(tl.config.events.map(e => {
		const parts = d => d && {year: d.data.year, month: d.data.month || 0, day: d.data.day || 0};
		return [e.unique_id, {start: parts(e.start_date), end: parts(e.end_date)}];
	}))`)
	for _, e := range doc.Entries {
		start, end := timelineJSPlace(edtf.MustParse(e.Date))
		h := held[e.Anchor()]
		if h.Start == nil || *h.Start != start || (h.End == nil) != (end == nil) || (end != nil && *h.End != *end) {
			t.Errorf("TimelineJS holds the date %s of %q as %s to %s, want %s to %s", e.Date, e.Title, h.Start, h.End, &start, end)
		}
	}
	if n := count(t, ctx, ".tl-timemarker"); n != len(doc.Entries) {
		t.Errorf("the time navigation has %d markers, want %d", n, len(doc.Entries))
	}
	for _, p := range problems() {
		t.Errorf("console: %s", p)
	}
}

// tlDate is the parts of a date TimelineJS holds; 0 for a part it lacks.
type tlDate struct{ Year, Month, Day int }

func (d *tlDate) String() string {
	if d == nil {
		return "none"
	}
	return fmt.Sprintf("%d-%d-%d", d.Year, d.Month, d.Day)
}

// timelineJSPlace is where a date belongs on TimelineJS's axis, only as
// precise as it is known: a range from its start to its end, a range open at
// its start at its end alone.
func timelineJSPlace(d edtf.Date) (tlDate, *tlDate) {
	parts := func(d edtf.Date) tlDate {
		p := tlDate{Year: d.Year()}
		if d.Precision() >= edtf.Month {
			p.Month = d.Month()
		}
		if d.Precision() >= edtf.Day {
			p.Day = d.Day()
		}
		return p
	}
	if !d.IsRange() {
		return parts(d), nil
	}
	start, end := d.Start(), d.End()
	switch {
	case start.IsZero():
		return parts(end), nil
	case end.IsZero():
		return parts(start), nil
	}
	e := parts(end)
	return parts(start), &e
}
