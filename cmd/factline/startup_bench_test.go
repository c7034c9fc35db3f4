package main

import (
	"bytes"
	"fmt"
	"net"
	"net/http"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
	"time"
)

// BenchmarkStartup builds factline and a plain net/http server, starts each on
// a fresh database (factline migrates it), and reports the time from exec to
// the first 200 of / and the resident memory after a second of idling, side by
// side (docs/ARCHITECTURE.md §10: first 200 within 50 ms, idle RSS under 40 MB).
func BenchmarkStartup(b *testing.B) {
	dir := b.TempDir()
	app, plain := filepath.Join(dir, "factline"), filepath.Join(dir, "plainhttp")
	for bin, pkg := range map[string]string{app: ".", plain: "./testdata/plainhttp"} {
		if out, err := exec.Command("go", "build", "-tags", "sqlite_fts5", "-o", bin, pkg).CombinedOutput(); err != nil {
			b.Fatalf("build %s: %v\n%s", pkg, err, out)
		}
	}
	for b.Loop() {
		for i, name := range []string{"factline", "plain"} {
			addr := freeAddr(b)
			cmd := exec.Command(plain, addr)
			if name == "factline" {
				cmd = exec.Command(app, "serve", "--addr", addr, "--db", filepath.Join(dir, fmt.Sprintf("start%d.db", i)))
			}
			start, rss := startAndMeasure(b, cmd, addr)
			b.ReportMetric(float64(start.Microseconds())/1000, name+"-first200-ms")
			b.ReportMetric(rss/(1<<20), name+"-idle-rss-MB")
		}
		_ = os.Remove(filepath.Join(dir, "start0.db"))
	}
}

// startAndMeasure starts cmd, polls addr until / answers 200, waits a second
// and reads the process's resident memory; it stops the process.
func startAndMeasure(b *testing.B, cmd *exec.Cmd, addr string) (time.Duration, float64) {
	var stderr bytes.Buffer
	cmd.Stderr = &stderr
	start := time.Now()
	if err := cmd.Start(); err != nil {
		b.Fatal(err)
	}
	defer func() { _ = cmd.Process.Kill(); _ = cmd.Wait() }()
	client := &http.Client{Timeout: time.Second}
	var took time.Duration
	for {
		res, err := client.Get("http://" + addr + "/")
		if err == nil {
			res.Body.Close()
			if res.StatusCode == http.StatusOK {
				took = time.Since(start)
				break
			}
		}
		if time.Since(start) > 20*time.Second {
			b.Fatalf("%s: no 200 within 20 s: %v\n%s", cmd.Path, err, stderr.String())
		}
		time.Sleep(time.Millisecond)
	}
	time.Sleep(time.Second)
	status, err := os.ReadFile(fmt.Sprintf("/proc/%d/status", cmd.Process.Pid))
	if err != nil {
		b.Fatal(err)
	}
	for line := range strings.Lines(string(status)) {
		if f := strings.Fields(line); len(f) >= 2 && f[0] == "VmRSS:" {
			kb, err := strconv.ParseFloat(f[1], 64)
			if err != nil {
				b.Fatal(err)
			}
			return took, kb * 1024
		}
	}
	b.Fatal("no VmRSS in /proc status")
	return 0, 0
}

// freeAddr is a loopback address with a port nothing listens on.
func freeAddr(b *testing.B) string {
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		b.Fatal(err)
	}
	defer ln.Close()
	return ln.Addr().String()
}
