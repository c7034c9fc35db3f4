package exporters

import (
	"bufio"
	"context"
	"fmt"
	"strings"
	"time"
	"unicode"

	"github.com/factline/factline/models"
	"github.com/factline/factline/models/edtf"
	"github.com/factline/factline/models/richtext"
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
	var run models.EntryRun
	return x.eachEntry(ctx, func(e *models.StreamedEntry) error {
		step := run.Next(e.Date, len(e.Citations))
		y, m := periodHeadings(step)
		if y != "" {
			fmt.Fprintf(w, "\n## %s\n", y)
		}
		if m != "" {
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
		for _, n := range step.Notes {
			fmt.Fprintf(w, "[^%d]", n)
		}
		w.WriteString("\n")
		if details := entryDetails(e); details != "" {
			fmt.Fprintf(w, "\n%s\n", mdEscape(details))
		}
		if with := participantsText(&e.TimelineItem); with != "" {
			fmt.Fprintf(w, "\nWith %s\n", mdEscape(with))
		}
		if rels := entryRelations(&e.TimelineItem); len(rels) > 0 {
			w.WriteString("\n")
			for _, r := range rels {
				fmt.Fprintf(w, "- %s\n", mdEscape(r.String()))
			}
		}
		if len(e.Citations) == 0 {
			w.WriteString("\n*Unsourced.*\n")
		}
		for i, c := range e.Citations {
			fmt.Fprintf(w, "\n[^%d]: %s\n", step.Notes[i], mdCitation(c))
		}
		return nil
	})
}

// periodHeadings are the headings an entry opens, as the page opens them
// (models.EntryRun): its year's when it starts one, and its month's (the
// year alone for an entry dated to the year); "" for none.
func periodHeadings(step models.Step) (year, month string) {
	p := step.Opens
	switch {
	case p == nil:
		return "", ""
	case !p.Dated:
		year, month = "Undated", "No date"
	case p.Month == 0:
		year, month = edtf.ShowYear(p.Year), edtf.ShowYear(p.Year)
	default:
		year, month = edtf.ShowYear(p.Year), time.Month(p.Month).String()[:3]+" "+edtf.ShowYear(p.Year)
	}
	if !step.NewYear {
		year = ""
	}
	return year, month
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
	if richtext.IsHTML(e.Description) {
		add("", richtext.Plain(e.Description)) // an import's HTML text, read as its text
	} else {
		add("", e.Description)
	}
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
		b.WriteString("*" + mdEscape(strings.TrimSpace(s.Title)) + "*")
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

// mdEscape makes text literal in Markdown with as few backslashes as
// CommonMark needs, so that the file reads as it was typed: line breaks become
// spaces; backslashes, code spans, emphasis, links and HTML (\ ` * [ ] <) are
// escaped wherever they stand, an underscore where it can open or close
// emphasis, an ampersand where it would start an entity, a hash that would
// close a heading; and at the start of the text, what would open a block
// (# > + - = and "1." or "1)").
func mdEscape(s string) string {
	rs := []rune(strings.Map(func(r rune) rune {
		if r == '\n' || r == '\r' {
			return ' '
		}
		return r
	}, s))
	var b strings.Builder
	lead, last := leadingBlockMarker(rs), len(rs)-1
	for last >= 0 && rs[last] == ' ' {
		last--
	}
	for i, r := range rs {
		escape := false
		switch r {
		case '\\', '`', '*', '[', ']', '<':
			escape = true
		case '_':
			escape = i == 0 || i == len(rs)-1 || !isWordRune(rs[i-1]) || !isWordRune(rs[i+1])
		case '&':
			escape = entityAt(rs[i+1:])
		case '#': // a heading's closing sequence
			escape = i == last
		}
		if escape || i == lead {
			b.WriteByte('\\')
		}
		b.WriteRune(r)
	}
	return b.String()
}

// leadingBlockMarker is the index of the rune that would make the text open a
// block (a heading, quote, list or setext underline) at the start of a line,
// or -1.
func leadingBlockMarker(rs []rune) int {
	i := 0
	for i < len(rs) && rs[i] == ' ' {
		i++
	}
	if i == len(rs) {
		return -1
	}
	if strings.ContainsRune("#>+-=", rs[i]) {
		return i
	}
	j := i
	for j < len(rs) && j-i < 9 && unicode.IsDigit(rs[j]) && rs[j] < 0x80 {
		j++
	}
	if j > i && j < len(rs) && (rs[j] == '.' || rs[j] == ')') {
		return j
	}
	return -1
}

func isWordRune(r rune) bool { return unicode.IsLetter(r) || unicode.IsDigit(r) }

// entityAt reports whether rs (what follows an ampersand) reads as an entity
// or numeric character reference: "amp;", "#39;", "#x27;".
func entityAt(rs []rune) bool {
	for i, r := range rs {
		if r == ';' {
			return i > 0
		}
		if !(r == '#' && i == 0) && !(r < 0x80 && (unicode.IsLetter(r) || unicode.IsDigit(r))) {
			return false
		}
	}
	return false
}
