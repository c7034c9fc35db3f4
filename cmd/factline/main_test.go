package main

import (
	"bytes"
	"context"
	"io"
	"net/http"
	"path/filepath"
	"regexp"
	"strings"
	"sync"
	"testing"
	"time"
)

// syncBuffer is a bytes.Buffer safe for the server's logger and the test.
type syncBuffer struct {
	mu  sync.Mutex
	buf bytes.Buffer
}

func (b *syncBuffer) Write(p []byte) (int, error) {
	b.mu.Lock()
	defer b.mu.Unlock()
	return b.buf.Write(p)
}

func (b *syncBuffer) String() string {
	b.mu.Lock()
	defer b.mu.Unlock()
	return b.buf.String()
}

// TestServeDemoThenShutDown runs the README's first command on a fresh database,
// reads the demo timeline, and stops the server as SIGINT would.
func TestServeDemoThenShutDown(t *testing.T) {
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	var logs syncBuffer
	done := make(chan error, 1)
	db := filepath.Join(t.TempDir(), "factline.db")
	go func() {
		done <- run(ctx, []string{"serve", "--demo", "--db", db, "--addr", "127.0.0.1:0"}, nil, io.Discard, &logs)
	}()
	url := waitForURL(t, &logs)
	res, err := http.Get(url + "/timelines/ohchr-xinjiang-assessment")
	if err != nil {
		t.Fatal(err)
	}
	body, _ := io.ReadAll(res.Body)
	res.Body.Close()
	if res.StatusCode != http.StatusOK || !strings.Contains(string(body), "12 Sep – 7 Oct 2022") {
		t.Fatalf("demo timeline: status %d", res.StatusCode)
	}
	cancel()
	select {
	case err := <-done:
		if err != nil {
			t.Fatalf("serve returned %v", err)
		}
	case <-time.After(10 * time.Second):
		t.Fatal("serve did not stop")
	}
	if !strings.Contains(logs.String(), "shutting down") {
		t.Error("no shutdown line in the log")
	}
}

func waitForURL(t *testing.T, logs *syncBuffer) string {
	t.Helper()
	re := regexp.MustCompile(`url=(http://[0-9.:]+)`)
	for range 200 {
		if m := re.FindStringSubmatch(logs.String()); m != nil {
			return m[1]
		}
		time.Sleep(25 * time.Millisecond)
	}
	t.Fatalf("server did not start: %s", logs.String())
	return ""
}

func TestUnknownCommandAndFlags(t *testing.T) {
	var stderr bytes.Buffer
	if err := run(context.Background(), []string{"frobnicate"}, nil, io.Discard, &stderr); err == nil {
		t.Error("unknown command accepted")
	}
	if err := run(context.Background(), []string{"serve", "--log-format", "xml", "--db", filepath.Join(t.TempDir(), "x.db")}, nil, io.Discard, &stderr); err == nil || !strings.Contains(err.Error(), "xml") {
		t.Errorf("bad log format: %v", err)
	}
	var out bytes.Buffer
	if err := run(context.Background(), []string{"version"}, nil, &out, &stderr); err != nil || !strings.HasPrefix(out.String(), "factline ") {
		t.Errorf("version: %v %q", err, out.String())
	}
}

func TestExtractResolvesAgainstThePublicationDate(t *testing.T) {
	var out, stderr bytes.Buffer
	in := strings.NewReader(`The Assembly approved him on Thursday; the session opens starting Monday.`)
	if err := run(context.Background(), []string{"extract", "--published", "2022-09-10", "--json", "-"}, in, &out, &stderr); err != nil {
		t.Fatal(err, stderr.String())
	}
	for _, want := range []string{`"value": "2022-09-08"`, `"value": "2022-09-12"`} {
		if !strings.Contains(out.String(), want) {
			t.Errorf("output lacks %s:\n%s", want, out.String())
		}
	}
	out.Reset()
	batch := strings.NewReader(`{"id":"a","published":"2022-09-10","text":"last week"}` + "\n")
	if err := run(context.Background(), []string{"extract", "--batch"}, batch, &out, &stderr); err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(out.String(), `"2022-W35"`) {
		t.Errorf("batch output %s", out.String())
	}
	if err := run(context.Background(), []string{"extract", "--published", "08/09/2022", "-"}, strings.NewReader("x"), &out, &stderr); err == nil {
		t.Error("an ambiguous publication date was accepted")
	}
}

