package views

import (
	"context"
	"fmt"
	"html"
	"io"
	"strings"

	"github.com/a-h/templ"
)

// readerLine writes one line of a source's text as its pieces, with nothing
// between them: templ would put a space after each element, and a space in the
// middle of a word or before a comma is a change to the source's text.
// Everything from the source or a user is escaped.
func readerLine(line []ReaderPiece) templ.Component {
	return templ.ComponentFunc(func(ctx context.Context, w io.Writer) error {
		var b strings.Builder
		for _, p := range line {
			writePiece(ctx, &b, p)
		}
		_, err := io.WriteString(w, b.String())
		return err
	})
}

// writePiece writes a run of the text: highlighted when a citation covers it,
// marked when the extraction assist proposes it, then the numbers of the
// citations and the labels of the proposals that end with it.
func writePiece(ctx context.Context, b *strings.Builder, p ReaderPiece) {
	var classes []string
	if p.Date {
		classes = append(classes, "prop-date")
	}
	if p.Quote {
		classes = append(classes, "prop-quote")
	}
	seg := fmt.Sprintf(`<span class="seg" data-start="%d">%s</span>`, p.Start, html.EscapeString(p.Text))
	switch {
	case len(p.Cited) > 0:
		classes = append([]string{"cited"}, classes...)
		if len(p.Cited) > 1 {
			classes = append(classes, "cited-many")
		}
		fmt.Fprintf(b, `<mark class="%s">%s</mark>`, strings.Join(classes, " "), seg)
	case len(classes) > 0:
		fmt.Fprintf(b, `<span class="%s">%s</span>`, strings.Join(classes, " "), seg)
	default:
		b.WriteString(seg)
	}
	for _, n := range p.Ends {
		label := html.EscapeString(Shorten(n.Label.Label, 80))
		kind := html.EscapeString(string(n.Item.Kind))
		// The tip links the citing item, or names it when it cannot be opened.
		tip := html.EscapeString(Shorten(n.Label.Label, 120))
		if !n.Label.Deleted && !hidden(ctx, n.Item.Kind, n.Item.ID) {
			tip = fmt.Sprintf(`<a href="%s">%s</a>`, html.EscapeString(itemPath(ctx, n.Item)), tip)
		}
		fmt.Fprintf(b, `<span class="cite-ref"><a class="cite-num" id="cite-%d" href="#note-%d" data-testid="cite-num">%d`+
			`<span class="visually-hidden">: passage cited by the %s “%s”</span></a>`+
			`<span class="cite-tip" role="tooltip">%s: %s</span></span>`,
			n.Citation.ID, n.Citation.ID, n.N, kind, label, kind, tip)
	}
	for _, pr := range p.Proposed {
		// The label is drawn by CSS from data-label, so that it is never part of
		// the text a reader selects and cites.
		fmt.Fprintf(b, `<a class="prop-label prop-label-%s" href="#proposal-%d" data-label="%s" data-testid="prop-%s" tabindex="-1" aria-label="%s (proposal %d)"></a>`,
			pr.Kind, pr.N, html.EscapeString(pr.Label()), pr.Kind, html.EscapeString(pr.Label()), pr.N)
	}
}
