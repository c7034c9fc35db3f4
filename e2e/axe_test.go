package e2e

import (
	"context"
	"fmt"
	"os"
	"strings"
	"testing"

	"github.com/chromedp/cdproto/emulation"
	"github.com/chromedp/chromedp"

	"github.com/factline/factline/models"
	"github.com/factline/factline/models/accounts"
	"github.com/factline/factline/models/pdftext"
	"github.com/factline/factline/models/storage"
)

// axeViolation is one rule axe-core found broken, with a few of the elements.
type axeViolation struct {
	ID     string   `json:"id"`
	Impact string   `json:"impact"`
	Help   string   `json:"help"`
	Nodes  []string `json:"nodes"`
}

// axeScript reads axe-core's axe.min.js from the path in AXE_CORE_JS (.ci/run
// installs it); without it the check is skipped, except in CI.
func axeScript(t *testing.T) string {
	t.Helper()
	path := os.Getenv("AXE_CORE_JS")
	if path == "" {
		if os.Getenv("CI") != "" {
			t.Fatal("AXE_CORE_JS is not set: CI must check accessibility; .ci/run installs axe-core and sets it")
		}
		t.Skip("accessibility check skipped: set AXE_CORE_JS to axe-core's axe.min.js (npm install axe-core)")
	}
	b, err := os.ReadFile(path)
	if err != nil {
		t.Fatalf("read axe-core: %v", err)
	}
	return string(b)
}

// seedWorkedExample stores a small slice of ARCHITECTURE.md §1's example and returns the
// paths of the pages that show it.
func seedWorkedExample(t *testing.T, s *storage.Store) []string {
	t.Helper()
	chen := storage.MakeActor(t, s, "Chen Xu")
	src := storage.MakeSource(t, s, "China shuns co-operation with UN rights office", articleText, "2022-09-10")
	claim := storage.MakeClaim(t, s, chen, "The assessment offered up groundless blame", "2022-09-08")
	event := storage.MakeEvent(t, s, "UN General Assembly approves Volker Türk", "2022-09-08")
	claimRef, eventRef := models.Ref{Kind: models.KindClaim, ID: claim.ID}, models.Ref{Kind: models.KindEvent, ID: event.ID}
	storage.MakeCitation(t, s, claimRef, src, "groundless blame")
	storage.MakeCitation(t, s, eventRef, src, "the General Assembly approved Volker Türk")
	tl := storage.MakeTimeline(t, s, "xinjiang", claimRef, eventRef)
	editor, err := accounts.Of(s).FindUserByEmail(t.Context(), editorEmail)
	if err != nil {
		t.Fatal(err)
	}
	tl.OwnerID = &editor.ID // so that the editor manages its sharing
	if err := s.SaveTimeline(t.Context(), tl); err != nil {
		t.Fatal(err)
	}
	start := strings.Index(articleText, "China refused")
	return []string{
		"/",
		"/timelines",
		"/timelines/xinjiang",
		"/timelines/xinjiang?view=scale",
		"/timelines/xinjiang/sharing",
		"/timelines/xinjiang/history",
		"/timelines/xinjiang/entries/1/edit",
		fmt.Sprintf("/claims/%d", claim.ID),
		fmt.Sprintf("/claims/%d/history", claim.ID),
		fmt.Sprintf("/events/%d", event.ID),
		fmt.Sprintf("/actors/%d", chen.ID),
		fmt.Sprintf("/sources/%d", src.ID),
		fmt.Sprintf("/sources/%d/read", src.ID),
		fmt.Sprintf("/sources/%d/cite?as=claim&start=%d&end=%d", src.ID, start, start+13),
		"/search?q=assessment",
		"/claims/new",
		"/events/new",
		"/actors/new",
		"/sources/new",
		"/timelines/new",
		"/capture",
		"/sources/pdf",
		pdfReader(t, s),
		"/trash",
	}
}

