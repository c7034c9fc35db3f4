// Package tsatest runs an RFC 3161 time-stamping authority for tests: a
// throwaway certificate authority and TSA certificate made with openssl, and
// an HTTP server that answers each query with `openssl ts -reply`, so that
// the tokens factline keeps are real ones, checkable with `openssl ts
// -verify` against the authority's certificate.
package tsatest

import (
	"bytes"
	"io"
	"net/http"
	"net/http/httptest"
	"os"
	"os/exec"
	"path/filepath"
	"testing"
)

// TSA is a running test authority.
type TSA struct {
	URL    string // where to POST application/timestamp-query
	CAFile string // the root certificate (PEM) its tokens verify against
	Cert   string // the TSA's own certificate (PEM)
	dir    string
}

// Start makes the certificates and starts the authority, stopped when the
// test ends. It skips the test when openssl is not installed.
func Start(tb testing.TB) *TSA {
	tb.Helper()
	if _, err := exec.LookPath("openssl"); err != nil {
		tb.Skip("openssl is not installed")
	}
	dir := tb.TempDir()
	t := &TSA{CAFile: filepath.Join(dir, "ca.pem"), Cert: filepath.Join(dir, "tsa.pem"), dir: dir}
	write(tb, filepath.Join(dir, "tsa.ext"), "basicConstraints=CA:FALSE\nkeyUsage=critical,digitalSignature\nextendedKeyUsage=critical,timeStamping\n")
	write(tb, filepath.Join(dir, "serial"), "01\n")
	write(tb, filepath.Join(dir, "tsa.cnf"), `[ tsa ]
default_tsa = test_tsa
[ test_tsa ]
dir = `+dir+`
serial = $dir/serial
signer_cert = $dir/tsa.pem
certs = $dir/ca.pem
signer_key = $dir/tsa.key
signer_digest = sha256
default_policy = 1.3.6.1.4.1.99999.1
digests = sha256, sha384, sha512
accuracy = secs:1
ordering = yes
tsa_name = yes
ess_cert_id_alg = sha256
`)
	run(tb, dir, "req", "-x509", "-newkey", "ec", "-pkeyopt", "ec_paramgen_curve:P-256", "-nodes", "-days", "2",
		"-subj", "/CN=factline test root", "-keyout", "ca.key", "-out", "ca.pem")
	run(tb, dir, "req", "-new", "-newkey", "ec", "-pkeyopt", "ec_paramgen_curve:P-256", "-nodes",
		"-subj", "/CN=factline test TSA", "-keyout", "tsa.key", "-out", "tsa.csr")
	run(tb, dir, "x509", "-req", "-in", "tsa.csr", "-CA", "ca.pem", "-CAkey", "ca.key", "-CAcreateserial", "-days", "2",
		"-extfile", "tsa.ext", "-out", "tsa.pem")
	srv := httptest.NewServer(http.HandlerFunc(t.reply))
	tb.Cleanup(srv.Close)
	t.URL = srv.URL
	return t
}

// reply answers one query with openssl's reply to it.
func (t *TSA) reply(w http.ResponseWriter, r *http.Request) {
	if r.Method != http.MethodPost || r.Header.Get("Content-Type") != "application/timestamp-query" {
		http.Error(w, "POST a timestamp query", http.StatusBadRequest)
		return
	}
	query, err := io.ReadAll(io.LimitReader(r.Body, 1<<16))
	if err != nil {
		http.Error(w, err.Error(), http.StatusBadRequest)
		return
	}
	f, err := os.CreateTemp(t.dir, "query-*.tsq")
	if err != nil {
		http.Error(w, err.Error(), http.StatusInternalServerError)
		return
	}
	defer os.Remove(f.Name())
	if _, err := f.Write(query); err != nil || f.Close() != nil {
		http.Error(w, "cannot keep the query", http.StatusInternalServerError)
		return
	}
	cmd := exec.Command("openssl", "ts", "-reply", "-config", filepath.Join(t.dir, "tsa.cnf"), "-queryfile", f.Name())
	var out, errs bytes.Buffer
	cmd.Stdout, cmd.Stderr = &out, &errs
	if err := cmd.Run(); err != nil {
		http.Error(w, errs.String(), http.StatusInternalServerError)
		return
	}
	w.Header().Set("Content-Type", "application/timestamp-reply")
	_, _ = w.Write(out.Bytes())
}

// Verify runs `openssl ts -verify` on a token (DER) for the data it should
// stamp, against the authority's root; it returns openssl's output and
// whether it said "Verification: OK".
func (t *TSA) Verify(tb testing.TB, token, data []byte) (string, bool) {
	tb.Helper()
	dir := tb.TempDir()
	write(tb, filepath.Join(dir, "token.der"), string(token))
	write(tb, filepath.Join(dir, "data"), string(data))
	cmd := exec.Command("openssl", "ts", "-verify", "-token_in", "-in", "token.der", "-data", "data",
		"-CAfile", t.CAFile, "-untrusted", t.Cert)
	cmd.Dir = dir
	out, err := cmd.CombinedOutput()
	return string(out), err == nil && bytes.Contains(out, []byte("Verification: OK"))
}

func run(tb testing.TB, dir string, args ...string) {
	tb.Helper()
	cmd := exec.Command("openssl", args...)
	cmd.Dir = dir
	if out, err := cmd.CombinedOutput(); err != nil {
		tb.Fatalf("openssl %v: %v\n%s", args, err, out)
	}
}

func write(tb testing.TB, path, content string) {
	tb.Helper()
	if err := os.WriteFile(path, []byte(content), 0o600); err != nil {
		tb.Fatal(err)
	}
}
