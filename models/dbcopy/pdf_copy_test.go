package dbcopy

import (
	"context"
	"path/filepath"
	"reflect"
	"testing"
	"time"

	"github.com/factline/factline/models"
	"github.com/factline/factline/models/pdftext"
	"github.com/factline/factline/models/storage"
)

// TestCopyCarriesAPDFSourcesPages: a PDF source's pages and numbered
// paragraphs, and whether its ligatures were lost (a boolean on PostgreSQL),
// arrive with it.
func TestCopyCarriesAPDFSourcesPages(t *testing.T) {
	ctx := models.AsSystem(context.Background())
	from := storage.NewTestStoreAt(t, filepath.Join(t.TempDir(), "from.db"))
	text := "1. First paragraph.\n\n2. Second paragraph.\n\n3. Third, on page 2."
	doc := pdftext.Document{Text: text, LigaturesMissing: true,
		Pages:      []pdftext.Page{{Number: 1, Printed: "iv", Start: 0, End: 42}, {Number: 2, Printed: "v", Start: 44, End: 65}},
		Paragraphs: []pdftext.Paragraph{{Number: 1, Start: 0, End: 21}, {Number: 2, Start: 21, End: 44}, {Number: 3, Start: 44, End: 65}}}
	src := &models.Source{Kind: "report", Title: "Report", Text: text}
	pdf := pdftext.Record(doc, 100, "00")
	if err := from.SavePDFSource(ctx, src, &pdf); err != nil {
		t.Fatal(err)
	}
	want := storage.Must(from.PDFOf(ctx, src.ID))(t)
	to := storage.NewTestStore(t, nil)
	if err := Copy(ctx, from, to, nil); err != nil {
		t.Fatal(err)
	}
	got := storage.Must(to.PDFOf(ctx, src.ID))(t)
	if got == nil {
		t.Fatal("no PDF after the copy")
	}
	// PostgreSQL keeps microseconds where SQLite keeps nanoseconds.
	if d := got.CreatedAt.Sub(want.CreatedAt); d < -time.Microsecond || d > time.Microsecond {
		t.Errorf("copied created_at %v, want %v", got.CreatedAt, want.CreatedAt)
	}
	got.CreatedAt = want.CreatedAt
	if !reflect.DeepEqual(got, want) || !got.LigaturesMissing {
		t.Errorf("copied %+v, want %+v", got, want)
	}
}
