package pdftext

import (
	"context"
	"os"
	"path/filepath"
	"testing"
)

// BenchmarkReadRealPDFs reads the six real PDFs (../shared/data/pdf) and
// reports pages read per second, the engine already started.
func BenchmarkReadRealPDFs(b *testing.B) {
	dir := realDir(b)
	names, err := filepath.Glob(filepath.Join(dir, "*.pdf"))
	if err != nil || len(names) == 0 {
		b.Fatalf("no PDFs in %s: %v", dir, err)
	}
	files := make([][]byte, len(names))
	for i, n := range names {
		if files[i], err = os.ReadFile(n); err != nil {
			b.Fatal(err)
		}
	}
	ctx := context.Background()
	if _, err := sharedReader.Read(ctx, files[0]); err != nil {
		b.Fatal(err)
	}
	pages := 0
	b.ResetTimer()
	for b.Loop() {
		for _, f := range files {
			d, err := sharedReader.Read(ctx, f)
			if err != nil {
				b.Fatal(err)
			}
			pages += len(d.Pages)
		}
	}
	b.ReportMetric(float64(pages)/b.Elapsed().Seconds(), "pages/s")
}
