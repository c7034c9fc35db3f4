package formats

import (
	"bufio"
	"context"
	"fmt"
	"strings"

	"github.com/factline/factline/models"
	"github.com/factline/factline/models/edtf"
)

// writeMarkdown writes the timeline as Markdown: a heading for every year and
// month, an entry a paragraph, and its citations as footnotes ([^1]) defined
// right after it, so that nothing has to be held until the end.
func writeMarkdown(ctx context.Context, w *bufio.Writer, x *Export) error {
	t := x.Timeline
	fmt.Fprintf(w, "# %s\n\n", mdEscape(t.Title))
	if t.Summary != "" {
		fmt.Fprintf(w, "%s\n\n", mdEscape(t.Summary))
	}
	fmt.Fprintf(w, "<%s>\n", x.timelineURL(""))
	var year, month string
	note := 0
	return x.eachEntry(ctx, func(e *models.StreamedEntry) error {
		y, m := periodHeadings(e.Date)
		if y != year {
			year, month = y, ""
			fmt.Fprintf(w, "\n## %s\n", y)
		}
		if m != month {
			month = m
			fmt.Fprintf(w, "\n### %s\n", m)
		}
		w.WriteString("\n")
		if !e.Date.IsZero() {
			fmt.Fprintf(w, "**%s** — ", mdEscape(e.Date.Display()))
		}
		if e.SpeakerName != "" {
			fmt.Fprintf(w, "%s: ", mdEscape(e.SpeakerName))
		}
		w.WriteString(mdEscape(e.Title))
		first := note + 1
		note += len(e.Citations)
		for n := first; n <= note; n++ {
			fmt.Fprintf(w, "[^%d]", n)
		}
		w.WriteString("\n")
		if details := entryDetails(e); details != "" {
			fmt.Fprintf(w, "\n%s\n", mdEscape(details))
		}
		if len(e.Citations) == 0 {
			w.WriteString("\n*Unsourced.*\n")
		}
		for i, c := range e.Citations {
			fmt.Fprintf(w, "\n[^%d]: %s\n", first+i, mdCitation(c))
		}
		return nil
	})
}

// periodHeadings are the year and month headings an entry falls under.
func periodHeadings(d edtf.Date) (year, month string) {
	key := d.SortKey()
	if key == "" {
		return "Undated", "No date"
	}
	day, err := edtf.Parse(key[:7])
	if err != nil {
		return key[:4], key[:7]
	}
	return key[:4], day.Display()
}

// entryDetails is the line under an entry: description, place, rating, lane,
// tags and note.
func entryDetails(e *models.StreamedEntry) string {
	var parts []string
	add := func(label, s string) {
		if s != "" {
			parts = append(parts, label+s)
		}
	}
	add("", e.Description)
	add("Place: ", e.Place)
	if e.Kind == models.KindClaim && e.Rating != models.Unrated {
		add("Rated: ", string(e.Rating))
	}
	add("Lane: ", e.Lane)
	add("Tags: ", strings.Join(e.Tags, ", "))
	add("Note: ", e.Note)
	return strings.Join(parts, " · ")
}

// mdCitation is a footnote's text: source, date, link, the quote and locator.
func mdCitation(c models.Citation) string {
	var b strings.Builder
	if s := c.Source; s != nil {
		b.WriteString("*" + mdEscape(s.Title) + "*")
		for _, v := range []string{s.Publisher, s.Published.Display()} {
			if v != "" {
				b.WriteString(", " + mdEscape(v))
			}
		}
		if s.URL != "" && !strings.ContainsAny(s.URL, " <>") {
			b.WriteString(", <" + s.URL + ">")
		}
		b.WriteString(".")
	}
	if c.Quote != "" {
		b.WriteString(" “" + mdEscape(c.Quote) + "”")
	}
	for _, v := range []string{c.Locator, c.Note} {
		if v != "" {
			b.WriteString(" (" + mdEscape(v) + ")")
		}
	}
	return b.String()
}

// mdEscape makes text literal in Markdown: every ASCII punctuation character
// that can start or end markup is backslash-escaped (CommonMark allows it for
// all of them) and line breaks become spaces, so user text never turns into markup.
func mdEscape(s string) string {
	var b strings.Builder
	for _, r := range s {
		switch {
		case r == '\n' || r == '\r':
			b.WriteByte(' ')
		case r < 0x80 && strings.ContainsRune("!#&()*+-.<>[\\]^_`{|}~", r):
			b.WriteByte('\\')
			b.WriteRune(r)
		default:
			b.WriteRune(r)
		}
	}
	return b.String()
}
