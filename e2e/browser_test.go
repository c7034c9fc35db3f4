package e2e

import (
	"context"
	"fmt"
	"io"
	"log/slog"
	"net/http/httptest"
	"os"
	"os/exec"
	"strings"
	"testing"
	"time"

	"github.com/chromedp/chromedp"

	"github.com/factline/factline/models"
	"github.com/factline/factline/models/accounts"
	"github.com/factline/factline/models/storage"
	"github.com/factline/factline/web"
)

// The browser tests need Chromium: they look for it on the PATH and skip with a
// message when it is missing, except in CI (the CI variable set), where a missing
// browser fails them. .ci/run installs Debian's chromium package.

const (
	editorEmail    = "editor@example.org"
	editorPassword = "correct horse battery staple"
	// flowTimeout bounds one test's browser session.
	flowTimeout = 90 * time.Second
)

// app is factline served on a local port, on a fresh database.
type app struct {
	url   string
	store *storage.Store
}

func startApp(t *testing.T) *app {
	t.Helper()
	store := storage.NewTestStore(t, nil)
	log := slog.New(slog.NewTextHandler(io.Discard, nil))
	srv, err := web.New(t.Context(), web.Config{}, store, log)
	if err != nil {
		t.Fatal(err)
	}
	hs := httptest.NewServer(srv)
	t.Cleanup(hs.Close)
	if _, err := accounts.Of(store).CreateUser(t.Context(), editorEmail, "Editor", models.RoleEditor, editorPassword); err != nil {
		t.Fatal(err)
	}
	return &app{url: hs.URL, store: store}
}

// chromium finds a Chromium or Chrome binary on the PATH.
func chromium() string {
	for _, name := range []string{"chromium", "chromium-browser", "google-chrome", "google-chrome-stable"} {
		if p, err := exec.LookPath(name); err == nil {
			return p
		}
	}
	return ""
}

// newBrowser starts a headless Chromium at a desktop size and returns a tab's
// context, closed when the test ends.
func newBrowser(t *testing.T) context.Context {
	t.Helper()
	return newBrowserWith(t)
}

// newBrowserWith is newBrowser with more of Chromium's options.
func newBrowserWith(t *testing.T, extra ...chromedp.ExecAllocatorOption) context.Context {
	t.Helper()
	path := chromium()
	if path == "" {
		if os.Getenv("CI") != "" {
			t.Fatal("no Chromium on the PATH (looked for chromium, chromium-browser, google-chrome): CI must run the browser tests; install Debian's chromium package")
		}
		t.Skip("browser tests skipped: no Chromium on the PATH (looked for chromium, chromium-browser, google-chrome); `apt-get install chromium` to run them")
	}
	opts := []chromedp.ExecAllocatorOption{
		chromedp.ExecPath(path),
		chromedp.Headless,
		chromedp.NoSandbox,
		chromedp.DisableGPU,
		chromedp.NoFirstRun,
		chromedp.NoDefaultBrowserCheck,
		chromedp.Flag("disable-background-networking", true),
		chromedp.Flag("disable-dev-shm-usage", true),
		chromedp.WindowSize(1280, 900),
	}
	opts = append(opts, extra...)
	actx, cancelAlloc := chromedp.NewExecAllocator(context.Background(), opts...)
	tab, cancelTab := chromedp.NewContext(actx)
	// The first call starts the browser, which lives as long as that call's
	// context: the tab's, without the timeout that bounds the steps.
	if err := chromedp.Do(tab); err != nil {
		cancelTab()
		cancelAlloc()
		t.Fatalf("start Chromium %s: %v", path, err)
	}
	ctx, cancelTime := context.WithTimeout(tab, flowTimeout)
	t.Cleanup(func() { cancelTime(); cancelTab(); cancelAlloc() })
	return ctx
}

