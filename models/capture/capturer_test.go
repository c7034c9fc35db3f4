package capture

import (
	"errors"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"
	"time"
)

// TestCapturerBoundsTimeAndTurns fetches from a page that hangs: the capture
// is refused after Timeout; while it hangs, the one turn is taken and another
// capture is ErrBusy; once the hung work ends, captures run again.
func TestCapturerBoundsTimeAndTurns(t *testing.T) {
	release := make(chan struct{})
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if r.URL.Path == "/hang" {
			<-release
		}
		_, _ = w.Write([]byte(newsPage))
	}))
	defer srv.Close()
	defer close(release)
	c := NewCapturer(Limits{MaxElements: 10_000, MaxDepth: 100, Timeout: 300 * time.Millisecond, MaxAtOnce: 1, Wait: 50 * time.Millisecond},
		Fetcher{AllowPrivate: true, MaxBytes: 1 << 20, Timeout: time.Minute})

	start := time.Now()
	_, err := c.Capture(t.Context(), nil, srv.URL+"/hang")
	var refused *RefusedError
	if !errors.As(err, &refused) || !strings.Contains(refused.Reason, "took longer than") {
		t.Fatalf("a hanging page: %v", err)
	}
	if took := time.Since(start); took > 2*time.Second {
		t.Errorf("the refusal took %s", took)
	}
	if a, err := c.Capture(t.Context(), []byte(newsPage), ""); err != nil || !strings.Contains(a.Text, "groundless blame") {
		t.Errorf("after the fetch was cancelled by the timeout: %v", err)
	}
}

// TestCapturerRefusesWhenAllTurnsAreTaken holds the only turn with a hanging
// fetch and tries another capture.
func TestCapturerRefusesWhenAllTurnsAreTaken(t *testing.T) {
	release := make(chan struct{})
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		<-release
		_, _ = w.Write([]byte(newsPage))
	}))
	defer srv.Close()
	c := NewCapturer(Limits{MaxElements: 10_000, MaxDepth: 100, Timeout: time.Minute, MaxAtOnce: 1, Wait: 50 * time.Millisecond},
		Fetcher{AllowPrivate: true, MaxBytes: 1 << 20, Timeout: time.Minute})
	first := make(chan error)
	go func() {
		_, err := c.Capture(t.Context(), nil, srv.URL)
		first <- err
	}()
	for deadline := time.Now().Add(time.Minute); len(c.turns) == 0; time.Sleep(time.Millisecond) {
		if time.Now().After(deadline) {
			t.Fatal("the first capture did not start within a minute")
		}
	}
	if _, err := c.Capture(t.Context(), []byte(newsPage), ""); !errors.Is(err, ErrBusy) {
		t.Errorf("a second capture while the first runs: %v, want ErrBusy", err)
	}
	close(release)
	if err := <-first; err != nil {
		t.Fatalf("the first capture: %v", err)
	}
	if _, err := c.Capture(t.Context(), []byte(newsPage), ""); err != nil {
		t.Errorf("a capture after the first ended: %v", err)
	}
}

// TestMeasureTellsLongPagesFromDeepOnes: 9,000 unclosed paragraphs are a long
// page, not a deep one; 600 nested divs are deep; 20,001 elements are too many.
func TestMeasureTellsLongPagesFromDeepOnes(t *testing.T) {
	c := NewCapturer(Limits{MaxElements: 20_000, MaxDepth: 512, Timeout: time.Minute, MaxAtOnce: 1}, Fetcher{})
	for name, tc := range map[string]struct {
		page, want string
	}{
		"unclosed paragraphs": {"<body>" + strings.Repeat("<p>text<br>more", 9_000), ""},
		"deep divs":           {"<body>" + strings.Repeat("<div>", 600), "deep"},
		"too many":            {"<body>" + strings.Repeat("<span>x</span>", 20_001), "elements"},
	} {
		err := c.measure([]byte(tc.page))
		if tc.want == "" && err != nil {
			t.Errorf("%s: %v", name, err)
		}
		if tc.want != "" && (err == nil || !strings.Contains(err.Error(), tc.want)) {
			t.Errorf("%s: %v, want a refusal about %s", name, err, tc.want)
		}
	}
}
