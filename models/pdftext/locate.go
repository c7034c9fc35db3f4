package pdftext

import (
	"fmt"
	"strings"
)

// Place is where a passage of a PDF's text is: the pages it is on (numbers in
// the file, and as the document prints them) and the numbered paragraphs it is
// in.
type Place struct {
	FirstPage, LastPage       int    // 1-based, in the file
	FirstPrinted, LastPrinted string // as printed on those pages; "" where none is
	FirstPara, LastPara       int    // 0 when the document numbers no paragraph there
}

// Locate finds the place of the passage [start, end) (code points).
func Locate(pages []Page, paras []Paragraph, start, end int) (Place, bool) {
	var pl Place
	last := max(start, end-1)
	for _, p := range pages {
		if !p.HasText() {
			continue
		}
		if pl.FirstPage == 0 && start < p.End {
			pl.FirstPage, pl.FirstPrinted = p.Number, p.Printed
		}
		if pl.FirstPage != 0 && p.Start <= last {
			pl.LastPage, pl.LastPrinted = p.Number, p.Printed
		}
	}
	if pl.FirstPage == 0 {
		return Place{}, false
	}
	for _, q := range paras {
		if q.Start <= start && start < q.End {
			pl.FirstPara = q.Number
		}
		if q.Start <= last && last < q.End {
			pl.LastPara = q.Number
		}
	}
	if pl.FirstPara == 0 || pl.LastPara == 0 {
		pl.FirstPara, pl.LastPara = max(pl.FirstPara, pl.LastPara), max(pl.FirstPara, pl.LastPara)
	}
	return pl, true
}

// String writes the place as a citation's locator: "p. 31, para. 148"; the
// page as printed, with the file's page beside it where the two differ
// ("p. 7 (PDF p. 9), para. 24"), so that "p. 7" is never ambiguous.
func (pl Place) String() string {
	var b strings.Builder
	printed := pl.FirstPrinted != "" && pl.LastPrinted != ""
	file := span("p.", "pp.", fmt.Sprint(pl.FirstPage), fmt.Sprint(pl.LastPage))
	switch {
	case !printed:
		b.WriteString(file)
	case pl.FirstPrinted == fmt.Sprint(pl.FirstPage) && pl.LastPrinted == fmt.Sprint(pl.LastPage):
		b.WriteString(file)
	default:
		b.WriteString(span("p.", "pp.", pl.FirstPrinted, pl.LastPrinted) + " (PDF " + file + ")")
	}
	if pl.FirstPara > 0 {
		b.WriteString(", " + span("para.", "paras.", fmt.Sprint(pl.FirstPara), fmt.Sprint(pl.LastPara)))
	}
	return b.String()
}

func span(one, many, first, last string) string {
	if first == last {
		return one + " " + first
	}
	return many + " " + first + "–" + last
}
