package archive_test

import (
	"bytes"
	"context"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"
	"time"

	"github.com/factline/factline/models"
	"github.com/factline/factline/models/archive"
	"github.com/factline/factline/models/archive/tsatest"
	"github.com/factline/factline/models/storage"
)

// TestTimestampTokensVerifyWithOpenSSL keeps a capture, has a local
// authority (openssl ts -reply) stamp it, and checks the stored token with
// `openssl ts -verify` against the authority's root for the kept bytes;
// factline's own check agrees, and both refuse the token for other bytes.
func TestTimestampTokensVerifyWithOpenSSL(t *testing.T) {
	tsa := tsatest.Start(t)
	ctx := models.AsSystem(context.Background())
	s := storage.NewTestStore(t, nil)
	a := archive.Of(s)
	src := storage.MakeSource(t, s, "Chen Xu on the assessment", "groundless blame", "2022-09-10")
	c, warc, err := archive.FromFetch(fetchPage(t), "groundless blame", 0)
	if err != nil {
		t.Fatal(err)
	}
	c.SourceID = &src.ID
	if err := a.Keep(ctx, &c, warc); err != nil {
		t.Fatal(err)
	}
	before := time.Now().Add(-2 * time.Second)
	if err := archive.NewStamper([]string{tsa.URL}, 10*time.Second).StampAll(ctx, a, &c); err != nil {
		t.Fatal(err)
	}
	got, err := a.Capture(ctx, src.ID, c.ID)
	if err != nil || len(got.Timestamps) != 1 {
		t.Fatalf("timestamps kept: %v %+v", err, got)
	}
	token := got.Timestamps[0].Token
	if out, ok := tsa.Verify(t, token, warc); !ok {
		t.Errorf("openssl ts -verify of the kept bytes:\n%s", out)
	}
	if out, ok := tsa.Verify(t, token, append(bytes.Clone(warc), ' ')); ok {
		t.Errorf("openssl verified the token for other bytes:\n%s", out)
	}
	check, err := a.Verify(ctx, got)
	if err != nil || !check.OK() || len(check.Stamps) != 1 || !strings.Contains(check.Stamps[0].Signer, "factline test TSA") ||
		check.Stamps[0].Time.Before(before) || check.Stamps[0].Time.After(time.Now().Add(2*time.Second)) {
		t.Errorf("factline's check: %v %+v", err, check)
	}
	// The record tampered with: the token no longer matches what it says.
	got.Timestamps[0].Token[len(token)/2] ^= 0xff
	if check, _ := a.Verify(ctx, got); check.OK() || check.Stamps[0].Problem == "" {
		t.Errorf("a damaged token verified: %+v", check)
	}
}

// TestTheKeptBytesAreCheckedAgain changes a capture's kept bytes behind
// factline's back: the check hashes them again and says they are not those
// kept, and that the token stamps other bytes.
func TestTheKeptBytesAreCheckedAgain(t *testing.T) {
	tsa := tsatest.Start(t)
	ctx := models.AsSystem(context.Background())
	s := storage.NewTestStore(t, nil)
	a := archive.Of(s)
	c := archive.FromUpload("page.html", "text/html", []byte(page), "", 0)
	if err := a.Keep(ctx, &c, []byte(page)); err != nil {
		t.Fatal(err)
	}
	if err := archive.NewStamper([]string{tsa.URL}, 10*time.Second).StampAll(ctx, a, &c); err != nil {
		t.Fatal(err)
	}
	if check, err := a.Verify(ctx, &c); err != nil || !check.OK() {
		t.Fatalf("before: %v %+v", err, check)
	}
	// Only a statement outside factline can do this: the trigger forbids it.
	if err := s.Writer(ctx).Exec("DROP TRIGGER capture_blobs_never_rewritten" + dropOn(s)).Error; err != nil {
		t.Fatal(err)
	}
	if err := s.Writer(ctx).Exec("UPDATE capture_blobs SET bytes = ?", []byte(strings.Replace(page, "groundless", "grounded", 1))).Error; err != nil {
		t.Fatal(err)
	}
	check, err := a.Verify(ctx, &c)
	if err != nil || check.OK() || check.BytesMatch || check.Stamps[0].Problem == "" {
		t.Errorf("after the bytes changed: %v %+v", err, check)
	}
}

func dropOn(s *storage.Store) string {
	if s.Engine() == storage.Postgres {
		return " ON capture_blobs"
	}
	return ""
}

// TestAFailingAuthorityBlocksNothing stamps with an authority that answers
// 500 and one that is down: the errors are reported, no token is kept, the
// capture stays.
func TestAFailingAuthorityBlocksNothing(t *testing.T) {
	ctx := models.AsSystem(context.Background())
	s := storage.NewTestStore(t, nil)
	a := archive.Of(s)
	c := archive.FromUpload("page.html", "text/html", []byte(page), "", 0)
	if err := a.Keep(ctx, &c, []byte(page)); err != nil {
		t.Fatal(err)
	}
	broken := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, _ *http.Request) { http.Error(w, "down", 500) }))
	defer broken.Close()
	err := archive.NewStamper([]string{broken.URL, "http://127.0.0.1:1/"}, time.Second).StampAll(ctx, a, &c)
	if err == nil || len(c.Timestamps) != 0 {
		t.Errorf("stamping with failing authorities: %v, %d tokens", err, len(c.Timestamps))
	}
	var n int64
	s.Reader(ctx).Table("captures").Count(&n)
	if n != 1 {
		t.Errorf("%d captures", n)
	}
}
