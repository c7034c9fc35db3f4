package timescale

import (
	"cmp"
	"slices"
	"strings"
)

// Mark is one entry to draw.
type Mark struct {
	ID    string // the entry's anchor on the timeline page, e.g. "claim-3"
	Href  string // where a click opens the entry
	Kind  string // "claim" or "event", which sets its colour
	Group string // the swimlane it goes in
	Label string // the short text beside the mark
	Text  string // its text alternative: the date as the page reads it, then the entry
	Span  Span
}

// Period is a named stretch of time drawn as a background band, such as an era.
type Period struct {
	Name       string
	Start, End float64
}

// Options say how to lay marks out.
type Options struct {
	Width  float64 // of the drawing, in pixels
	T0, T1 float64 // the visible window in days; both zero: the whole timeline
	// MaxMarks is the most marks drawn one by one; past it lanes show density.
	MaxMarks int
	Periods  []Period
	// ZoomHref, when set, links a cluster to the window that shows its marks apart.
	ZoomHref func(t0, t1 float64) string
	// Undated counts the entries left out for want of a date, which the legend says.
	Undated int
}

// The layout's measures, in pixels.
const (
	gutter    = 150 // lane names left of the plot
	rightPad  = 24
	overviewH = 26
	axisH     = 24
	eraH      = 16
	rowH      = 22
	laneGap   = 10
	clusterH  = 18
	maxRows   = 5
	openPx    = 36 // the drawn length of an open end's fade
	clusterPx = 40 // the width of a cluster's bin
	densityPx = 4  // the width of a density bin
	minBarPx  = 4
	labelGap  = 8
	maxLabel  = 36 // runes of a label
)

// Layout is everything the SVG draws, placed.
type Layout struct {
	Width, Height float64
	Scale         Scale // the visible window
	Whole         Scale // the whole timeline, in the overview strip
	Ticks         []Tick
	Lanes         []Lane
	Periods       []PlacedPeriod
	Overview      []Bin
	Dense         bool // too many marks: lanes show how many entries a stretch holds
	Total         int  // marks in the window
	Undated       int  // entries without a date, which the axis cannot show
	LanesEnd      float64
}

// Lane is one swimlane.
type Lane struct {
	Name      string
	Y, Height float64
	Marks     []Placed
	Clusters  []Cluster
	Bins      []Bin
}

// Placed is a mark with its geometry; X0 to X1 is the bar (equal for a dot).
type Placed struct {
	Mark
	X0, X1, Y float64
	LabelX    float64
	LabelEnd  bool   // the label ends at LabelX, left of the mark
	Inside    bool   // the label is drawn inside its bar
	Label     string // what is drawn beside it, "" when there is no room
}

// Cluster stands for marks that found no room: how many, and where.
type Cluster struct {
	X, Y   float64
	N      int
	T0, T1 float64
	Href   string
}

// Bin is a stretch of a density band or of the overview.
type Bin struct {
	X, W, H float64
	N       int
	T0, T1  float64
	Href    string // the window that shows its marks, for a lane's bin
}

// PlacedPeriod is a period's band, with as much of its name as fits in it.
type PlacedPeriod struct {
	Period
	X0, X1 float64
	Label  string
}

// Lay places marks, in the order given (the timeline's date order), on the
// window of opts, one lane a Group in the order groups first appear.
func Lay(marks []Mark, opts Options) *Layout { return LayCounts(CountsOf(marks), marks, opts) }

