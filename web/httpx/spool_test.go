package httpx

import (
	"bytes"
	"net/http"
	"net/http/httptest"
	"os"
	"slices"
	"strconv"
	"testing"
)

// TestSpoolKeepsLargeAnswersInAFileWithNoName spools an answer three times
// what a spool keeps in memory: the client gets it whole, with its length,
// and the temp folder holds no file while it is spooled nor after.
func TestSpoolKeepsLargeAnswersInAFileWithNoName(t *testing.T) {
	tmp := t.TempDir()
	t.Setenv("TMPDIR", tmp)
	rec := httptest.NewRecorder()
	sp := &spool{w: rec, mem: new(bytes.Buffer)}
	want := bytes.Repeat([]byte("0123456789abcdef"), 3*spoolMemory/16)
	for chunk := range slices.Chunk(want, 4096) {
		if _, err := sp.Write(chunk); err != nil {
			t.Fatal(err)
		}
	}
	if sp.file == nil {
		t.Fatal("the answer stayed in memory")
	}
	if left := tempFiles(t, tmp); len(left) != 0 {
		t.Errorf("the spool's file has a name: %v", left)
	}
	if rec.Body.Len() != 0 {
		t.Fatal("the answer went out before it was whole")
	}
	if err := sp.send(); err != nil {
		t.Fatal(err)
	}
	sp.close()
	if rec.Code != http.StatusOK || !bytes.Equal(rec.Body.Bytes(), want) ||
		rec.Header().Get("Content-Length") != strconv.Itoa(len(want)) {
		t.Errorf("status %d, %d bytes (Content-Length %q) of %d", rec.Code, rec.Body.Len(), rec.Header().Get("Content-Length"), len(want))
	}
	if left := tempFiles(t, tmp); len(left) != 0 {
		t.Errorf("temp files left: %v", left)
	}
}

// tempFiles lists the files in dir (as web's upload tests list them).
func tempFiles(t *testing.T, dir string) []string {
	t.Helper()
	entries, err := os.ReadDir(dir)
	if err != nil {
		t.Fatal(err)
	}
	var names []string
	for _, e := range entries {
		names = append(names, e.Name())
	}
	return names
}
