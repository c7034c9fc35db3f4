package models

import (
	"time"

	"github.com/factline/factline/models/pdftext"
)

// SourcePDF is the PDF a source's text was read from: its size and SHA-256,
// its pages with where each one's text is in the source's text and the number
// it prints on itself, and the paragraphs the document numbers.
type SourcePDF struct {
	SourceID         int64             `gorm:"primaryKey;autoIncrement:false" json:"source_id"`
	PageCount        int               `json:"page_count"`
	Size             int64             `json:"size"`
	SHA256           string            `gorm:"column:sha256" json:"sha256"`
	LigaturesMissing bool              `json:"ligatures_missing"` // the text layer reads "irst" where the page shows "first"
	CreatedAt        time.Time         `json:"created_at"`
	Pages            []SourcePage      `gorm:"-" json:"pages"`
	Paragraphs       []SourceParagraph `gorm:"-" json:"paragraphs,omitempty"`
}

// TableName is the table of SourcePDF.
func (SourcePDF) TableName() string { return "source_pdfs" }

// SourcePage is one page of a PDF source: its number in the file, the number
// it prints, and its text's offsets in the source's text (code points, end
// exclusive; equal on a page with no text).
type SourcePage struct {
	SourceID    int64  `gorm:"primaryKey;autoIncrement:false" json:"-"`
	Number      int    `gorm:"primaryKey;autoIncrement:false" json:"number"`
	Printed     string `json:"printed,omitempty"`
	StartOffset int    `json:"start_offset"`
	EndOffset   int    `json:"end_offset"`
}

// HasText reports whether the page has any text: a scanned page has none.
func (p SourcePage) HasText() bool { return p.EndOffset > p.StartOffset }

// SourceParagraph is a paragraph a PDF source numbers ("148."), from its
// number to the next numbered paragraph.
type SourceParagraph struct {
	SourceID    int64 `gorm:"primaryKey;autoIncrement:false" json:"-"`
	Number      int   `gorm:"primaryKey;autoIncrement:false" json:"number"`
	StartOffset int   `json:"start_offset"`
	EndOffset   int   `json:"end_offset"`
}

// NewSourcePDF keeps what was read of a PDF for the source it becomes.
func NewSourcePDF(d pdftext.Document, size int64, sha256 string) SourcePDF {
	p := SourcePDF{PageCount: len(d.Pages), Size: size, SHA256: sha256, LigaturesMissing: d.LigaturesMissing}
	for _, pg := range d.Pages {
		p.Pages = append(p.Pages, SourcePage{Number: pg.Number, Printed: pg.Printed, StartOffset: pg.Start, EndOffset: pg.End})
	}
	for _, q := range d.Paragraphs {
		p.Paragraphs = append(p.Paragraphs, SourceParagraph{Number: q.Number, StartOffset: q.Start, EndOffset: q.End})
	}
	return p
}

// HasText reports whether any page has text; a scanned PDF has none.
func (p SourcePDF) HasText() bool {
	for _, pg := range p.Pages {
		if pg.HasText() {
			return true
		}
	}
	return false
}

// Locator says where the passage [start, end) of the source's text is, as a
// citation's locator: "p. 31, para. 148", or "p. 7 (PDF p. 9), para. 24" where
// the page prints a number other than its place in the file. "" when the
// passage is on no page.
func (p SourcePDF) Locator(start, end int) string {
	pages := make([]pdftext.Page, len(p.Pages))
	for i, pg := range p.Pages {
		pages[i] = pdftext.Page{Number: pg.Number, Printed: pg.Printed, Start: pg.StartOffset, End: pg.EndOffset}
	}
	paras := make([]pdftext.Paragraph, len(p.Paragraphs))
	for i, q := range p.Paragraphs {
		paras[i] = pdftext.Paragraph{Number: q.Number, Start: q.StartOffset, End: q.EndOffset}
	}
	pl, ok := pdftext.Locate(pages, paras, start, end)
	if !ok {
		return ""
	}
	return pl.String()
}
