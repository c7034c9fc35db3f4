package e2e

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/chromedp/chromedp"
)

// TestScreenshots saves the main pages at desktop and phone widths, in the light
// and dark schemes and as printed, into the folder named by FACTLINE_SCREENSHOTS,
// for people to look at; without it the test is skipped.
func TestScreenshots(t *testing.T) {
	dir := os.Getenv("FACTLINE_SCREENSHOTS")
	if dir == "" {
		t.Skip("set FACTLINE_SCREENSHOTS to a folder to save screenshots of the main pages")
	}
	a := startApp(t)
	paths := seedWorkedExample(t, a.store)
	ctx := newBrowser(t)
	signIn(t, ctx, a)
	for _, scheme := range []string{"light", "dark", "print"} {
		setColorScheme(t, ctx, scheme)
		for _, width := range []int64{1280, 390} {
			for _, path := range paths {
				name := strings.Trim(strings.NewReplacer("/", "_", "?", "_", "&", "_", "=", "-").Replace(path), "_")
				if name == "" {
					name = "home"
				}
				do(t, ctx, "load "+path, chromedp.EmulateViewport(width, 900), chromedp.Navigate(a.url+path),
					waitFor(`document.readyState === "complete"`))
				full, err := chromedp.Run(ctx, chromedp.FullScreenshot(100)) // quality 100: PNG
				if err != nil {
					t.Fatalf("screenshot %s: %v", path, err)
				}
				file := filepath.Join(dir, fmt.Sprintf("%s-%d-%s.png", name, width, scheme))
				if err := os.WriteFile(file, full, 0o644); err != nil {
					t.Fatal(err)
				}
			}
		}
	}
}
