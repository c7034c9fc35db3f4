// Package formatstest holds what the tests of models/formats and its
// importers and exporters share: exporting a timeline to a string, importing
// one from a string, the worked example exported, and the row counts an
// import changes.
package formatstest

import (
	"bytes"
	"context"
	"fmt"
	"strings"
	"testing"

	"github.com/factline/factline/models"
	"github.com/factline/factline/models/demo"
	"github.com/factline/factline/models/formats"
	"github.com/factline/factline/models/formats/exporters"
	"github.com/factline/factline/models/formats/importers"
	"github.com/factline/factline/models/storage"
)

// ExportDemo loads the worked example into a fresh store and exports it as format.
func ExportDemo(t *testing.T, format string) (string, *storage.Store) {
	t.Helper()
	store := storage.NewTestStore(t, nil)
	tl, err := demo.Load(context.Background(), store)
	if err != nil {
		t.Fatal(err)
	}
	return ExportString(t, store, tl, format), store
}

// ExportString exports a timeline of store as format.
func ExportString(t *testing.T, store *storage.Store, tl *models.Timeline, format string) string {
	t.Helper()
	f, ok := exporters.Lookup(format)
	if !ok {
		t.Fatalf("no format %q", format)
	}
	var buf bytes.Buffer
	if err := f.Write(context.Background(), &buf, exporters.Export{Store: store, Timeline: tl, BaseURL: "https://factline.example"}); err != nil {
		t.Fatal(err)
	}
	return buf.String()
}

// DatedTimeline is a timeline of one event for each date, in the given order.
func DatedTimeline(t *testing.T, store *storage.Store, title string, dates ...string) *models.Timeline {
	t.Helper()
	var refs []models.Ref
	for _, d := range dates {
		e := storage.MakeEvent(t, store, title+" "+d, d)
		refs = append(refs, models.Ref{Kind: models.KindEvent, ID: e.ID})
	}
	return storage.MakeTimeline(t, store, "dated", refs...)
}

// ImportString reads text as a file called name and imports it into store.
func ImportString(t *testing.T, store *storage.Store, text, name, slug string) *models.Timeline {
	t.Helper()
	ctx := models.AsSystem(context.Background())
	doc, format, err := importers.Read(strings.NewReader(text), name)
	if err != nil {
		t.Fatalf("read %s: %v", name, err)
	}
	plan, err := formats.NewPlan(ctx, store, doc, format, slug)
	if err != nil {
		t.Fatalf("plan %s: %v", name, err)
	}
	tl, err := plan.Apply(ctx, store, nil, nil)
	if err != nil {
		t.Fatalf("import %s: %v", name, err)
	}
	return tl
}

// Counts is how many rows the tables an import writes have.
func Counts(t *testing.T, s *storage.Store) string {
	t.Helper()
	db, err := s.DB()
	if err != nil {
		t.Fatal(err)
	}
	var out []string
	for _, table := range []string{"timelines", "timeline_entries", "actors", "roles", "sources", "claims", "events", "citations", "relations", "tags", "revisions"} {
		var n int
		if err := db.QueryRow("SELECT count(*) FROM " + table).Scan(&n); err != nil {
			t.Fatal(err)
		}
		out = append(out, fmt.Sprintf("%s=%d", table, n))
	}
	return strings.Join(out, " ")
}

// BulkTimelineJS is a TimelineJS file of n slides, each with its media as a source.
func BulkTimelineJS(n int) string {
	var b strings.Builder
	b.WriteString(`{"title":{"text":{"headline":"Bulk"}},"events":[`)
	for i := range n {
		if i > 0 {
			b.WriteByte(',')
		}
		fmt.Fprintf(&b, `{"start_date":{"year":"%d","month":"%d","day":"%d"},"text":{"headline":"Slide %d","text":"<p>Text %d</p>"},"media":{"url":"https://example.org/%d","credit":"Credit"}}`,
			1900+i%100, 1+i%12, 1+i%28, i, i, i%50)
	}
	b.WriteString(`]}`)
	return b.String()
}
