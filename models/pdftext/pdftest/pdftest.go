// Package pdftest writes small PDFs for tests: real PDFs with a text layer in
// Helvetica, written for the project, so that no test needs a document of
// someone else's.
package pdftest

import (
	"bytes"
	"fmt"
	"strings"
)

// Line is a line of text to print at (x, y) points in size pt.
type Line struct {
	X, Y, Size float64
	Text       string
}

// Make writes a PDF of A4 pages with the given lines in Helvetica: a small
// document written for these tests, with a real text layer PDFium reads.
func Make(pages [][]Line) []byte {
	var objs []string
	add := func(s string) int { objs = append(objs, s); return len(objs) }
	catalog := add("") // filled in below
	pagesObj := add("")
	font := add("<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>")
	var kids []string
	for _, p := range pages {
		var content strings.Builder
		for _, l := range p {
			esc := strings.NewReplacer(`\`, `\\`, "(", `\(`, ")", `\)`).Replace(l.Text)
			fmt.Fprintf(&content, "BT /F1 %.1f Tf %.1f %.1f Td (%s) Tj ET\n", l.Size, l.X, l.Y, esc)
		}
		stream := add(fmt.Sprintf("<< /Length %d >>\nstream\n%sendstream", content.Len(), content.String()))
		page := add(fmt.Sprintf("<< /Type /Page /Parent %d 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 %d 0 R >> >> /Contents %d 0 R >>", pagesObj, font, stream))
		kids = append(kids, fmt.Sprintf("%d 0 R", page))
	}
	objs[catalog-1] = fmt.Sprintf("<< /Type /Catalog /Pages %d 0 R >>", pagesObj)
	objs[pagesObj-1] = fmt.Sprintf("<< /Type /Pages /Kids [%s] /Count %d >>", strings.Join(kids, " "), len(kids))
	var b bytes.Buffer
	b.WriteString("%PDF-1.4\n")
	offsets := make([]int, len(objs))
	for i, o := range objs {
		offsets[i] = b.Len()
		fmt.Fprintf(&b, "%d 0 obj\n%s\nendobj\n", i+1, o)
	}
	xref := b.Len()
	fmt.Fprintf(&b, "xref\n0 %d\n0000000000 65535 f \n", len(objs)+1)
	for _, o := range offsets {
		fmt.Fprintf(&b, "%010d 00000 n \n", o)
	}
	fmt.Fprintf(&b, "trailer\n<< /Size %d /Root %d 0 R >>\nstartxref\n%d\n%%%%EOF\n", len(objs)+1, catalog, xref)
	return b.Bytes()
}

// Report is a three-page report written for these tests: a running head and
// a page number on every page, paragraphs numbered 1 to 6 (the third running
// on to the next page), a word hyphenated at a line end, a list of its own
// "1." and "2." inside paragraph 4, and a last page with no text.
func Report() []byte {
	head := func(folio string) []Line {
		return []Line{{72, 800, 9, "Annual Report of the Example Commission"}, {290, 40, 9, folio}}
	}
	body := func(y float64, lines ...string) []Line {
		var out []Line
		for i, l := range lines {
			x := 90.0
			if strings.HasPrefix(l, "  ") {
				x, l = 110, strings.TrimSpace(l)
			}
			out = append(out, Line{x, y - float64(i)*14, 11, l})
		}
		return out
	}
	p1 := append(head("7"),
		append(body(740, "1. The Commission met four times during the year and exam-", "ined every complaint it received from the public."),
			append(body(700, "2. It found that most complaints concerned delays in the", "payment of pensions."),
				body(660, "3. The Commission recommended that the ministry publish its", "waiting times every month, so that the public can see")...)...)...)
	p2 := append(head("8"),
		append(body(790-50, "whether they fall."),
			append(body(712, "4. The law provides that:"),
				append(body(684, "  1. A complaint shall be answered within thirty days.", "  2. A late answer shall be explained in writing."),
					append(body(640, "5. The ministry agreed to publish its waiting times from next", "year."),
						body(600, "6. The Commission will report on the results next year.")...)...)...)...)...)
	return Make([][]Line{p1, p2, {}})
}