// pdfReader stores a source read from a two-page PDF (pages printed "7" and
// "8", one without text, its ligatures lost) and returns its reader's path.
func pdfReader(t *testing.T, s *storage.Store) string {
	t.Helper()
	text := "1. The Commission met four times.\n\n2. It examined every complaint."
	doc := pdftext.Document{Text: text, LigaturesMissing: true,
		Pages:      []pdftext.Page{{Number: 1, Printed: "7", Start: 0, End: 33}, {Number: 2, Printed: "8", Start: 35, End: 66}, {Number: 3, Start: 66, End: 66}},
		Paragraphs: []pdftext.Paragraph{{Number: 1, Start: 0, End: 35}, {Number: 2, Start: 35, End: 66}}}
	src := &models.Source{Kind: "report", Title: "Annual report", Text: text}
	pdf := pdftext.Record(doc, 100, "00")
	if err := s.SavePDFSource(t.Context(), src, &pdf); err != nil {
		t.Fatal(err)
	}
	return fmt.Sprintf("/sources/%d/read", src.ID)
}

// TestMainPagesPassAxe runs axe-core on every main page, in the light and the
// dark colour scheme, and fails on any serious or critical violation.
func TestMainPagesPassAxe(t *testing.T) {
	script := axeScript(t)
	a := startApp(t)
	paths := seedWorkedExample(t, a.store)
	ctx := newBrowser(t)
	signIn(t, ctx, a)
	for _, scheme := range []string{"light", "dark"} {
		setColorScheme(t, ctx, scheme)
		for _, path := range paths {
			for _, v := range axeViolations(t, ctx, script, a.url+path) {
				t.Errorf("%s (%s): %s %s: %s\n\t%s", path, scheme, v.Impact, v.ID, v.Help, strings.Join(v.Nodes, "\n\t"))
			}
		}
	}
}

// setColorScheme emulates prefers-color-scheme; "print" emulates the print
// medium in the light scheme.
func setColorScheme(t *testing.T, ctx context.Context, scheme string) {
	t.Helper()
	media := ""
	if scheme == "print" {
		media, scheme = "print", "light"
	}
	_, err := chromedp.Run(ctx, chromedp.Func(func(ctx context.Context, tg *chromedp.Target) error {
		_, err := chromedp.Call(ctx, emulation.SetEmulatedMedia, emulation.SetEmulatedMediaParams{Media: media,
			Features: []*emulation.MediaFeature{{Name: "prefers-color-scheme", Value: scheme}}})
		return err
	}))
	if err != nil {
		t.Fatalf("emulate %s colour scheme: %v", scheme, err)
	}
}

// axeViolations loads url, injects axe-core and returns its serious and
// critical violations, and those of the moderate rules held as strictly
// (landmark-unique: two search landmarks both called "search" on / and
// /search, issue 27 item 11).
func axeViolations(t *testing.T, ctx context.Context, script, url string) []axeViolation {
	t.Helper()
	do(t, ctx, "load "+url, chromedp.Navigate(url), waitFor(`document.readyState === "complete"`))
	if _, err := chromedp.Run(ctx, chromedp.Evaluate[chromedp.Void](script)); err != nil {
		t.Fatalf("inject axe-core: %v", err)
	}
	// A frame sandboxed without scripts (an archived copy) cannot run axe-core,
	// which would wait for it in vain; what it shows is the captured site's.
	vs, err := chromedp.Run(ctx, chromedp.Evaluate[[]axeViolation](`axe.run({exclude: [['iframe[sandbox]:not([sandbox~="allow-scripts"])']]}).then(r => r.violations
		.filter(v => v.impact === "serious" || v.impact === "critical" || v.id === "landmark-unique")
		.map(v => ({id: v.id, impact: v.impact, help: v.help,
			nodes: v.nodes.slice(0, 5).map(n => n.target.join(" ") + " — " + (n.failureSummary || "").replace(/\s+/g, " "))})))`,
		chromedp.EvalAwaitPromise))
	if err != nil {
		t.Fatalf("run axe-core on %s: %v", url, err)
	}
	return vs
}
