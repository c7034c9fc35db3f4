package timescale

import (
	"fmt"
	"math"

	"github.com/factline/factline/models"
	"github.com/factline/factline/models/edtf"
)

// MaxMarks is the most marks a drawing sends one by one; past it, lanes show
// how many entries each stretch holds.
const MaxMarks = 2000

// By names what the swimlanes are.
type By string

// The groupings a reader can pick.
const (
	ByLane    By = "lane"
	BySpeaker By = "speaker"
	ByKind    By = "kind"
)

// ParseBy reads a grouping from an address; anything else is ByLane.
func ParseBy(s string) By {
	switch b := By(s); b {
	case BySpeaker, ByKind:
		return b
	}
	return ByLane
}

// MarkOf makes an entry's mark, opening href, with details (its participants
// and relations) in its text alternative; false when the entry has no date.
func MarkOf(it *models.TimelineItem, by By, href, details string) (Mark, bool) {
	sp, ok := SpanOf(it.Date)
	if !ok {
		return Mark{}, false
	}
	label := it.Title
	if it.SpeakerName != "" && by != BySpeaker {
		label = it.SpeakerName + ": " + label
	}
	text := it.Date.Display() + " — " + it.Title
	if it.SpeakerName != "" {
		text = it.Date.Display() + " — " + it.SpeakerName + ": " + it.Title
	}
	if details != "" {
		text += " (" + details + ")"
	}
	return Mark{ID: fmt.Sprintf("%s-%d", it.Kind, it.ItemID), Href: href, Kind: string(it.Kind),
		Group: groupOf(it, by), Label: label, Text: text, Span: sp}, true
}

// groupOf names the lane an entry goes in.
func groupOf(it *models.TimelineItem, by By) string {
	switch {
	case by == ByKind && it.Kind == models.KindClaim:
		return "Claims"
	case by == ByKind:
		return "Events"
	case by == BySpeaker && it.SpeakerName != "":
		return it.SpeakerName
	case by == BySpeaker && it.Kind == models.KindEvent:
		return "Events"
	case by == BySpeaker:
		return "No speaker"
	case it.Lane != "":
		return it.Lane
	}
	return "No lane"
}

// PeriodOf makes a named period, such as an era, of its dates: a day is its
// whole day, and an open end runs to the edge of whatever window shows it.
func PeriodOf(name string, d edtf.Date) (Period, bool) {
	sp, ok := SpanOf(d)
	if !ok {
		return Period{}, false
	}
	p := Period{Name: name, Start: sp.Start, End: sp.End}
	switch {
	case sp.Point:
		p.Start, p.End = math.Floor(sp.Start), math.Floor(sp.Start)+1
	case sp.OpenStart:
		p.Start = math.Inf(-1)
	case sp.OpenEnd:
		p.End = math.Inf(1)
	}
	return p, true
}
