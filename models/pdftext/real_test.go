package pdftext

import (
	"context"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// realDir is the development set of real PDFs beside the repository
// (../shared/data/pdf), or FACTLINE_PDF_DIR. Without it the tests that read
// it are skipped, except in CI, which must run them.
func realDir(t testing.TB) string {
	t.Helper()
	dir := os.Getenv("FACTLINE_PDF_DIR")
	if dir == "" {
		dir = filepath.Join("..", "..", "..", "shared", "data", "pdf")
	}
	if _, err := os.Stat(filepath.Join(dir, "expect.json")); err != nil {
		if os.Getenv("CI") != "" {
			t.Fatalf("no real PDFs in %s: CI must run this test; set FACTLINE_PDF_DIR", dir)
		}
		t.Skipf("no real PDFs in %s (set FACTLINE_PDF_DIR)", dir)
	}
	return dir
}

type expectation struct {
	Files map[string]struct {
		Pages     int  `json:"pages"`
		TextLayer bool `json:"text_layer"`
		Numbered  bool `json:"numbered_paragraphs"`
		Quotes    []struct {
			Text      string `json:"text"`
			Page      int    `json:"page"`
			Printed   string `json:"printed_page"`
			Paragraph int    `json:"paragraph"`
		} `json:"quotes"`
	} `json:"files"`
}

func readExpect(t testing.TB, dir string) expectation {
	t.Helper()
	b, err := os.ReadFile(filepath.Join(dir, "expect.json"))
	if err != nil {
		t.Fatal(err)
	}
	var e expectation
	if err := json.Unmarshal(b, &e); err != nil {
		t.Fatal(err)
	}
	return e
}

// sharedReader is one engine for the package's tests: starting one costs
// seconds.
var sharedReader = NewReader(DefaultLimits)

func TestMain(m *testing.M) {
	code := m.Run()
	_ = sharedReader.Close()
	os.Exit(code)
}

// TestRealPDFs reads each real PDF and finds every expected quote once, on its
// page, with its printed page number and its paragraph, as a citation of it
// would say.
func TestRealPDFs(t *testing.T) {
	dir := realDir(t)
	exp := readExpect(t, dir)
	for name, f := range exp.Files {
		t.Run(name, func(t *testing.T) {
			data, err := os.ReadFile(filepath.Join(dir, name))
			if err != nil {
				t.Fatal(err)
			}
			d, err := sharedReader.Read(context.Background(), data)
			if err != nil {
				t.Fatal(err)
			}
			if len(d.Pages) != f.Pages {
				t.Errorf("%d pages, want %d", len(d.Pages), f.Pages)
			}
			if d.HasText() != f.TextLayer {
				t.Errorf("has text %v, want %v", d.HasText(), f.TextLayer)
			}
			if f.Numbered != (len(d.Paragraphs) > 0) {
				t.Errorf("%d numbered paragraphs found; the document numbers them: %v", len(d.Paragraphs), f.Numbered)
			}
			runes := []rune(d.Text)
			for _, q := range f.Quotes {
				i := strings.Index(d.Text, q.Text)
				if i < 0 {
					t.Errorf("quote not in the text: %q", q.Text)
					continue
				}
				if strings.LastIndex(d.Text, q.Text) != i {
					t.Errorf("quote twice in the text: %q", q.Text)
				}
				start := len([]rune(d.Text[:i]))
				end := start + len([]rune(q.Text))
				if string(runes[start:end]) != q.Text {
					t.Fatalf("offsets wrong for %q", q.Text)
				}
				pl, ok := Locate(d.Pages, d.Paragraphs, start, end)
				if !ok {
					t.Errorf("no place for %q", q.Text)
					continue
				}
				if pl.FirstPage != q.Page || pl.LastPage != q.Page {
					t.Errorf("%q on pages %d–%d, want %d", q.Text, pl.FirstPage, pl.LastPage, q.Page)
				}
				if pl.FirstPrinted != q.Printed {
					t.Errorf("%q on printed page %q, want %q", q.Text, pl.FirstPrinted, q.Printed)
				}
				if pl.FirstPara != q.Paragraph {
					t.Errorf("%q in paragraph %d, want %d", q.Text, pl.FirstPara, q.Paragraph)
				}
			}
		})
	}
}
