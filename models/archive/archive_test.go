package archive_test

import (
	"bytes"
	"context"
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"net/http"
	"net/http/httptest"
	"path/filepath"
	"testing"
	"time"

	"github.com/factline/factline/models"
	"github.com/factline/factline/models/accounts"
	"github.com/factline/factline/models/archive"
	"github.com/factline/factline/models/capture"
	"github.com/factline/factline/models/dbcopy"
	"github.com/factline/factline/models/storage"
)

const page = `<html><head><title>Chen Xu on the assessment</title></head><body><article>
<p>China's ambassador called the assessment "groundless blame" of its policies, speaking in Geneva.</p>
</article></body></html>`

// fetchPage fetches page from a local server through a redirect, as capture
// by address does.
func fetchPage(t *testing.T) *capture.Fetched {
	t.Helper()
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if r.URL.Path == "/short" {
			http.Redirect(w, r, "/article", http.StatusFound)
			return
		}
		w.Header().Set("Content-Type", "text/html")
		_, _ = w.Write([]byte(page))
	}))
	t.Cleanup(srv.Close)
	f, err := capture.Fetcher{AllowPrivate: true, MaxBytes: 1 << 20, Timeout: 5 * time.Second}.Fetch(t.Context(), srv.URL+"/short")
	if err != nil {
		t.Fatal(err)
	}
	return f
}

func makeUser(t *testing.T, s *storage.Store, email string) *models.User {
	t.Helper()
	u, err := accounts.Of(s).CreateUser(context.Background(), email, "Researcher "+email, models.RoleEditor, "correct horse battery staple")
	if err != nil {
		t.Fatal(err)
	}
	return u
}

func sum(b []byte) string {
	s := sha256.Sum256(b)
	return hex.EncodeToString(s[:])
}

// TestACaptureKeepsTheBytesFetchedAndIsNeverRewritten keeps a fetched page:
// its record says what was asked, where it ended, the status, who and the
// digests; its bytes come back as kept (a WARC file whose SHA-256 is the
// record's); it is tied to its source once, by its own capturer only; and
// no statement can rewrite a capture, its bytes or its timestamps.
func TestACaptureKeepsTheBytesFetchedAndIsNeverRewritten(t *testing.T) {
	ctx := models.AsSystem(context.Background())
	s := storage.NewTestStore(t, nil)
	ana, bea := makeUser(t, s, "ana@example.org"), makeUser(t, s, "bea@example.org")
	src := storage.MakeSource(t, s, "Chen Xu on the assessment", "groundless blame", "2022-09-10")
	f := fetchPage(t)
	c, warc, err := archive.FromFetch(f, "groundless blame", ana.ID)
	if err != nil {
		t.Fatal(err)
	}
	a := archive.Of(s)
	if err := a.Keep(ctx, &c, warc); err != nil {
		t.Fatal(err)
	}
	if err := a.Attach(ctx, c.ID, src.ID, bea.ID); !errors.Is(err, storage.ErrNotFound) {
		t.Errorf("another user attached Ana's capture: %v", err)
	}
	if err := a.Attach(ctx, c.ID, src.ID, ana.ID); err != nil {
		t.Fatal(err)
	}
	other := storage.MakeSource(t, s, "Another source", "", "2022-09-11")
	if err := a.Attach(ctx, c.ID, other.ID, ana.ID); !errors.Is(err, storage.ErrNotFound) {
		t.Errorf("an attached capture moved to another source: %v", err)
	}
	got, err := a.Captures(ctx, src.ID)
	if err != nil || len(got) != 1 {
		t.Fatalf("captures: %v %+v", err, got)
	}
	g := got[0]
	if g.Kind != models.CaptureFetch || g.RequestedURL != f.RequestedURL || g.FinalURL != f.FinalURL || g.FinalURL == g.RequestedURL ||
		g.Status != 200 || g.CapturedBy == nil || *g.CapturedBy != ana.ID || g.CapturedByName != ana.Name ||
		g.PayloadSize != int64(len(page)) || g.PayloadSHA256 != sum([]byte(page)) || g.TextSHA256 != sum([]byte("groundless blame")) ||
		g.StoredSHA256 != sum(warc) || g.StoredSize != int64(len(warc)) || g.ContentType != "text/html" {
		t.Errorf("the record: %+v", g)
	}
	one, err := a.Capture(ctx, src.ID, c.ID)
	if err != nil {
		t.Fatal(err)
	}
	kept, err := a.Bytes(ctx, one)
	if err != nil || !bytes.Equal(kept, warc) {
		t.Fatalf("the kept bytes differ (%v)", err)
	}
	if _, err := a.Capture(ctx, other.ID, c.ID); !errors.Is(err, storage.ErrNotFound) {
		t.Errorf("the capture read as another source's: %v", err)
	}
	if err := a.AddTimestamp(ctx, &models.CaptureTimestamp{CaptureID: c.ID, Authority: "http://tsa.test", Token: []byte{1, 2}, StampedAt: time.Now()}); err != nil {
		t.Fatal(err)
	}
	for _, stmt := range []string{
		"UPDATE captures SET final_url = 'https://elsewhere.test/'",
		"UPDATE captures SET source_id = NULL",
		"UPDATE captures SET captured_at = captured_at",
		"UPDATE capture_blobs SET size = size + 1",
		"UPDATE capture_timestamps SET authority = 'http://other.test'",
	} {
		if err := s.Writer(ctx).Exec(stmt).Error; err == nil {
			t.Errorf("%s: not refused", stmt)
		}
	}
	if again, err := a.Capture(ctx, src.ID, c.ID); err != nil || again.FinalURL != f.FinalURL || len(again.Timestamps) != 1 || again.Timestamps[0].Authority != "http://tsa.test" {
		t.Errorf("after the refused rewrites: %+v", again)
	}
}