// LayCounts places marks on the window of opts over counts of every entry of
// the drawing, in the timeline's order: the extent, the lanes (in the order
// their groups first appear), the overview and the density bands come from
// the counts, and marks are the entries to draw one by one — those of the
// window, which need not be given when it holds more than opts.MaxMarks.
func LayCounts(counts []Count, marks []Mark, opts Options) *Layout {
	w0, w1 := Extent(counts)
	l := &Layout{Width: opts.Width}
	l.Whole = Scale{T0: w0, T1: w1, X0: gutter, X1: opts.Width - rightPad}
	l.Scale = l.Whole
	if opts.T1 > opts.T0 {
		l.Scale.T0, l.Scale.T1 = opts.T0, opts.T1
	}
	for _, tk := range l.Scale.Ticks() {
		if l.Scale.X(tk.T)+3+textWidth(tk.Label) <= l.Width {
			l.Ticks = append(l.Ticks, tk) // not one whose label would run off
		}
	}
	l.Overview = bins(counts, l.Whole, (l.Whole.X1-l.Whole.X0)/120, overviewH-6, nil, 0)[0]
	names, at := lanesOf(counts)
	l.Total = InWindow(counts, l.Scale.T0, l.Scale.T1)
	l.Dense = l.Total > opts.MaxMarks
	var groups [][]Mark
	var density [][]Bin
	if l.Dense {
		density = bins(counts, l.Scale, densityPx, rowH*2-4, at, len(names))
	} else {
		groups = make([][]Mark, len(names))
		for _, m := range marks {
			if m.Span.End < l.Scale.T0 || m.Span.Start > l.Scale.T1 {
				continue
			}
			g, ok := at[m.Group]
			if !ok { // written after the counts were read
				g = len(names)
				at[m.Group] = g
				names = append(names, m.Group)
				groups = append(groups, nil)
			}
			groups[g] = append(groups[g], m)
		}
	}
	y := float64(overviewH + axisH)
	if len(opts.Periods) > 0 {
		y += eraH // a row for the eras' names, above the lanes
	}
	for i, name := range names {
		lane := Lane{Name: name, Y: y}
		if l.Dense {
			lane.Bins = density[i]
			for j := range lane.Bins {
				if b := &lane.Bins[j]; opts.ZoomHref != nil {
					pad := max(b.T1-b.T0, (l.Scale.T1-l.Scale.T0)/40) // a stretch where its marks can stand apart
					b.Href = opts.ZoomHref(b.T0-pad, b.T1+pad)
				}
			}
			lane.Height = rowH*2 + laneGap
		} else {
			l.pack(&lane, groups[i], opts.ZoomHref)
		}
		l.Lanes = append(l.Lanes, lane)
		y += lane.Height
	}
	l.LanesEnd, l.Undated = y, opts.Undated
	l.Height = y + legendH + 4
	if l.Note() != "" {
		l.Height += 16
	}
	for _, p := range opts.Periods {
		x0, x1 := max(l.Scale.X(p.Start), l.Scale.X0), min(l.Scale.X(p.End), l.Scale.X1)
		if x1 > x0 {
			name := shorten(p.Name, max(int((x1-x0-8)/6.5), 1)) // within its band
			l.Periods = append(l.Periods, PlacedPeriod{Period: p, X0: x0, X1: x1, Label: name})
		}
	}
	return l
}

// Extent is the whole timeline's window: its entries with a margin, at least two days.
func Extent(counts []Count) (t0, t1 float64) {
	if len(counts) == 0 {
		return 0, 2
	}
	t0, t1 = counts[0].Start, counts[0].End
	for _, c := range counts {
		t0, t1 = min(t0, c.Start), max(t1, c.End)
	}
	pad := max((t1-t0)*0.04, 1)
	return t0 - pad, t1 + pad
}

// lanesOf names the lanes in the order their groups first appear, and numbers them.
func lanesOf(counts []Count) ([]string, map[string]int) {
	var names []string
	at := map[string]int{}
	for _, c := range counts {
		if _, ok := at[c.Group]; !ok {
			at[c.Group] = len(names)
			names = append(names, c.Group)
		}
	}
	return names, at
}

// bins counts entries by when they start in bins of width px across a
// scale, heights up to h: one row of bins for all, or with lanes one a lane
// (the lane of a count is at[its group]), each scaled to its own most.
func bins(counts []Count, s Scale, width, h float64, at map[string]int, lanes int) [][]Bin {
	n := max(int((s.X1-s.X0)/width), 1)
	perLane := make([][]int, max(lanes, 1))
	for _, c := range counts {
		t := c.Start
		if t < s.T0 || t > s.T1 {
			continue
		}
		g := 0
		if at != nil {
			g = at[c.Group]
		}
		if perLane[g] == nil {
			perLane[g] = make([]int, n)
		}
		perLane[g][min(int((s.X(t)-s.X0)/width), n-1)] += c.N
	}
	out := make([][]Bin, len(perLane))
	for g, counts := range perLane {
		most := 0
		for _, c := range counts {
			most = max(most, c)
		}
		for i, c := range counts {
			if c == 0 {
				continue
			}
			x := s.X0 + float64(i)*width
			out[g] = append(out[g], Bin{X: x, W: width, N: c, H: max(2, h*float64(c)/float64(most)),
				T0: s.T(x), T1: s.T(x + width)})
		}
	}
	return out
}

// pack places a lane's marks in up to maxRows rows, each with its label when
// the row has room for it, else without; a mark with no room at all joins the
// cluster of its stretch. No two things in a row overlap, so no labels do.
func (l *Layout) pack(lane *Lane, marks []Mark, zoom func(t0, t1 float64) string) {
	slices.SortStableFunc(marks, func(a, b Mark) int { return cmp.Compare(a.Span.Start, b.Span.Start) })
	ends := make([]float64, 0, maxRows)
	clusters := map[int]*Cluster{}
	var order []int
	for _, m := range marks {
		p := l.place(m)
		row, withLabel := fit(&ends, l.labelled(&p), [2]float64{p.X0 - 6, p.X1 + 6})
		if row < 0 {
			i := int((p.X0 - l.Scale.X0) / clusterPx)
			c, ok := clusters[i]
			if !ok {
				x := l.Scale.X0 + float64(i)*clusterPx
				c = &Cluster{X: x, T0: l.Scale.T(x), T1: l.Scale.T(x + clusterPx)}
				clusters[i] = c
				order = append(order, i)
			}
			c.N++
			continue
		}
		if !withLabel {
			p.Label = ""
		}
		p.Y = lane.Y + laneGap/2 + float64(row)*rowH + rowH/2
		lane.Marks = append(lane.Marks, p)
	}
	rowsY := lane.Y + laneGap/2 + float64(max(len(ends), 1))*rowH
	for _, i := range order {
		c := clusters[i]
		c.Y = rowsY
		if zoom != nil {
			c.Href = zoom(c.T0, c.T1)
		}
		lane.Clusters = append(lane.Clusters, *c)
	}
	lane.Height = rowsY - lane.Y + laneGap/2
	if len(order) > 0 {
		lane.Height += clusterH
	}
}

