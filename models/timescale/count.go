package timescale

import (
	"github.com/factline/factline/models"
	"github.com/factline/factline/models/edtf"
)

// Count is how many entries of one lane start and end at the same times:
// what a drawing's extent, lanes, overview and density are made of. A drawing
// made of its marks has one count a mark; the timeline page's are counted by
// the database (models.ScaleCount), so that a window reads only the entries
// it draws.
type Count struct {
	Group      string
	Start, End float64
	N          int
}

// CountsOf counts marks one by one.
func CountsOf(marks []Mark) []Count {
	out := make([]Count, len(marks))
	for i, m := range marks {
		out[i] = Count{Group: m.Group, Start: m.Span.Start, End: m.Span.End, N: 1}
	}
	return out
}

// CountOf places a row of the database's counts on the axis, in the lane by
// puts it in: a single day as a day's dot sits (at its noon), a stretch of days
// from the start of its first to the end of its last; false when undated.
func CountOf(sc *models.ScaleCount, by By) (Count, bool) {
	if sc.SortKey == "Z" || sc.SortKey == "" || sc.SortEnd == "" {
		return Count{}, false
	}
	it := models.TimelineItem{Kind: sc.Kind, Lane: sc.Lane, SpeakerName: sc.SpeakerName}
	c := Count{Group: groupOf(&it, by), Start: dayOfKey(sc.SortKey), End: dayOfKey(sc.SortEnd) + 1, N: sc.Entries}
	if sc.SortKey == sc.SortEnd {
		c.Start += 0.5
		c.End = c.Start
	}
	return c, true
}

// InWindow is how many of the counted entries show in the window t0 to t1.
func InWindow(counts []Count, t0, t1 float64) int {
	n := 0
	for _, c := range counts {
		if c.End >= t0 && c.Start <= t1 {
			n += c.N
		}
	}
	return n
}

// KeyOf is the key (edtf.DayKey) of the day that t falls in, to compare with
// the entries' sort keys.
func KeyOf(t float64) string {
	y, m, d := Civil(t)
	return edtf.DayKey(y, m, d)
}
