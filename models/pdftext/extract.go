package pdftext

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strconv"
	"sync"
	"time"

	"github.com/klippa-app/go-pdfium"
	pdferrors "github.com/klippa-app/go-pdfium/errors"
	"github.com/klippa-app/go-pdfium/references"
	"github.com/klippa-app/go-pdfium/requests"
	"github.com/klippa-app/go-pdfium/webassembly"
	"github.com/tetratelabs/wazero"
	"github.com/tetratelabs/wazero/api"
	"github.com/tetratelabs/wazero/experimental"
)

// Limits bound what one PDF may cost to read.
type Limits struct {
	MaxBytes int64         // the file's size
	MaxPages int           // its pages
	Timeout  time.Duration // reading it
}

// DefaultLimits are what factline reads of one PDF unless told otherwise.
var DefaultLimits = Limits{MaxBytes: 50 << 20, MaxPages: 2000, Timeout: 2 * time.Minute}

// Errors a reader can be told about plainly.
var (
	ErrNotPDF    = errors.New("this file is not a PDF")
	ErrPassword  = errors.New("this PDF is protected by a password, so its text cannot be read")
	ErrDamaged   = errors.New("this PDF is damaged or not one PDFium can read")
	ErrTooLarge  = errors.New("this PDF is larger than factline reads")
	ErrTooLong   = errors.New("this PDF has more pages than factline reads")
	ErrTimedOut  = errors.New("reading this PDF took longer than factline allows")
	errNoReaders = errors.New("pdftext: no PDF reader free")
)

// Reader reads PDFs with PDFium built to WebAssembly and run by wazero: the
// engine Chrome uses, with no cgo and no system library. The engine is
// compiled once, on the first PDF (some seconds; a compilation cache in
// CacheDir makes later starts quick), and reads one PDF at a time per
// instance, Instances at most at once.
type Reader struct {
	Limits    Limits
	CacheDir  string // where wazero keeps the compiled engine; "" keeps it in memory
	Instances int

	once    sync.Once
	pool    pdfium.Pool
	initErr error
}

// NewReader returns a reader with the given limits, caching the compiled
// engine under the user's cache directory when there is one.
func NewReader(limits Limits) *Reader {
	r := &Reader{Limits: limits, Instances: 2}
	if dir, err := os.UserCacheDir(); err == nil {
		r.CacheDir = filepath.Join(dir, "factline", "pdfium")
	}
	return r
}

func (r *Reader) start() (pdfium.Pool, error) {
	r.once.Do(func() {
		cfg := wazero.NewRuntimeConfig().
			WithCoreFeatures(api.CoreFeaturesV2 | experimental.CoreFeaturesExceptionHandling).
			WithCloseOnContextDone(true)
		if r.CacheDir != "" {
			if cache, err := wazero.NewCompilationCacheWithDir(r.CacheDir); err == nil {
				cfg = cfg.WithCompilationCache(cache)
			}
		}
		n := max(1, r.Instances)
		r.pool, r.initErr = webassembly.Init(webassembly.Config{MinIdle: 0, MaxIdle: n, MaxTotal: n, RuntimeConfig: cfg})
		if r.initErr != nil {
			r.initErr = fmt.Errorf("pdftext: start PDFium: %w", r.initErr)
		}
	})
	return r.pool, r.initErr
}

// Close stops the engine.
func (r *Reader) Close() error {
	if r.pool == nil {
		return nil
	}
	return r.pool.Close()
}

// Read reads a PDF's text page by page. A PDF over the limits, damaged or
// locked is refused with an error that says so (errors.Is one of ErrNotPDF,
// ErrPassword, ErrDamaged, ErrTooLarge, ErrTooLong, ErrTimedOut).
func (r *Reader) Read(ctx context.Context, data []byte) (Document, error) {
	if r.Limits.MaxBytes > 0 && int64(len(data)) > r.Limits.MaxBytes {
		return Document{}, fmt.Errorf("%w (%s; at most %s)", ErrTooLarge, Size(int64(len(data))), Size(r.Limits.MaxBytes))
	}
	if !IsPDF(data) {
		return Document{}, ErrNotPDF
	}
	pool, err := r.start()
	if err != nil {
		return Document{}, err
	}
	if r.Limits.Timeout > 0 {
		var cancel context.CancelFunc
		ctx, cancel = context.WithTimeout(ctx, r.Limits.Timeout)
		defer cancel()
	}
	inst, err := pool.GetInstanceWithContext(ctx)
	if err != nil {
		if ctx.Err() != nil {
			return Document{}, fmt.Errorf("%w (%v)", ErrTimedOut, errNoReaders)
		}
		return Document{}, fmt.Errorf("pdftext: get a PDFium instance: %w", err)
	}
	type result struct {
		doc Document
		err error
	}
	done := make(chan result, 1)
	go func() {
		d, err := r.read(inst, data)
		done <- result{d, err}
	}()
	select {
	case res := <-done:
		_ = inst.Close()
		return res.doc, res.err
	case <-ctx.Done():
		// Kill interrupts the WebAssembly run (WithCloseOnContextDone) and
		// throws the instance away; the goroutine then returns an error.
		_ = inst.Kill()
		return Document{}, fmt.Errorf("%w (%s)", ErrTimedOut, r.Limits.Timeout)
	}
}