// TestTheSameBytesAreKeptOnce keeps one uploaded file twice, for two
// sources: two captures, one copy of the bytes.
func TestTheSameBytesAreKeptOnce(t *testing.T) {
	ctx := models.AsSystem(context.Background())
	s := storage.NewTestStore(t, nil)
	a := archive.Of(s)
	for range 2 {
		c := archive.FromUpload("report.html", "text/html", []byte(page), "", 0)
		if err := a.Keep(ctx, &c, []byte(page)); err != nil {
			t.Fatal(err)
		}
	}
	var captures, blobs int64
	s.Reader(ctx).Table("captures").Count(&captures)
	s.Reader(ctx).Table("capture_blobs").Count(&blobs)
	if captures != 2 || blobs != 1 {
		t.Errorf("%d captures, %d copies of their bytes", captures, blobs)
	}
}

// TestACitationSaysWhichCaptureItsPassageComesFrom cites a source with one
// capture, re-captures it and cites it again: each citation names the
// capture the source had when it was made, and editing the first keeps its
// capture.
func TestACitationSaysWhichCaptureItsPassageComesFrom(t *testing.T) {
	ctx := models.AsSystem(context.Background())
	s := storage.NewTestStore(t, nil)
	a := archive.Of(s)
	src := storage.MakeSource(t, s, "Chen Xu on the assessment", "The report offered up groundless blame of China.", "2022-09-10")
	claim := storage.MakeClaim(t, s, storage.MakeActor(t, s, "Chen Xu"), "The report is groundless blame.", "2022-09-10")
	uncaptured := storage.MakeCitation(t, s, models.Ref{Kind: models.KindClaim, ID: claim.ID}, src, "groundless")
	keep := func() int64 {
		c := archive.FromUpload("page.html", "text/html", []byte(page+time.Now().String()), "", 0)
		c.SourceID = &src.ID
		if err := a.Keep(ctx, &c, []byte(page+time.Now().String())); err != nil {
			t.Fatal(err)
		}
		return c.ID
	}
	first := keep()
	cit := storage.MakeCitation(t, s, models.Ref{Kind: models.KindClaim, ID: claim.ID}, src, "groundless blame")
	second := keep()
	cit.Note = "edited after the re-capture"
	if err := s.SaveCitation(ctx, cit); err != nil {
		t.Fatal(err)
	}
	later := storage.MakeCitation(t, s, models.Ref{Kind: models.KindClaim, ID: claim.ID}, src, "blame of China")
	for _, c := range []struct {
		id   int64
		want *int64
	}{{uncaptured.ID, nil}, {cit.ID, &first}, {later.ID, &second}} {
		got, err := s.GetCitation(ctx, c.id)
		if err != nil {
			t.Fatal(err)
		}
		if (got.CaptureID == nil) != (c.want == nil) || (got.CaptureID != nil && *got.CaptureID != *c.want) {
			t.Errorf("citation %d: capture %v, want %v", c.id, got.CaptureID, c.want)
		}
	}
}

