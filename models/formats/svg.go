package formats

import (
	"bufio"
	"context"
	"fmt"
	"html"
	"strings"

	"github.com/factline/factline/models"
)

// The SVG's layout, in pixels.
const (
	svgWidth  = 960
	svgTop    = 72 // room for the title
	svgRow    = 44 // one entry a row: its text, then its participants and relations
	svgRailX  = 170
	svgTextX  = 186
	svgMaxLen = 100 // runes of an entry's text shown
)

// writeSVG draws the visual timeline: a rail with one dot an entry in date
// order (a bar for a range), the date to its left, the speaker and text to its
// right, a rule where the year changes, and every entry linking to its
// permalink. The entries are counted first, to size the image before streaming.
func writeSVG(ctx context.Context, w *bufio.Writer, x *Export) error {
	n, err := x.Store.CountEntries(ctx, x.Timeline.ID)
	if err != nil {
		return err
	}
	height := svgTop + int(n)*svgRow + 24
	fmt.Fprintf(w, `<svg xmlns="http://www.w3.org/2000/svg" width="%d" height="%d" viewBox="0 0 %d %d" font-family="Helvetica, Arial, sans-serif" font-size="13">`+"\n",
		svgWidth, height, svgWidth, height)
	fmt.Fprintf(w, `<title>%s</title>`+"\n", esc(x.Timeline.Title))
	fmt.Fprintf(w, `<rect width="100%%" height="100%%" fill="#fff"/>`+"\n")
	fmt.Fprintf(w, `<text x="16" y="34" font-size="22" font-weight="bold">%s</text>`+"\n", esc(shorten(x.Timeline.Title, 70)))
	fmt.Fprintf(w, `<line x1="%d" y1="%d" x2="%d" y2="%d" stroke="#888" stroke-width="2"/>`+"\n",
		svgRailX, svgTop-8, svgRailX, height-16)
	i, year := 0, ""
	err = x.eachEntry(ctx, func(e *models.StreamedEntry) error {
		y := svgTop + i*svgRow
		i++
		if yr, _ := periodHeadings(e.Date); yr != year {
			year = yr
			fmt.Fprintf(w, `<line x1="16" y1="%d" x2="%d" y2="%d" stroke="#ddd"/><text x="16" y="%d" font-size="10" fill="#888">%s</text>`+"\n",
				y-4, svgWidth-16, y-4, y+6, esc(yr))
		}
		color := "#0b4f8a"
		if e.Kind == models.KindClaim {
			color = "#8a3b12"
		}
		fmt.Fprintf(w, `<a href="%s"><g>`, esc(x.timelineURL(anchor(e.Kind, e.ItemID))))
		fmt.Fprintf(w, `<text x="%d" y="%d" text-anchor="end" fill="#555">%s</text>`, svgRailX-12, y+14, esc(shorten(e.Date.Display(), 24)))
		if e.Date.IsRange() {
			fmt.Fprintf(w, `<rect x="%d" y="%d" width="8" height="%d" rx="4" fill="%s"/>`, svgRailX-4, y+2, svgRow-6, color)
		} else {
			fmt.Fprintf(w, `<circle cx="%d" cy="%d" r="5" fill="%s"/>`, svgRailX, y+10, color)
		}
		label := e.Title
		if e.SpeakerName != "" {
			label = e.SpeakerName + ": " + label
		}
		fmt.Fprintf(w, `<text x="%d" y="%d">%s</text>`, svgTextX, y+14, esc(shorten(label, svgMaxLen)))
		if more := svgDetails(e); more != "" {
			fmt.Fprintf(w, `<text x="%d" y="%d" font-size="11" fill="#555">%s</text>`, svgTextX, y+31, esc(shorten(more, svgMaxLen+20)))
		}
		w.WriteString("</g></a>\n")
		return nil
	})
	if err != nil {
		return err
	}
	_, err = w.WriteString("</svg>\n")
	return err
}

// svgDetails is an entry's second line: its participants and relations, as
// the timeline page shows them.
func svgDetails(e *models.StreamedEntry) string {
	var parts []string
	if with := participantsText(e); with != "" {
		parts = append(parts, "with "+with)
	}
	for _, r := range entryRelations(e) {
		parts = append(parts, r.String())
	}
	return strings.Join(parts, " · ")
}

// esc escapes text for XML, attributes included. XML 1.0 has no place for
// C0 control characters (other than tab, newline, CR) or invalid UTF-8, which
// text stored before they were refused may hold: they are dropped.
func esc(s string) string {
	s = strings.Map(func(r rune) rune {
		if r < 0x20 && r != '\t' && r != '\n' && r != '\r' {
			return -1
		}
		return r
	}, strings.ToValidUTF8(s, ""))
	return html.EscapeString(s)
}

// shorten cuts s to at most n runes, marking the cut with an ellipsis.
func shorten(s string, n int) string {
	r := []rune(s)
	if len(r) <= n {
		return s
	}
	return string(r[:n-1]) + "…"
}
