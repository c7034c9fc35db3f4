package exporters

import (
	"bufio"
	"context"
	"encoding/csv"
	"fmt"
	"strconv"
	"strings"

	"github.com/factline/factline/models"
	"github.com/factline/factline/models/edtf"
	"github.com/factline/factline/models/formats"
)

// writeCSV writes one row an entry: the TimelineJS template's columns, then
// factline's. Text is an event's description or a claim's rationale; Sources
// has one cited source a line, as "Title <URL>".
func writeCSV(ctx context.Context, w *bufio.Writer, x *Export) error {
	cw := csv.NewWriter(w)
	if err := cw.Write(append(append([]string{}, formats.TimelineJSColumns...), formats.FactlineColumns...)); err != nil {
		return err
	}
	row := make([]string, len(formats.TimelineJSColumns)+len(formats.FactlineColumns))
	err := x.eachEntry(ctx, func(e *models.StreamedEntry) error {
		start, end := csvDates(e.Date)
		y, mo, d, tm := dateCells(start)
		ey, emo, ed, etm := dateCells(end)
		text := e.Description
		if e.Kind == models.KindClaim {
			text = e.Rationale
		}
		// Only the entry's own media, as its file had it: a source is no
		// image, and the Sources column names it.
		media, credit, caption, thumbnail := e.MediaURL, e.MediaCredit, e.MediaCaption, e.MediaThumbnail
		display := e.Date.Display()
		if e.DisplayDate != "" {
			display = e.DisplayDate
		}
		rating := ""
		if e.Kind == models.KindClaim {
			rating = string(e.Rating)
		}
		copy(row, []string{y, mo, d, tm, ey, emo, ed, etm, display, e.Title, text,
			media, credit, caption, thumbnail, "", "", e.Lane, "",
			string(e.Kind), e.SpeakerName, rating, e.Date.String(), sourceLines(e)})
		for i := range row {
			row[i] = formats.SpreadsheetCell(row[i])
		}
		return cw.Write(row)
	})
	if err != nil {
		return err
	}
	if err := writeCSVEras(ctx, cw, x, len(row)); err != nil {
		return err
	}
	cw.Flush()
	return cw.Error()
}

// writeCSVEras writes the timeline's eras as the template's rows of Type "era".
func writeCSVEras(ctx context.Context, cw *csv.Writer, x *Export, width int) error {
	eras, err := x.Store.ErasOf(ctx, x.Timeline.ID)
	if err != nil {
		return err
	}
	for _, e := range eras {
		start, end := csvDates(e.Period)
		y, mo, d, tm := dateCells(start)
		ey, emo, ed, etm := dateCells(end)
		row := make([]string, width)
		copy(row, []string{y, mo, d, tm, ey, emo, ed, etm, e.Period.Display(), e.Title, "", "", "", "", "", "", "era"})
		if err := cw.Write(row); err != nil {
			return err
		}
	}
	return nil
}

// csvDates are the start and end a row gives TimelineJS, which needs a start
// year on every dated row: a date open at its start ("by 9 Sep 2022") starts
// at its known end, with no end, and Display Date keeps what it means.
func csvDates(d edtf.Date) (start, end edtf.Date) {
	start, end = d.Start(), d.End()
	switch {
	case !d.IsRange():
		end = edtf.Date{}
	case start.IsZero():
		start, end = end, edtf.Date{}
	}
	return start, end
}

// dateCells splits a single date into TimelineJS's Year, Month, Day and Time
// cells, as far as it is known: a month-precision date leaves Day empty.
func dateCells(d edtf.Date) (year, month, day, clock string) {
	if d.IsZero() {
		return "", "", "", ""
	}
	y := d.Year()
	if y <= 0 {
		y-- // the template's year -N is N BCE, EDTF's 1-N
	}
	year = strconv.Itoa(y)
	if d.Precision() >= edtf.Month {
		month = strconv.Itoa(d.Month())
	}
	if d.Precision() >= edtf.Day {
		day = strconv.Itoa(d.Day())
	}
	if d.Precision() == edtf.Instant {
		clock = fmt.Sprintf("%02d:%02d", d.Hour(), d.Minute())
		if s := d.Second(); s != 0 {
			clock += fmt.Sprintf(":%02d", s)
		}
	}
	return year, month, day, clock
}

// sourceLines lists the entry's cited sources once each, a line each.
func sourceLines(e *models.StreamedEntry) string {
	var lines []string
	seen := map[int64]bool{}
	for _, c := range e.Citations {
		if c.Source == nil || seen[c.SourceID] {
			continue
		}
		seen[c.SourceID] = true
		line := c.Source.Title
		if c.Source.URL != "" {
			line += " <" + c.Source.URL + ">"
		}
		lines = append(lines, line)
	}
	return strings.Join(lines, "\n")
}