// labelled is the stretch a mark takes with its label: inside a bar long
// enough to hold it, right of the mark, left of it when it would run off the
// drawing there, or cut to the room on the right; zero when it fits nowhere,
// and then the mark is drawn without it.
func (l *Layout) labelled(p *Placed) [2]float64 {
	w := textWidth(p.Label)
	visible := max(p.X0, l.Scale.X0)
	inside := min(p.X1, l.Scale.X1) - visible - 12
	switch {
	case !p.Span.Point && !p.Span.OpenStart && !p.Span.OpenEnd && inside >= w:
		// A long bar holds more of its text than the label beside a dot.
		p.LabelX, p.Inside = visible+6, true
		p.Label = shorten(qualified(p.Mark), int(inside/7))
		return [2]float64{p.X0 - 6, p.X1 + 6}
	case p.X1+labelGap+w <= l.Width-4:
		p.LabelX = p.X1 + labelGap
		return [2]float64{p.X0 - 6, p.LabelX + w}
	case p.X0-labelGap-w >= l.Scale.X0:
		p.LabelX, p.LabelEnd = p.X0-labelGap, true
		return [2]float64{p.LabelX - w, p.X1 + 6}
	}
	room := int((l.Width - 4 - p.X1 - labelGap) / 7)
	if room < 12 {
		return [2]float64{}
	}
	p.Label = shorten(p.Label, room)
	p.LabelX = p.X1 + labelGap
	return [2]float64{p.X0 - 6, p.LabelX + textWidth(p.Label)}
}

// fit finds the first row whose last thing ends before the mark's stretch
// with its label (when it has one), else before the mark alone; it opens a
// new row while there are fewer than maxRows. -1 when none has room.
func fit(ends *[]float64, labelled, alone [2]float64) (row int, withLabel bool) {
	for pass, span := range [][2]float64{labelled, alone} {
		if span == ([2]float64{}) {
			continue
		}
		for r, last := range *ends {
			if last+labelGap <= span[0] {
				(*ends)[r] = span[1]
				return r, pass == 0
			}
		}
		if len(*ends) < maxRows {
			*ends = append(*ends, span[1])
			return len(*ends) - 1, pass == 0
		}
	}
	return -1, false
}

// place gives a mark its geometry on the scale: a dot, a bar at least
// minBarPx long, or a fade of openPx toward an open end.
func (l *Layout) place(m Mark) Placed {
	s := m.Span
	p := Placed{Mark: m, X0: l.Scale.X(s.Start), X1: l.Scale.X(s.End)}
	switch {
	case s.OpenStart:
		p.X0 = p.X1 - openPx
	case s.OpenEnd:
		p.X1 = p.X0 + openPx
	case !s.Point && p.X1-p.X0 < minBarPx:
		mid := (p.X0 + p.X1) / 2
		p.X0, p.X1 = mid-minBarPx/2, mid+minBarPx/2
	}
	p.X0, p.X1 = max(p.X0, l.Scale.X0-openPx), min(p.X1, l.Scale.X1+openPx)
	p.Label = shorten(qualified(m), maxLabel)
	return p
}

// qualified is a mark's label with the qualifiers of its date written out, so
// that they survive greyscale and need no colour.
func qualified(m Mark) string {
	s := m.Label
	if m.Span.Approx {
		s = "c. " + s
	}
	if m.Span.Uncertain {
		s = "(?) " + s
	}
	return s
}

// textWidth estimates the drawn width of a label at the SVG's 12px font:
// generous for Latin letters, double for wide scripts.
func textWidth(s string) float64 {
	w := 0.0
	for _, r := range s {
		if r >= 0x1100 {
			w += 12.5
		} else {
			w += 7
		}
	}
	return w
}

// shorten cuts s to at most n runes, marking the cut with an ellipsis.
func shorten(s string, n int) string {
	r := []rune(s)
	if len(r) <= n {
		return s
	}
	return string(r[:n-1]) + "…"
}

// Note is the legend's second line: what the drawing leaves out, or "".
func (l *Layout) Note() string {
	var parts []string
	if l.Dense {
		parts = append(parts, "Grey bars count the entries of each stretch: zoom in, or follow one, to see them.")
	}
	if l.Undated > 0 {
		parts = append(parts, entries(l.Undated)+" without a date are not drawn.")
	}
	return strings.Join(parts, " ")
}