func TestUserAddListAndSignInWithIt(t *testing.T) {
	db := filepath.Join(t.TempDir(), "u.db")
	var out, stderr bytes.Buffer
	err := run(context.Background(), []string{"user", "add", "--db", db, "--email", "ana@example.org", "--name", "Ana", "--role", "admin"},
		strings.NewReader("a long enough password\n"), &out, &stderr)
	if err != nil {
		t.Fatal(err, stderr.String())
	}
	err = run(context.Background(), []string{"user", "add", "--db", db, "--email", "bo@example.org", "--name", "Bo", "--role", "boss"},
		strings.NewReader("a long enough password\n"), &out, &stderr)
	if err == nil || !strings.Contains(err.Error(), "role") {
		t.Errorf("an unknown role: %v", err)
	}
	out.Reset()
	if err := run(context.Background(), []string{"user", "list", "--db", db}, nil, &out, &stderr); err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(out.String(), "ana@example.org") || strings.Contains(out.String(), "bo@example.org") {
		t.Errorf("list:\n%s", out.String())
	}
	if err := run(context.Background(), []string{"user", "disable", "--db", db, "--email", "ana@example.org"}, nil, &out, &stderr); err != nil {
		t.Fatal(err)
	}
	out.Reset()
	if err := run(context.Background(), []string{"user", "list", "--db", db}, nil, &out, &stderr); err != nil {
		t.Fatal(err)
	}
	if strings.Contains(out.String(), "ana@example.org") {
		t.Errorf("a disabled account is listed:\n%s", out.String())
	}
	if err := run(context.Background(), []string{"user", "disable", "--db", db, "--email", "nobody@example.org"}, nil, &out, &stderr); err == nil {
		t.Error("disabling an unknown email succeeded")
	}
}

func TestBackupIsAWorkingCopy(t *testing.T) {
	dir := t.TempDir()
	db, copyPath := filepath.Join(dir, "f.db"), filepath.Join(dir, "copy.db")
	var out, stderr bytes.Buffer
	if err := run(context.Background(), []string{"demo", "--db", db}, nil, &out, &stderr); err != nil {
		t.Fatal(err, stderr.String())
	}
	if err := run(context.Background(), []string{"backup", "--db", db, copyPath}, nil, &out, &stderr); err != nil {
		t.Fatal(err, stderr.String())
	}
	if err := run(context.Background(), []string{"backup", "--db", db, copyPath}, nil, &out, &stderr); err == nil {
		t.Error("a backup over an existing file was written")
	}
	out.Reset()
	if err := run(context.Background(), []string{"export", "--db", copyPath, "--timeline", "ohchr-xinjiang-assessment", "--format", "markdown"}, nil, &out, &stderr); err != nil {
		t.Fatal(err, stderr.String())
	}
	if !strings.Contains(out.String(), "groundless blame") {
		t.Errorf("the copy lacks the demo timeline:\n%s", out.String())
	}
}

func TestExtractReadsTheTextsLanguage(t *testing.T) {
	text := "Le conseil municipal s'est réuni mardi soir et a voté le budget de l'an prochain."
	for _, args := range [][]string{{"--lang", "fr"}, nil} {
		var out, stderr bytes.Buffer
		argv := append(append([]string{"extract", "--published", "1999-05-19", "--json"}, args...), "-")
		if err := run(context.Background(), argv, strings.NewReader(text), &out, &stderr); err != nil {
			t.Fatal(err, stderr.String())
		}
		for _, want := range []string{`"lang": "fr"`, `"value": "1999-05-18TEV"`, `"value": "2000"`} {
			if !strings.Contains(out.String(), want) {
				t.Errorf("%v: output lacks %s:\n%s", args, want, out.String())
			}
		}
	}
	var out, stderr bytes.Buffer
	err := run(context.Background(), []string{"extract", "--lang", "xx", "-"}, strings.NewReader(text), &out, &stderr)
	if err == nil || !strings.Contains(err.Error(), "--lang") {
		t.Errorf("an unknown language was accepted: %v", err)
	}
}
