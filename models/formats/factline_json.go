package formats

import (
	"bufio"
	"context"
	"encoding/json"
	"fmt"

	"github.com/factline/factline/models"
)

// writeFactlineJSON writes the lossless factline JSON Document, one actor,
// source or entry at a time.
func writeFactlineJSON(ctx context.Context, w *bufio.Writer, x *Export) error {
	t := x.Timeline
	head, err := json.Marshal(DocTimeline{Slug: t.Slug, Title: t.Title, Summary: t.Summary, Visibility: t.Visibility})
	if err != nil {
		return err
	}
	fmt.Fprintf(w, `{"format":"factline","format_version":%d,"timeline":`, FormatVersion)
	w.Write(head)
	l := jsonList{w: w}
	l.open(`,"actors":[`)
	if err := x.Store.EachActor(ctx, t.ID, func(a *models.Actor) error { return l.add(docActor(a)) }); err != nil {
		return err
	}
	l.open(`],"sources":[`)
	if err := x.Store.EachSource(ctx, t.ID, func(s *models.Source) error { return l.add(docSource(s)) }); err != nil {
		return err
	}
	l.open(`],"entries":[`)
	if err := x.eachEntry(ctx, func(e *models.StreamedEntry) error { return l.add(docEntry(e)) }); err != nil {
		return err
	}
	eras, err := x.Store.ErasOf(ctx, t.ID)
	if err != nil {
		return err
	}
	if len(eras) > 0 {
		l.open(`],"eras":[`)
		for _, e := range eras {
			if err := l.add(DocEra{Title: e.Title, Period: e.Period.String()}); err != nil {
				return err
			}
		}
	}
	_, err = w.WriteString("\n]}\n")
	return err
}

// jsonList writes the elements of a JSON array one a line.
type jsonList struct {
	w     *bufio.Writer
	first bool
}

// open writes what comes before a new list and starts counting its elements.
func (l *jsonList) open(s string) {
	l.w.WriteString(s)
	l.first = true
}

// add writes one element.
func (l *jsonList) add(v any) error {
	b, err := json.Marshal(v)
	if err != nil {
		return err
	}
	if !l.first {
		l.w.WriteByte(',')
	}
	l.first = false
	l.w.WriteByte('\n')
	_, err = l.w.Write(b)
	return err
}
