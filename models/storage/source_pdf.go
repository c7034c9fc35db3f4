package storage

import (
	"context"
	"errors"
	"fmt"
	"strings"

	"gorm.io/gorm"

	"github.com/factline/factline/models"
	"github.com/factline/factline/models/pdftext"
)

// SavePDFSource stores a new source read from a PDF together with the PDF's
// pages and numbered paragraphs: all of it, or nothing.
func (s *Store) SavePDFSource(ctx context.Context, src *models.Source, pdf *models.SourcePDF) error {
	if src.ID != 0 {
		return fmt.Errorf("store: save PDF source: source %d exists already", src.ID)
	}
	return s.WithTx(ctx, func(tx *Store) error {
		if err := tx.SaveSource(ctx, src); err != nil {
			return err
		}
		pdf.SourceID = src.ID
		for i := range pdf.Pages {
			pdf.Pages[i].SourceID = src.ID
		}
		for i := range pdf.Paragraphs {
			pdf.Paragraphs[i].SourceID = src.ID
		}
		db := tx.w(ctx)
		if err := db.Create(pdf).Error; err != nil {
			return fmt.Errorf("store: save PDF of source %d: %w", src.ID, err)
		}
		if len(pdf.Pages) > 0 {
			if err := db.CreateInBatches(pdf.Pages, 500).Error; err != nil {
				return fmt.Errorf("store: save pages of source %d: %w", src.ID, err)
			}
		}
		if len(pdf.Paragraphs) > 0 {
			if err := db.CreateInBatches(pdf.Paragraphs, 500).Error; err != nil {
				return fmt.Errorf("store: save paragraphs of source %d: %w", src.ID, err)
			}
		}
		return nil
	})
}

// PDFOf returns the PDF a source was read from, with its pages and numbered
// paragraphs in order; nil when the source was not read from a PDF.
func (s *Store) PDFOf(ctx context.Context, sourceID int64) (*models.SourcePDF, error) {
	var p models.SourcePDF
	err := s.r(ctx).Where("source_id = ?", sourceID).Take(&p).Error
	if errors.Is(err, gorm.ErrRecordNotFound) {
		return nil, nil
	}
	if err != nil {
		return nil, fmt.Errorf("store: PDF of source %d: %w", sourceID, err)
	}
	if err := s.r(ctx).Where("source_id = ?", sourceID).Order("number").Find(&p.Pages).Error; err != nil {
		return nil, fmt.Errorf("store: pages of source %d: %w", sourceID, err)
	}
	if err := s.r(ctx).Where("source_id = ?", sourceID).Order("start_offset").Find(&p.Paragraphs).Error; err != nil {
		return nil, fmt.Errorf("store: paragraphs of source %d: %w", sourceID, err)
	}
	return &p, nil
}

// locatePDFCitation gives a citation of a PDF source whose quote is anchored,
// and which has no locator typed, the page and paragraph its passage is on.
func (s *Store) locatePDFCitation(ctx context.Context, c *models.Citation) error {
	if c.Locator != "" || c.StartOffset == nil || c.EndOffset == nil {
		return nil
	}
	pdf, err := s.PDFOf(ctx, c.SourceID)
	if err != nil || pdf == nil {
		return err
	}
	c.Locator = pdftext.Locator(*pdf, *c.StartOffset, *c.EndOffset)
	return nil
}

// anchorQuote anchors a quote in a source's text as it was given, else as a
// PDF's text would have it (pdftext.FoldQuote: ligatures as letters, a word
// hyphenated at a line end joined, white space folded), which it then becomes:
// a quote copied from a PDF viewer finds the text factline read.
func anchorQuote(text string, quote *string, hint *int) (start, end int, prefix, suffix string, ok bool) {
	if start, end, prefix, suffix, ok = models.Anchor(text, *quote, hint); ok {
		return start, end, prefix, suffix, ok
	}
	folded := pdftext.FoldQuote(*quote)
	if folded == *quote {
		return 0, 0, "", "", false
	}
	if start, end, prefix, suffix, ok = models.Anchor(text, folded, hint); ok {
		*quote = folded
	}
	return start, end, prefix, suffix, ok
}

// refusePDFTextEdit refuses a change to the text of a source read from a PDF:
// its pages' offsets and its citations' pages are measured in that text.
func (s *Store) refusePDFTextEdit(ctx context.Context, src *models.Source) error {
	if src.ID == 0 {
		return nil
	}
	var texts []string
	err := s.r(ctx).Raw(`SELECT s.text FROM sources s JOIN source_pdfs p ON p.source_id = s.id WHERE s.id = ?`, src.ID).Scan(&texts).Error
	if err != nil {
		return fmt.Errorf("store: text of PDF source %d: %w", src.ID, err)
	}
	if len(texts) == 0 {
		return nil
	}
	// A form sends its text area back with CRLF line ends: the same text.
	if strings.ReplaceAll(src.Text, "\r\n", "\n") == texts[0] {
		src.Text = texts[0]
		return nil
	}
	return models.FieldErrors{"text": "This text was read from the source's PDF, page by page; it cannot be edited here, or its pages would no longer match. Add the PDF again as a new source to read it anew."}
}
