package exporters

import (
	"bufio"
	"context"
	"fmt"
	"strings"

	"github.com/factline/factline/models/formats"

	"github.com/factline/factline/models"
	"github.com/factline/factline/models/timescale"
)

// svgWidth is the width of the exported drawing, in pixels.
const svgWidth = 1200

// writeSVG draws the timeline's time-scaled view, as its page's scale view
// draws it: one lane a lane of the timeline, every mark linking to its entry's
// permalink and reading, in its <title>, the date as the page does, the entry,
// and its participants and relations; its eras are bands behind the lanes.
// Past timescale.MaxMarks entries only
// their dates are kept, and the lanes show density, so memory stays small.
func writeSVG(ctx context.Context, w *bufio.Writer, x *Export) error {
	n, err := x.Store.CountEntries(ctx, x.Timeline.ID)
	if err != nil {
		return err
	}
	dense := n > timescale.MaxMarks
	// Sized once (an append's doubling would hold two copies), and each lane's
	// name kept once, however many entries are in it.
	marks := make([]timescale.Mark, 0, n)
	lanes := map[string]string{}
	undated := 0
	err = x.eachEntry(ctx, func(e *models.StreamedEntry) error {
		it := &e.TimelineItem
		m, ok := timescale.MarkOf(it, timescale.ByLane, x.timelineURL(formats.Anchor(e.Kind, e.ItemID)), EntryDetails(it))
		switch {
		case !ok:
			undated++
		case dense:
			if _, ok := lanes[m.Group]; !ok {
				lanes[m.Group] = m.Group
			}
			marks = append(marks, timescale.Mark{Group: lanes[m.Group], Span: m.Span})
		default:
			marks = append(marks, m)
		}
		return nil
	})
	if err != nil {
		return err
	}
	eras, err := x.Timeline.LoadedEras()
	if err != nil {
		return err
	}
	var periods []timescale.Period
	for _, e := range eras {
		if p, ok := timescale.PeriodOf(e.Title, e.Period); ok {
			periods = append(periods, p)
		}
	}
	l := timescale.Lay(marks, timescale.Options{Width: svgWidth, MaxMarks: timescale.MaxMarks, Undated: undated, Periods: periods})
	summary := fmt.Sprintf("%s: %d entries on a time scale", x.Timeline.Title, n)
	return timescale.Drawing(l, x.Timeline.Title, summary).Render(ctx, w)
}

// EntryDetails is what an entry's line on the timeline page says beside its
// text: its participants and relations.
func EntryDetails(e *models.TimelineItem) string {
	var parts []string
	if with := participantsText(e); with != "" {
		parts = append(parts, "with "+with)
	}
	for _, r := range entryRelations(e) {
		parts = append(parts, r.String())
	}
	return strings.Join(parts, " · ")
}