// IsPDF reports whether data begins as a PDF does (the header may follow a
// little junk, as readers allow).
func IsPDF(data []byte) bool {
	return bytes.Contains(data[:min(len(data), 1024)], []byte("%PDF-"))
}

func (r *Reader) read(inst pdfium.Pdfium, data []byte) (Document, error) {
	opened, err := inst.OpenDocument(&requests.OpenDocument{File: &data})
	switch {
	case errors.Is(err, pdferrors.ErrPassword) || errors.Is(err, pdferrors.ErrSecurity):
		return Document{}, ErrPassword
	case err != nil:
		return Document{}, fmt.Errorf("%w (%v)", ErrDamaged, err)
	}
	doc := opened.Document
	defer func() { _, _ = inst.FPDF_CloseDocument(&requests.FPDF_CloseDocument{Document: doc}) }()
	count, err := inst.FPDF_GetPageCount(&requests.FPDF_GetPageCount{Document: doc})
	if err != nil {
		return Document{}, fmt.Errorf("%w (%v)", ErrDamaged, err)
	}
	if r.Limits.MaxPages > 0 && count.PageCount > r.Limits.MaxPages {
		return Document{}, fmt.Errorf("%w (%d pages; at most %d)", ErrTooLong, count.PageCount, r.Limits.MaxPages)
	}
	pages := make([]rawPage, count.PageCount)
	labels := make([]string, count.PageCount)
	for i := range pages {
		if pages[i], err = readPage(inst, doc, i); err != nil {
			return Document{}, err
		}
		if l, err := inst.FPDF_GetPageLabel(&requests.FPDF_GetPageLabel{Document: doc, Page: i}); err == nil {
			labels[i] = l.Label
		}
	}
	d := build(pages)
	for i := range d.Pages {
		// A page label the document gives itself ("iv", "A-3") says the
		// printed number where none was found on the page.
		if p := &d.Pages[i]; p.Printed == "" && labels[i] != "" && labels[i] != strconv.Itoa(p.Number) {
			p.Printed = labels[i]
		}
	}
	d.Title = metaText(inst, doc, "Title")
	d.Author = metaText(inst, doc, "Author")
	return d, nil
}

func readPage(inst pdfium.Pdfium, doc references.FPDF_DOCUMENT, i int) (rawPage, error) {
	page := requests.Page{ByIndex: &requests.PageByIndex{Document: doc, Index: i}}
	w, err := inst.FPDF_GetPageWidth(&requests.FPDF_GetPageWidth{Page: page})
	if err != nil {
		return rawPage{}, fmt.Errorf("%w (page %d: %v)", ErrDamaged, i+1, err)
	}
	h, err := inst.FPDF_GetPageHeight(&requests.FPDF_GetPageHeight{Page: page})
	if err != nil {
		return rawPage{}, fmt.Errorf("%w (page %d: %v)", ErrDamaged, i+1, err)
	}
	text, err := inst.GetPageTextStructured(&requests.GetPageTextStructured{Page: page, Mode: requests.GetPageTextStructuredModeChars})
	if err != nil {
		return rawPage{}, fmt.Errorf("%w (page %d: %v)", ErrDamaged, i+1, err)
	}
	p := rawPage{width: w.Width, height: h.Height, glyphs: make([]glyph, 0, len(text.Chars))}
	for _, c := range text.Chars {
		for _, r := range c.Text {
			pos := c.PointPosition
			p.glyphs = append(p.glyphs, glyph{r: r, left: pos.Left, bottom: pos.Bottom, right: pos.Right, top: pos.Top})
		}
	}
	return p, nil
}

func metaText(inst pdfium.Pdfium, doc references.FPDF_DOCUMENT, tag string) string {
	m, err := inst.FPDF_GetMetaText(&requests.FPDF_GetMetaText{Document: doc, Tag: tag})
	if err != nil {
		return ""
	}
	return string(clean([]rune(m.Value)))
}

// Size writes a number of bytes as a person reads it: "12 MiB", "900 KiB".
func Size(n int64) string {
	switch {
	case n >= 1<<20:
		return fmt.Sprintf("%.0f MiB", float64(n)/(1<<20))
	case n >= 1<<10:
		return fmt.Sprintf("%.0f KiB", float64(n)/(1<<10))
	}
	return fmt.Sprintf("%d bytes", n)
}
