package pdftext

import "github.com/factline/factline/models"

// Record keeps what was read of a PDF for the source it becomes.
func Record(d Document, size int64, sha256 string) models.SourcePDF {
	p := models.SourcePDF{PageCount: len(d.Pages), Size: size, SHA256: sha256, LigaturesMissing: d.LigaturesMissing}
	for _, pg := range d.Pages {
		p.Pages = append(p.Pages, models.SourcePage{Number: pg.Number, Printed: pg.Printed, StartOffset: pg.Start, EndOffset: pg.End})
	}
	for _, q := range d.Paragraphs {
		p.Paragraphs = append(p.Paragraphs, models.SourceParagraph{Number: q.Number, StartOffset: q.Start, EndOffset: q.End})
	}
	return p
}

// Locator says where the passage [start, end) of a PDF source's text is, as a
// citation's locator: "p. 31, para. 148", or "p. 7 (PDF p. 9), para. 24" where
// the page prints a number other than its place in the file. "" when the
// passage is on no page.
func Locator(p models.SourcePDF, start, end int) string {
	pages := make([]Page, len(p.Pages))
	for i, pg := range p.Pages {
		pages[i] = Page{Number: pg.Number, Printed: pg.Printed, Start: pg.StartOffset, End: pg.EndOffset}
	}
	paras := make([]Paragraph, len(p.Paragraphs))
	for i, q := range p.Paragraphs {
		paras[i] = Paragraph{Number: q.Number, Start: q.StartOffset, End: q.EndOffset}
	}
	pl, ok := Locate(pages, paras, start, end)
	if !ok {
		return ""
	}
	return pl.String()
}
