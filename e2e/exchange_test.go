package e2e

import (
	"encoding/json"
	"fmt"
	"io"
	"net/http"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"

	"github.com/chromedp/chromedp"

	"github.com/factline/factline/models"
	"github.com/factline/factline/models/demo"
	"github.com/factline/factline/models/formats"
	"github.com/factline/factline/models/storage"
)

// The exchange tests hand factline's exports to the programs researchers open
// them with: TimelineJS3 in Chromium, citeproc-js in Node, and Chromium itself
// for the standalone HTML. The npm packages are test tools, never shipped:
// .ci/run installs them into an ignored folder named by FACTLINE_NPM_DIR.

// TestCSLExportRendersABibliography formats the demo's CSL-JSON export with
// citeproc-js, under a minimal style, into a bibliography that has one entry a
// source with its title.
func TestCSLExportRendersABibliography(t *testing.T) {
	node := nodeBinary(t)
	citeproc := npmPackage(t, "citeproc")
	a := startDemo(t)
	doc := demoDocument(t, a)
	export := exportOf(t, a, "csl")
	file := filepath.Join(t.TempDir(), "sources.csl.json")
	if err := os.WriteFile(file, export, 0o600); err != nil {
		t.Fatal(err)
	}
	cmd := exec.CommandContext(t.Context(), node, filepath.Join("testdata", "bibliography.js"), citeproc, file,
		filepath.Join("testdata", "minimal.csl"), filepath.Join("testdata", "locales-en-US.xml"))
	out, err := cmd.Output()
	if err != nil {
		var stderr string
		if ee, ok := err.(*exec.ExitError); ok {
			stderr = string(ee.Stderr)
		}
		t.Fatalf("citeproc-js: %v\n%s", err, stderr)
	}
	var bib struct {
		Errors  []json.RawMessage `json:"errors"`
		Entries []string          `json:"entries"`
	}
	if err := json.Unmarshal(out, &bib); err != nil {
		t.Fatalf("read the bibliography: %v\n%s", err, out)
	}
	for _, e := range bib.Errors {
		t.Errorf("citeproc-js: %s", e)
	}
	if len(bib.Entries) != len(doc.Sources) {
		t.Errorf("the bibliography has %d entries, want one for each of the %d sources:\n%s", len(bib.Entries), len(doc.Sources), strings.Join(bib.Entries, "\n"))
	}
	all := curly.Replace(strings.Join(bib.Entries, "\n"))
	for _, src := range doc.Sources {
		if !strings.Contains(all, curly.Replace(src.Title)) {
			t.Errorf("the bibliography lacks %q:\n%s", src.Title, all)
		}
	}
}

// curly folds the typographic quotes citeproc-js sets back to straight ones.
var curly = strings.NewReplacer("’", "'", "‘", "'", "“", `"`, "”", `"`)

// TestHTMLExportReadsOffline opens the demo's standalone HTML from a file with
// the network off: every entry shows, and the page asks for nothing it cannot
// have.
func TestHTMLExportReadsOffline(t *testing.T) {
	a := startDemo(t)
	doc := demoDocument(t, a)
	file := filepath.Join(t.TempDir(), "timeline.html")
	if err := os.WriteFile(file, exportOf(t, a, "html"), 0o600); err != nil {
		t.Fatal(err)
	}
	ctx := newBrowser(t)
	failed := goOffline(t, ctx)
	problems := watchConsole(t, ctx)
	do(t, ctx, "open the file offline",
		chromedp.Navigate("file://"+file),
		waitFor(`document.readyState === "complete"`),
	)
	if !eval[bool](t, ctx, `!navigator.onLine`) {
		t.Fatal("the browser is online")
	}
	shown := eval[[]string](t, ctx, `[...document.querySelectorAll("article.entry")]
		.filter(a => a.checkVisibility({visibilityProperty: true, opacityProperty: true}) && a.getBoundingClientRect().height > 0)
		.map(a => a.innerText)`)
	if len(shown) != len(doc.Entries) {
		t.Errorf("%d entries visible, want %d", len(shown), len(doc.Entries))
	}
	all := strings.Join(shown, "\n")
	for _, e := range doc.Entries {
		if !strings.Contains(all, e.Title) {
			t.Errorf("the entry %q is not visible", e.Title)
		}
	}
	for _, f := range failed() {
		t.Errorf("request failed offline: %s", f)
	}
	for _, p := range problems() {
		t.Errorf("console: %s", p)
	}
}

// startDemo starts factline with the demo timeline loaded, and on it an event
// known only to the month, which the demo lacks.
func startDemo(t *testing.T) *app {
	t.Helper()
	a := startApp(t)
	tl, err := demo.Load(t.Context(), a.store)
	if err != nil {
		t.Fatal(err)
	}
	ev := storage.MakeEvent(t, a.store, "China's mission circulates a rebuttal of the assessment", "2022-10")
	if err := a.store.AddEntry(t.Context(), &models.Entry{TimelineID: tl.ID, ItemKind: models.KindEvent, ItemID: ev.ID}); err != nil {
		t.Fatal(err)
	}
	return a
}

// exportOf downloads the demo timeline's export in format, as anyone may.
func exportOf(t *testing.T, a *app, format string) []byte {
	t.Helper()
	url := fmt.Sprintf("%s/timelines/%s/export/%s", a.url, demo.Slug, format)
	res, err := http.Get(url)
	if err != nil {
		t.Fatal(err)
	}
	defer res.Body.Close()
	b, err := io.ReadAll(res.Body)
	if err != nil || res.StatusCode != http.StatusOK {
		t.Fatalf("GET %s: %d %v", url, res.StatusCode, err)
	}
	return b
}

// demoDocument is the demo timeline as factline JSON: what the other exports
// are checked against.
func demoDocument(t *testing.T, a *app) formats.Document {
	t.Helper()
	var doc formats.Document
	if err := json.Unmarshal(exportOf(t, a, "json"), &doc); err != nil {
		t.Fatalf("read the factline JSON export: %v", err)
	}
	if len(doc.Entries) == 0 || len(doc.Sources) == 0 {
		t.Fatal("the demo timeline has no entries or no sources")
	}
	return doc
}

// npmPackage is the folder of an npm package installed under FACTLINE_NPM_DIR;
// without it the test is skipped, except in CI.
func npmPackage(t *testing.T, name string) string {
	t.Helper()
	dir := os.Getenv("FACTLINE_NPM_DIR")
	if dir == "" {
		if os.Getenv("CI") != "" {
			t.Fatal("FACTLINE_NPM_DIR is not set: CI must check the exports in their real clients; .ci/run installs them and sets it")
		}
		t.Skip("set FACTLINE_NPM_DIR to a folder with @knight-lab/timelinejs and citeproc installed (see .ci/run)")
	}
	path := filepath.Join(dir, "node_modules", filepath.FromSlash(name))
	if _, err := os.Stat(filepath.Join(path, "package.json")); err != nil {
		t.Fatalf("npm package %s is not installed in FACTLINE_NPM_DIR: %v", name, err)
	}
	return path
}

// nodeBinary finds Node.js on the PATH; without it the test is skipped, except in CI.
func nodeBinary(t *testing.T) string {
	t.Helper()
	path, err := exec.LookPath("node")
	if err != nil {
		if os.Getenv("CI") != "" {
			t.Fatal("no node on the PATH: CI must check the CSL export with citeproc-js")
		}
		t.Skip("no node on the PATH: the CSL export is not checked with citeproc-js")
	}
	return path
}
