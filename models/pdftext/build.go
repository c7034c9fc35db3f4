package pdftext

import "strings"

// build makes a document of its pages' glyphs: lines, the running heads and
// page numbers taken out, paragraphs joined, hyphens and ligatures resolved,
// and the numbered paragraphs found.
func build(pages []rawPage) Document {
	pageLines := make([][]line, len(pages))
	heights := make([]float64, len(pages))
	for i, p := range pages {
		pageLines[i] = lines(p)
		heights[i] = p.height
	}
	body, printed := running(pageLines, heights)
	blocks := make([][][]rune, len(pages))
	var all [][]rune
	for i, ls := range body {
		for _, b := range paragraphs(ls) {
			t := clean(b.text)
			if len(t) > 0 {
				blocks[i] = append(blocks[i], t)
				all = append(all, t)
			}
		}
	}
	vocab := vocabulary(all)
	var d Document
	var text strings.Builder
	var starts []numberedStart
	n := 0 // code points written
	for i := range pages {
		page := Page{Number: i + 1, Printed: printed[i], Start: n}
		for k, b := range blocks[i] {
			if n > 0 {
				text.WriteString("\n\n")
				n += 2
			}
			if k == 0 {
				page.Start = n
			}
			t := joinHyphens(b, vocab)
			if num, ok := startNumber(t); ok {
				starts = append(starts, numberedStart{n: num, start: n})
			}
			text.WriteString(string(t))
			n += len(t)
		}
		page.End = n
		d.Pages = append(d.Pages, page)
	}
	d.Text = text.String()
	d.Paragraphs = numbered(starts, d.Pages, n)
	d.LigaturesMissing = ligaturesLost(d.Text)
	return d
}