// TestCopyCarriesCaptures copies a database with a capture, its bytes, a
// timestamp and a citation of it from SQLite into the tests' engine: all of
// it arrives, the bytes identical.
func TestCopyCarriesCaptures(t *testing.T) {
	ctx := models.AsSystem(context.Background())
	from := storage.NewTestStoreAt(t, filepath.Join(t.TempDir(), "from.db"))
	src := storage.MakeSource(t, from, "Chen Xu on the assessment", "groundless blame", "2022-09-10")
	c, warc, err := archive.FromFetch(fetchPage(t), "groundless blame", 0)
	if err != nil {
		t.Fatal(err)
	}
	c.SourceID = &src.ID
	if err := archive.Of(from).Keep(ctx, &c, warc); err != nil {
		t.Fatal(err)
	}
	if err := archive.Of(from).AddTimestamp(ctx, &models.CaptureTimestamp{CaptureID: c.ID, Authority: "http://tsa.test", Token: []byte{0, 1, 2}, StampedAt: time.Now()}); err != nil {
		t.Fatal(err)
	}
	claim := storage.MakeClaim(t, from, storage.MakeActor(t, from, "Chen Xu"), "Groundless blame.", "2022-09-10")
	cit := storage.MakeCitation(t, from, models.Ref{Kind: models.KindClaim, ID: claim.ID}, src, "groundless")
	to := storage.NewTestStore(t, nil)
	if err := dbcopy.Copy(ctx, from, to, nil); err != nil {
		t.Fatal(err)
	}
	got, err := archive.Of(to).Capture(ctx, src.ID, c.ID)
	if err != nil {
		t.Fatal(err)
	}
	kept, err := archive.Of(to).Bytes(ctx, got)
	if err != nil || !bytes.Equal(kept, warc) || got.StoredSHA256 != sum(warc) || len(got.Timestamps) != 1 || !bytes.Equal(got.Timestamps[0].Token, []byte{0, 1, 2}) {
		t.Errorf("copied: %+v (%v)", got, err)
	}
	if copied, err := to.GetCitation(ctx, cit.ID); err != nil || copied.CaptureID == nil || *copied.CaptureID != c.ID {
		t.Errorf("the citation's capture after the copy: %v", err)
	}
}

// TestPurgingASourceTakesItsCaptures purges a deleted source with a
// capture whose bytes another source's capture keeps too: the purge goes
// through, its capture and timestamp go, the bytes stay for the other.
func TestPurgingASourceTakesItsCaptures(t *testing.T) {
	ctx := models.AsSystem(context.Background())
	s := storage.NewTestStore(t, nil)
	a := archive.Of(s)
	gone := storage.MakeSource(t, s, "To purge", "", "2022-09-10")
	stays := storage.MakeSource(t, s, "To keep", "", "2022-09-10")
	var kept []int64
	for _, src := range []*models.Source{gone, stays} {
		c := archive.FromUpload("page.html", "text/html", []byte(page), "", 0)
		c.SourceID = &src.ID
		if err := a.Keep(ctx, &c, []byte(page)); err != nil {
			t.Fatal(err)
		}
		if err := a.AddTimestamp(ctx, &models.CaptureTimestamp{CaptureID: c.ID, Authority: "http://tsa.test", Token: []byte{1}, StampedAt: time.Now()}); err != nil {
			t.Fatal(err)
		}
		kept = append(kept, c.ID)
	}
	if err := s.Purge(ctx, "source", stays.ID); !errors.Is(err, storage.ErrNotFound) {
		t.Errorf("purging a source not in the trash: %v", err)
	}
	if err := s.DeleteSource(ctx, gone.ID); err != nil {
		t.Fatal(err)
	}
	if err := s.Purge(ctx, "source", gone.ID); err != nil {
		t.Fatal(err)
	}
	if _, err := a.Capture(ctx, gone.ID, kept[0]); !errors.Is(err, storage.ErrNotFound) {
		t.Errorf("the purged source's capture: %v", err)
	}
	c, err := a.Capture(ctx, stays.ID, kept[1])
	if err != nil || len(c.Timestamps) != 1 {
		t.Fatalf("the other source's capture: %v", err)
	}
	if b, err := a.Bytes(ctx, c); err != nil || string(b) != page {
		t.Errorf("the other capture's bytes: %v", err)
	}
}