// do performs the browser actions of one step, failing the test with the
// step's name when one fails.
func do(t *testing.T, ctx context.Context, step string, actions ...chromedp.Action[chromedp.Void]) {
	t.Helper()
	if err := chromedp.Do(ctx, actions...); err != nil {
		t.Fatalf("%s: %v\n%s", step, err, pageState(ctx))
	}
}

// pageState describes what the tab shows, for a failure's message.
func pageState(ctx context.Context) string {
	state, err := chromedp.Run(ctx, chromedp.Evaluate[string](`location.href + "\n" +
		(document.querySelector("#flash") ? "flash: " + document.querySelector("#flash").innerText + "\n" : "") +
		(document.querySelector("main") || document.body).innerText.slice(0, 1500)`))
	if err != nil {
		return "(page state unreadable: " + err.Error() + ")"
	}
	return "the page shows: " + state
}

// eval evaluates a JavaScript expression and decodes its value.
func eval[T any](t *testing.T, ctx context.Context, expr string, opts ...chromedp.EvaluateOption) T {
	t.Helper()
	v, err := chromedp.Run(ctx, chromedp.Evaluate[T](expr, opts...))
	if err != nil {
		t.Fatalf("evaluate %s: %v", expr, err)
	}
	return v
}

// signIn signs the editor in through the sign-in form.
func signIn(t *testing.T, ctx context.Context, a *app) {
	t.Helper()
	do(t, ctx, "sign in",
		chromedp.Navigate(a.url+"/login"),
		chromedp.SendKeys(chromedp.CSS(`[data-testid="login-form"] input[name="email"]`), editorEmail),
		chromedp.SendKeys(chromedp.CSS(`[data-testid="login-form"] input[name="password"]`), editorPassword),
		chromedp.Click(chromedp.CSS(`[data-testid="login-form"] button[type="submit"]`)),
		chromedp.WaitVisible(chromedp.CSS(`form[action="/logout"]`)),
	)
}

// textOf reads the space-folded text of the first element matching sel,
// waiting up to 5 s for one to exist. It finds and reads the element in one
// evaluation, so an htmx swap between the two cannot pull the node away.
func textOf(t *testing.T, ctx context.Context, sel string) string {
	t.Helper()
	expr := fmt.Sprintf(`(e => e ? e.innerText : null)(document.querySelector(%q))`, sel)
	for deadline := time.Now().Add(5 * time.Second); ; time.Sleep(50 * time.Millisecond) {
		s, err := chromedp.Run(ctx, chromedp.Evaluate[*string](expr))
		if err != nil {
			t.Fatalf("read %s: %v", sel, err)
		}
		if s != nil {
			return strings.Join(strings.Fields(*s), " ")
		}
		if time.Now().After(deadline) {
			t.Fatalf("read %s: no such element", sel)
		}
	}
}

// count counts the elements matching sel.
func count(t *testing.T, ctx context.Context, sel string) int {
	t.Helper()
	return eval[int](t, ctx, fmt.Sprintf(`document.querySelectorAll(%q).length`, sel))
}

// location is the tab's current URL.
func location(t *testing.T, ctx context.Context) string {
	t.Helper()
	u, err := chromedp.Run(ctx, chromedp.Location())
	if err != nil {
		t.Fatalf("read the location: %v", err)
	}
	return u
}

// waitFor evaluates cond, a JavaScript expression, until it is true, for up
// to ten seconds; it keeps trying while a navigation replaces the page.
func waitFor(cond string) chromedp.Action[chromedp.Void] {
	return chromedp.Func(func(ctx context.Context, t *chromedp.Target) error {
		deadline := time.Now().Add(10 * time.Second)
		for {
			ok, err := chromedp.Evaluate[bool]("Boolean("+cond+")")(ctx, t)
			if err == nil && ok {
				return nil
			}
			if time.Now().After(deadline) {
				return fmt.Errorf("still not true after 10s: %s (last error: %v)", cond, err)
			}
			select {
			case <-ctx.Done():
				return ctx.Err()
			case <-time.After(100 * time.Millisecond):
			}
		}
	})
}
