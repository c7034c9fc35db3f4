package models

import "time"

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

// HasText reports whether any page has text; a scanned PDF has none.
func (p SourcePDF) HasText() bool {
	for _, pg := range p.Pages {
		if pg.HasText() {
			return true
		}
	}
	return false
}
