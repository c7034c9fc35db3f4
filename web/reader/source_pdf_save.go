package reader

import (
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"fmt"
	"io"
	"net/http"
	"path"
	"strings"

	"github.com/labstack/echo/v4"

	"github.com/factline/factline/models"
	"github.com/factline/factline/models/archive"
	"github.com/factline/factline/models/capture"
	"github.com/factline/factline/models/pdftext"
	"github.com/factline/factline/models/storage"
	"github.com/factline/factline/views"
	"github.com/factline/factline/web/httpx"
	"github.com/factline/factline/web/ui"
)

var sourcePDFFields = []string{"url", "kind", "title", "publisher", "author", "published", "accessed"}

// SourcePDFSave serves POST /sources/pdf: it reads the uploaded PDF, or the
// one fetched from the address, and stores it as a source with its pages,
// then opens it in the reader. Anything refused is said by its field, with
// what was typed kept, and nothing is stored.
func (h *Handler) SourcePDFSave(c echo.Context) error {
	f := ui.ReadForm(c, "/sources/pdf", sourcePDFFields...)
	src := &models.Source{Kind: f.Get("kind"), URL: f.Get("url"), Title: f.Get("title"), Publisher: f.Get("publisher"), Author: f.Get("author"),
		Published: models.ParseDate(f.Errors, "published", f.Get("published")),
		Accessed:  models.ParseDate(f.Errors, "accessed", f.Get("accessed"))}
	in, err := h.pdfInput(c, f)
	if err != nil {
		return h.refusePDF(c, f, in.field, err)
	}
	field := in.field
	doc, err := h.PDFs.Read(c.Request().Context(), in.data)
	if err != nil {
		return h.refusePDF(c, f, field, err)
	}
	src.Text = doc.Text
	if src.Title == "" {
		src.Title = pdfTitle(doc.Title, in.name)
	}
	if src.Author == "" {
		src.Author = doc.Author
	}
	if len(f.Errors) > 0 {
		return h.renderSourcePDF(c, http.StatusUnprocessableEntity, f)
	}
	sum := sha256.Sum256(in.data)
	pdf := pdftext.Record(doc, int64(len(in.data)), hex.EncodeToString(sum[:]))
	record, kept, err := in.capture(doc.Text, httpx.CurrentUser(c).ID)
	if err != nil {
		return err
	}
	err = h.Store.WithTx(c.Request().Context(), func(tx *storage.Store) error {
		if err := tx.SavePDFSource(c.Request().Context(), src, &pdf); err != nil {
			return err
		}
		record.SourceID = &src.ID
		return archive.Of(tx).Keep(c.Request().Context(), &record, kept)
	})
	if err != nil {
		var fe models.FieldErrors
		if !errors.As(err, &fe) {
			return err
		}
		// The text comes from the file: a refusal of it is the file's.
		if msg, ok := fe["text"]; ok {
			delete(fe, "text")
			fe.Add(field, msg)
		}
		return h.refusePDF(c, f, field, fe)
	}
	return ui.RedirectAfterPost(c, fmt.Sprintf("/sources/%d/read", src.ID))
}

// pdfInput is a PDF to read: uploaded, or fetched from its address.
type pdfInput struct {
	data    []byte
	name    string           // the file's name, or the last part of the address
	field   string           // the form field it came from
	fetched *capture.Fetched // how it was fetched; nil for an upload
}

// capture is the record of the PDF as received and the bytes to keep for it:
// the file uploaded, or the WARC file of the requests that fetched it.
func (in pdfInput) capture(text string, by int64) (models.Capture, []byte, error) {
	if in.fetched != nil {
		rec, kept, err := archive.FromFetch(in.fetched, text, by)
		if err != nil {
			return models.Capture{}, nil, fmt.Errorf("web: PDF capture record: %w", err)
		}
		return rec, kept, nil
	}
	return archive.FromUpload(in.name, "application/pdf", in.data, text, by), in.data, nil
}

// pdfInput returns the uploaded PDF, else the one fetched from the address.
func (h *Handler) pdfInput(c echo.Context, f views.Form) (pdfInput, error) {
	limit := h.PDFs.Limits.MaxBytes
	if fh, err := c.FormFile("file"); err == nil {
		in := pdfInput{name: fh.Filename, field: "file"}
		if fh.Size > limit {
			return in, fmt.Errorf("%w (%s; at most %s)", pdftext.ErrTooLarge, pdftext.Size(fh.Size), pdftext.Size(limit))
		}
		file, err := fh.Open()
		if err != nil {
			return in, fmt.Errorf("web: PDF upload: %w", err)
		}
		defer file.Close()
		if in.data, err = io.ReadAll(io.LimitReader(file, limit+1)); err != nil {
			return in, fmt.Errorf("web: PDF upload: %w", err)
		}
		return in, nil
	}
	if f.Get("url") == "" {
		return pdfInput{field: "file"}, models.FieldErrors{"file": "Choose a PDF file, or give the address factline should fetch it from."}
	}
	in := pdfInput{name: path.Base(f.Get("url")), field: "url"}
	fetched, err := h.Capturer.FetchFile(c.Request().Context(), f.Get("url"), limit)
	if err != nil {
		return in, err
	}
	in.data, in.fetched = fetched.Body, fetched
	return in, nil
}

// refusePDF answers with the form and the reason by its field: the file's or
// the address's for what reading or fetching the PDF refused.
func (h *Handler) refusePDF(c echo.Context, f views.Form, field string, err error) error {
	var refused *capture.RefusedError
	switch {
	case ui.FieldErrors(f, err):
	case errors.As(err, &refused):
		f.Errors.Add(field, refused.Reason)
	case errors.Is(err, capture.ErrBusy):
		c.Response().Header().Set("Retry-After", "60")
		f.Errors.Add(field, "factline is fetching other pages right now. Try again in a minute.")
		return h.renderSourcePDF(c, http.StatusServiceUnavailable, f)
	case errors.Is(err, pdftext.ErrNotPDF), errors.Is(err, pdftext.ErrPassword), errors.Is(err, pdftext.ErrDamaged),
		errors.Is(err, pdftext.ErrTooLarge), errors.Is(err, pdftext.ErrTooLong), errors.Is(err, pdftext.ErrTimedOut):
		f.Errors.Add(field, sentence(err.Error()))
	default:
		return err
	}
	return h.renderSourcePDF(c, http.StatusUnprocessableEntity, f)
}

// pdfTitle is the title a PDF gives itself, else its file name without .pdf.
func pdfTitle(meta, fileName string) string {
	if t := strings.TrimSpace(meta); t != "" {
		return t
	}
	name := strings.TrimSpace(strings.TrimSuffix(strings.TrimSuffix(fileName, ".pdf"), ".PDF"))
	if name == "" || name == "." || name == "/" {
		return "Untitled PDF"
	}
	return name
}

// sentence capitalises a message and ends it with a full stop.
func sentence(s string) string {
	if s == "" {
		return s
	}
	s = strings.ToUpper(s[:1]) + s[1:]
	if !strings.HasSuffix(s, ".") {
		s += "."
	}
	return s
}
