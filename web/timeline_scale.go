package web

import (
	"fmt"
	"math"
	"net/url"
	"strconv"

	"github.com/labstack/echo/v4"

	"github.com/factline/factline/models"
	"github.com/factline/factline/models/formats"
	"github.com/factline/factline/views"
	"github.com/factline/factline/views/timescale"
)

// scaleWidth is the width of the page's drawing, in pixels; narrower screens scroll it.
const scaleWidth = 800

// minWindow is the narrowest window, in days: an hour.
const minWindow = 1.0 / 24

// scaleView lays a timeline view's entries out on a time scale, by the lanes
// the address names (by=lane|speaker|kind) and in its window (t0 and t1, in
// days since 1970-01-01; both left out: the whole timeline), over its eras.
func (s *Server) scaleView(c echo.Context, v views.TimelineView, items []models.TimelineItem, eras []models.Era) *views.ScaleView {
	ctx := s.viewContext(c)
	by := timescale.ParseBy(c.QueryParam("by"))
	sv := &views.ScaleView{By: by}
	var marks []timescale.Mark
	undated := 0
	for i := range items {
		it := &items[i]
		m, ok := timescale.MarkOf(it, by, views.ItemPath(ctx, it.Kind, it.ItemID), formats.EntryDetails(it))
		if !ok {
			undated++
			continue
		}
		marks = append(marks, m)
	}
	var periods []timescale.Period
	for _, e := range eras {
		if p, ok := timescale.PeriodOf(e.Title, e.Period); ok {
			periods = append(periods, p)
		}
	}
	t0, t1, problem := readWindow(c)
	sv.Problem = problem
	href := func(by timescale.By, t0, t1 float64) string { return scaleHref(v, by, t0, t1) }
	sv.Layout = timescale.Lay(marks, timescale.Options{Width: scaleWidth, T0: t0, T1: t1, MaxMarks: timescale.MaxMarks, Undated: undated, Periods: periods,
		ZoomHref: func(a, b float64) string { pad := (b - a) / 2; return href(by, a-pad, b+pad) }})
	sv.Here = href(by, t0, t1)
	w, whole := sv.Layout.Scale, sv.Layout.Whole
	span, mid := w.T1-w.T0, (w.T0+w.T1)/2
	if span/2 >= minWindow {
		sv.In = href(by, mid-span/4, mid+span/4)
	}
	if span < 8*(whole.T1-whole.T0) {
		sv.Out = href(by, mid-span, mid+span)
	}
	sv.Earlier, sv.Later = href(by, w.T0-span/2, w.T1-span/2), href(by, w.T0+span/2, w.T1+span/2)
	if t1 > t0 {
		sv.Whole = href(by, 0, 0)
	}
	for _, b := range []struct {
		by    timescale.By
		label string
	}{{timescale.ByLane, "lane"}, {timescale.BySpeaker, "speaker"}, {timescale.ByKind, "kind"}} {
		sv.ByHrefs = append(sv.ByHrefs, views.Choice{Label: b.label, Href: href(b.by, t0, t1), Current: b.by == by})
	}
	sv.Summary = fmt.Sprintf("%s on a time scale: %d entries in lanes by %s.", v.Timeline.Title, len(marks), by)
	return sv
}

// readWindow reads the window of the address; a window that is not a stretch
// of time gets a message and the whole timeline.
func readWindow(c echo.Context) (t0, t1 float64, problem string) {
	a, b := c.QueryParam("t0"), c.QueryParam("t1")
	if a == "" && b == "" {
		return 0, 0, ""
	}
	t0, err0 := strconv.ParseFloat(a, 64)
	t1, err1 := strconv.ParseFloat(b, 64)
	if err0 != nil || err1 != nil || math.IsInf(t0, 0) || math.IsInf(t1, 0) || math.IsNaN(t0) || math.IsNaN(t1) ||
		t1-t0 < minWindow {
		return 0, 0, fmt.Sprintf("The window t0=%q, t1=%q is not a stretch of time of at least an hour (days since 1 Jan 1970, t0 before t1); showing the whole timeline.", a, b)
	}
	return t0, t1, ""
}

// scaleHref is the address of the time-scaled view of v's filter, with lanes
// by by, showing t0 to t1 (the whole timeline when both are zero).
func scaleHref(v views.TimelineView, by timescale.By, t0, t1 float64) string {
	q := url.Values{}
	for k, val := range v.Filter.Values {
		if val != "" {
			q.Set(k, val)
		}
	}
	q.Set("view", "scale")
	if by != timescale.ByLane {
		q.Set("by", string(by))
	}
	if t1 > t0 {
		q.Set("t0", strconv.FormatFloat(t0, 'f', 4, 64))
		q.Set("t1", strconv.FormatFloat(t1, 'f', 4, 64))
	}
	return v.Path + "?" + q.Encode()
}
