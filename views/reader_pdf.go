package views

import (
	"fmt"

	"github.com/factline/factline/models"
)

// ReaderPDFPage is one page of a PDF source in the reader: its number in the
// file, the number printed on it, and its paragraphs (none on a page that is
// an image only).
type ReaderPDFPage struct {
	Number     int
	Printed    string
	Paragraphs []ReaderParagraph
}

// Label names the page as the reader shows it: "Page 9 · printed 7", or
// "Page 3" where the page prints no number or the same one.
func (p ReaderPDFPage) Label() string {
	if p.Printed == "" || p.Printed == fmt.Sprint(p.Number) {
		return fmt.Sprintf("Page %d", p.Number)
	}
	return fmt.Sprintf("Page %d · printed %s", p.Number, p.Printed)
}

// WithPDF shows the reader's text page by page: each paragraph goes to the
// page its first character is on. Paragraphs never cross pages: the text of a
// PDF source has a paragraph break at every page's end.
func (r *Reader) WithPDF(pdf *models.SourcePDF) {
	r.PDF = pdf
	r.PDFPages = make([]ReaderPDFPage, len(pdf.Pages))
	for i, pg := range pdf.Pages {
		r.PDFPages[i] = ReaderPDFPage{Number: pg.Number, Printed: pg.Printed}
	}
	for _, para := range r.Paragraphs {
		start := paragraphStart(para)
		for i, pg := range pdf.Pages {
			if pg.HasText() && start >= pg.StartOffset && start < pg.EndOffset {
				r.PDFPages[i].Paragraphs = append(r.PDFPages[i].Paragraphs, para)
				break
			}
		}
	}
}

func paragraphStart(p ReaderParagraph) int {
	for _, l := range p.Lines {
		for _, piece := range l {
			return piece.Start
		}
	}
	return -1
}

// pdfPageID is the anchor of a page in the reader: #page-9.
func pdfPageID(n int) string { return fmt.Sprintf("page-%d", n) }

// pageCount says "1 page" or "16 pages".
func pageCount(n int) string {
	if n == 1 {
		return "1 page"
	}
	return fmt.Sprintf("%d pages", n)
}
