// Package pdftext reads the text layer of a PDF into one text a source keeps,
// with the offsets of its pages, the numbers the document prints on them, and
// the paragraphs it numbers ("148."), so that a quote anchors in the text as it
// does in a web page's and a citation can say "p. 31, para. 148".
package pdftext

// Document is a PDF's text as a source keeps it. Pages follow one another in
// Text, separated by a blank line; paragraphs inside a page too. Offsets are in
// code points, as a citation's are.
type Document struct {
	Text       string
	Pages      []Page
	Paragraphs []Paragraph // the paragraphs the document numbers, in order; none when it numbers none
	Title      string      // from the PDF's metadata, when it has one
	Author     string
	// LigaturesMissing is set when the text layer leaves out letter pairs the
	// page shows (fi, ff, fl, Th drawn as one glyph with no text): the text
	// reads "irst" where the page shows "first".
	LigaturesMissing bool
}

// Page is one page of the PDF: its 1-based number in the file, the number it
// prints on itself (a folio such as "7" or "iv"), and where its text is.
type Page struct {
	Number  int
	Printed string
	Start   int
	End     int
}

// HasText reports whether the page has any text: a scanned page has none.
func (p Page) HasText() bool { return p.End > p.Start }

// Paragraph is a paragraph the document numbers, from the start of its number
// to the start of the next numbered paragraph (footnotes and page breaks in
// between included: a paragraph may run on to the next page).
type Paragraph struct {
	Number int
	Start  int
	End    int
}

// HasText reports whether the document has any text at all; a scanned PDF
// without a text layer has none.
func (d Document) HasText() bool {
	for _, p := range d.Pages {
		if p.HasText() {
			return true
		}
	}
	return false
}
