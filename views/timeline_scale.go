package views

import (
	"strings"

	"github.com/factline/factline/models/timescale"
)

// ScaleView is the time-scaled view of a timeline: its drawing, the lanes the
// reader picked, and the addresses that zoom and pan it.
type ScaleView struct {
	Layout  *timescale.Layout
	By      timescale.By
	Summary string // the drawing's text alternative
	Problem string // a window in the address that is not one
	// ByHrefs are the addresses of the same window by lane, speaker and kind.
	ByHrefs []Choice
	// Here is the address of this very view: filter, lanes and window.
	Here string
	// The addresses of the window zoomed in and out, moved earlier and later,
	// and of the whole timeline; "" when there is no such step.
	In, Out, Earlier, Later, Whole string
}

// Choice is one of a few addresses, the current one marked.
type Choice struct {
	Label, Href string
	Current     bool
}

// viewChoices are the list and the time scale of the same filter.
func viewChoices(v TimelineView) []Choice {
	q := filterQuery(v.Filter)
	scale := v.Path + "?view=scale"
	if q != "" {
		scale = v.Path + q + "&view=scale"
	}
	return []Choice{{"List", v.Path + q, v.Scale == nil}, {"Time scale", scale, v.Scale != nil}}
}

// sharingQuery is what the sharing page gets of the timeline page, for its
// embeds: the filter, and the time-scaled view's query when it is shown.
func sharingQuery(v TimelineView) string {
	if v.Scale == nil {
		return filterQuery(v.Filter)
	}
	_, q, _ := strings.Cut(v.Scale.Here, "?")
	return "?" + q
}
