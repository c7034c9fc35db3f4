// Package extract runs the date tagger (package dates) and quotation
// attribution (package quotes) together over documents: the JSON Lines of
// `factline extract --batch` and the table `factline extract` prints.
package extract

import (
	"bufio"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"text/tabwriter"

	"github.com/factline/factline/models/extract/dates"
	"github.com/factline/factline/models/extract/quotes"
)

// batchDoc is one line of the JSON Lines input of Batch.
type batchDoc struct {
	ID        string `json:"id"`
	Published string `json:"published"`
	Text      string `json:"text"`
	Lang      string `json:"lang"` // ISO 639-1; empty or unknown is English
}

type batchTimex struct {
	Start int    `json:"start"`
	End   int    `json:"end"`
	Text  string `json:"text"`
	Type  string `json:"type"`
	Value string `json:"value"`
}

type batchAnswer struct {
	ID      string       `json:"id"`
	Timexes []batchTimex `json:"timexes"`
}

// Batch speaks the JSON Lines protocol of timeml-score: it reads documents
// {"id", "published", "text", "lang"} and writes {"id", "timexes": [...]} for
// each. A document without "lang" is read in lang, or when lang is "" in the
// language DetectLanguage finds.
func Batch(r io.Reader, w io.Writer, lang string) error {
	dec := json.NewDecoder(r)
	out := bufio.NewWriter(w)
	enc := json.NewEncoder(out)
	for n := 1; ; n++ {
		var d batchDoc
		if err := dec.Decode(&d); errors.Is(err, io.EOF) {
			break
		} else if err != nil {
			return fmt.Errorf("extract: batch document %d: %w", n, err)
		}
		ans := batchAnswer{ID: d.ID, Timexes: []batchTimex{}}
		if d.Lang == "" {
			d.Lang = lang
		}
		if d.Lang == "" {
			d.Lang = dates.DetectLanguage(d.Text)
		}
		for _, t := range dates.DatesIn(d.Lang, d.Text, d.Published) {
			ans.Timexes = append(ans.Timexes, batchTimex{Start: t.Start, End: t.End, Text: t.Text, Type: t.Type, Value: t.Value})
		}
		if err := enc.Encode(ans); err != nil {
			return fmt.Errorf("extract: batch answer %q: %w", d.ID, err)
		}
	}
	if err := out.Flush(); err != nil {
		return fmt.Errorf("extract: batch: %w", err)
	}
	return nil
}

// WriteTable prints dates and quotes as a readable text table.
func WriteTable(w io.Writer, dates []dates.Timex, quotes []quotes.Quote) error {
	tw := tabwriter.NewWriter(w, 0, 4, 2, ' ', 0)
	fmt.Fprintln(tw, "DATES\t\t\t\t")
	fmt.Fprintln(tw, "at\ttext\ttype\tvalue\trule")
	for _, d := range dates {
		value := d.Value
		if !d.Resolved {
			value = "(needs publication date)"
		} else if d.Mod != "" {
			value += " (" + d.Mod + ")"
		}
		fmt.Fprintf(tw, "%d-%d\t%s\t%s\t%s\t%s\n", d.Start, d.End, d.Text, d.Type, value, d.Rule)
	}
	fmt.Fprintln(tw, "\t\t\t\t")
	fmt.Fprintln(tw, "QUOTES\t\t\t\t")
	fmt.Fprintln(tw, "at\tspeaker\tcue\tquote\t")
	for _, q := range quotes {
		speaker := q.Speaker
		if speaker == "" {
			speaker = "(unsure)"
		}
		fmt.Fprintf(tw, "%d-%d\t%s\t%s\t%s\t\n", q.Start, q.End, speaker, q.Cue, shorten(q.Text, 60))
	}
	if err := tw.Flush(); err != nil {
		return fmt.Errorf("extract: write table: %w", err)
	}
	return nil
}

// shorten cuts s to at most n code points, marking the cut with "…".
func shorten(s string, n int) string {
	r := []rune(s)
	if len(r) <= n {
		return s
	}
	return string(r[:n-1]) + "…"
}
