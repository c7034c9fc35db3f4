package web

import (
	"bytes"
	"io"
	"mime/multipart"
	"net/http"
	"os"
	"sync/atomic"
	"testing"
)

// countingReader counts the bytes of a request body the client got to send.
type countingReader struct {
	r io.Reader
	n atomic.Int64
}

func (c *countingReader) Read(p []byte) (int, error) {
	n, err := c.r.Read(p)
	c.n.Add(int64(n))
	return n, err
}

// uploadBody is a multipart form with the CSRF token and a file of size bytes.
func uploadBody(t *testing.T, csrf string, size int) (*bytes.Buffer, string) {
	t.Helper()
	var buf bytes.Buffer
	mw := multipart.NewWriter(&buf)
	_ = mw.WriteField("_csrf", csrf)
	fw, err := mw.CreateFormFile("file", "big.json")
	if err != nil {
		t.Fatal(err)
	}
	_, _ = fw.Write(bytes.Repeat([]byte("x"), size))
	_ = mw.Close()
	return &buf, mw.FormDataContentType()
}

// tempFiles lists the files in dir.
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

// TestUploadsOfVisitorsAreRefusedUnreadAndLeaveNoFile posts 40 MiB files to
// /import and /capture without a session (a CSRF token in hand, as anyone can
// get one), with and without a Content-Length: each is refused before its body
// is read (the client gets to send little of it), and the temp folder holds
// no file afterwards.
func TestUploadsOfVisitorsAreRefusedUnreadAndLeaveNoFile(t *testing.T) {
	tmp := t.TempDir()
	t.Setenv("TMPDIR", tmp)
	tc := newAnonClient(t)
	const size = 40 << 20
	for _, path := range []string{"/import", "/capture"} {
		for _, chunked := range []bool{false, true} {
			body, kind := uploadBody(t, tc.csrf, size)
			n := body.Len()
			sent := &countingReader{r: body}
			req, _ := http.NewRequest(http.MethodPost, tc.srv.URL+path, sent)
			if !chunked {
				req.ContentLength = int64(n)
			}
			req.Header.Set("Content-Type", kind)
			res, err := tc.http.Do(req)
			if err == nil {
				_, _ = io.Copy(io.Discard, res.Body)
				_ = res.Body.Close()
				if res.StatusCode != http.StatusUnauthorized && res.StatusCode != http.StatusForbidden {
					t.Errorf("%s (chunked %v): status %d", path, chunked, res.StatusCode)
				}
			} // else the server closed the connection on the unread body, as it may
			if got := sent.n.Load(); got > size/2 {
				t.Errorf("%s (chunked %v): the server read %d of %d bytes before refusing", path, chunked, got, n)
			}
		}
	}
	if left := tempFiles(t, tmp); len(left) != 0 {
		t.Errorf("temp files left: %v", left)
	}
}

// TestAnImportPreviewLeavesNoTempFile sends an editor's file over the 32 MiB
// that net/http keeps in memory (so that it parses the form into a temp file),
// which the preview refuses: no file is left in the temp folder.
func TestAnImportPreviewLeavesNoTempFile(t *testing.T) {
	tmp := t.TempDir()
	t.Setenv("TMPDIR", tmp)
	tc := newTestClient(t)
	tc.get("/import", nil)
	body, kind := uploadBody(t, tc.csrf, 33<<20)
	req, _ := http.NewRequest(http.MethodPost, tc.srv.URL+"/import", body)
	req.Header.Set("Content-Type", kind)
	res, _ := tc.do(req)
	wantStatus(t, res, http.StatusUnprocessableEntity)
	if left := tempFiles(t, tmp); len(left) != 0 {
		t.Errorf("temp files left: %v", left)
	}
	if n := tc.store.CountRows(t, "timelines"); n != 0 {
		t.Errorf("%d timelines made", n)
	}
}
