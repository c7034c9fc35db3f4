package timelines

import (
	"context"
	"fmt"
	"math"
	"net/url"
	"strconv"

	"github.com/labstack/echo/v4"

	"github.com/factline/factline/models"
	"github.com/factline/factline/models/formats/exporters"
	"github.com/factline/factline/models/storage"
	"github.com/factline/factline/models/timescale"
	"github.com/factline/factline/views"
	"github.com/factline/factline/web/httpx"
)

// scaleWidth is the width of the page's drawing, in pixels; narrower screens
// scroll it. It is the drawing's least width in timeline.css (.ts-stack), so
// that no label is drawn smaller than its 12 px, and a little less than the
// ~796 px the page's column gives it on a desktop, which scrolls nothing.
const scaleWidth = 780

// minWindow is the narrowest window, in days: an hour.
const minWindow = 1.0 / 24

// scaleRowsKept and scaleCountsKept are how many readings of timelines'
// counts the time scale keeps at once: rows by day, kind, lane and speaker for
// an actor, tag and rating filtered on (about 120 bytes a row: 12 MB for
// 100,000 entries on as many days), and what a filter and a grouping make of
// them (about 40 bytes a row).
const (
	scaleRowsKept   = 2
	scaleCountsKept = 8
)

// scaleCounts are a timeline's entries that pass a filter counted by lane (of
// a grouping) and days, and those without a date: what the time scale draws
// its extent, lanes, overview and density from, however long the timeline.
type scaleCounts struct {
	counts  []timescale.Count
	undated int
}

// scaleWindow fills v with the time-scaled view of the window the address
// asks for (scaleView): the whole timeline's counts and facets, which triggers
// keep, and its entries counted by day and lane (timelineScaleCounts, once a
// data version); of the entries, only those the window draws one by one are
// read — none when it holds more than timescale.MaxMarks, which it draws as
// density. v's groups hold the entries drawn, for the JSON twin.
func (h *Handler) scaleWindow(c echo.Context, t *models.Timeline, flt models.TimelineFilter, eras []models.Era, v *views.TimelineView) error {
	ctx := c.Request().Context()
	agg, err := h.timelineAggregates(ctx, t.ID, flt)
	if err != nil {
		return err
	}
	v.Facets = agg.facets
	v.Total, v.Shown, v.RatedClaims = agg.summary.Total, agg.summary.Shown, agg.summary.RatedClaims
	by := timescale.ParseBy(c.QueryParam("by"))
	sc, err := h.timelineScaleCounts(ctx, t.ID, flt, by)
	if err != nil {
		return err
	}
	t0, t1, problem := readWindow(c)
	w0, w1 := t0, t1
	if t1 <= t0 {
		w0, w1 = timescale.Extent(sc.counts)
	}
	var items []models.TimelineItem
	if timescale.InWindow(sc.counts, w0, w1) <= timescale.MaxMarks {
		days := [2]string{timescale.KeyOf(w0), timescale.KeyOf(w1)}
		err := h.Store.As(httpx.Viewer(c)).ReadEntries(ctx, t.ID, storage.EntryRead{Filter: flt, Days: &days, Limit: timescale.MaxMarks},
			func(e *models.StreamedEntry) error { items = append(items, e.TimelineItem); return nil })
		if err != nil {
			return err
		}
	}
	groupEntries(h.Rich, eras, items, v)
	v.Scale = h.scaleView(c, *v, items, sc, eras, t0, t1, problem)
	return nil
}

// timelineScaleCounts is a timeline's entries that pass the filter counted by
// the lanes of by and days, once a data version, filter and grouping; made
// from its rows for the actor, tag and rating of the filter
// (timelineScaleRows), which other kinds, lanes, dates and groupings share.
func (h *Handler) timelineScaleCounts(ctx context.Context, timelineID int64, flt models.TimelineFilter, by timescale.By) (scaleCounts, error) {
	version, err := h.Store.DataVersion(ctx)
	if err != nil {
		return scaleCounts{}, err
	}
	key := fmt.Sprintf("%d %s %d %q %q %q %q %s %s", timelineID, by, flt.ActorID, flt.Kind, flt.Tag, flt.Rating, flt.Lane, flt.From, flt.To)
	if sc, ok := h.scaleCounts.get(version, key); ok {
		return sc, nil
	}
	rows, err := h.timelineScaleRows(ctx, version, timelineID, flt.CountedFilter())
	if err != nil {
		return scaleCounts{}, err
	}
	var sc scaleCounts
	for i := range rows {
		if !rows[i].Passes(flt) {
			continue
		}
		if c, ok := timescale.CountOf(&rows[i], by); ok {
			sc.counts = append(sc.counts, c)
		} else {
			sc.undated += rows[i].Entries
		}
	}
	h.scaleCounts.put(version, key, sc)
	return sc, nil
}

// timelineScaleRows reads a timeline's entries that pass a filter (its
// CountedFilter part) counted by day, kind, lane and speaker, once a data
// version (read at version).
func (h *Handler) timelineScaleRows(ctx context.Context, version, timelineID int64, flt models.TimelineFilter) ([]models.ScaleCount, error) {
	key := fmt.Sprintf("%d %d %q %q", timelineID, flt.ActorID, flt.Tag, flt.Rating)
	if rows, ok := h.scaleRows.get(version, key); ok {
		return rows, nil
	}
	var rows []models.ScaleCount
	names := map[string]string{} // one copy of each kind's, lane's and speaker's name
	intern := func(s string) string {
		if n, ok := names[s]; ok {
			return n
		}
		names[s] = s
		return s
	}
	err := h.Store.EachScaleCount(ctx, timelineID, flt, func(row *models.ScaleCount) error {
		row.Kind, row.Lane, row.SpeakerName = models.ItemKind(intern(string(row.Kind))), intern(row.Lane), intern(row.SpeakerName)
		rows = append(rows, *row)
		return nil
	})
	if err != nil {
		return nil, err
	}
	h.scaleRows.put(version, key, rows)
	return rows, nil
}

// scaleView lays a timeline view's window out on a time scale, by the lanes
// the address names (by=lane|speaker|kind) and in its window (t0 and t1, in
// days since 1970-01-01; both zero: the whole timeline), over its eras: the
// counts give the extent, the lanes and the density, items (the window's
// entries, when it draws them one by one) the marks.
func (h *Handler) scaleView(c echo.Context, v views.TimelineView, items []models.TimelineItem, sc scaleCounts, eras []models.Era,
	t0, t1 float64, problem string) *views.ScaleView {
	ctx := h.ViewContext(c)
	by := timescale.ParseBy(c.QueryParam("by"))
	sv := &views.ScaleView{By: by, Problem: problem}
	var marks []timescale.Mark
	for i := range items {
		it := &items[i]
		if m, ok := timescale.MarkOf(it, by, views.ItemPath(ctx, it.Kind, it.ItemID), exporters.EntryDetails(it)); ok {
			marks = append(marks, m)
		}
	}
	var periods []timescale.Period
	for _, e := range eras {
		if p, ok := timescale.PeriodOf(e.Title, e.Period); ok {
			periods = append(periods, p)
		}
	}
	href := func(by timescale.By, t0, t1 float64) string { return scaleHref(v, by, t0, t1) }
	sv.Layout = timescale.LayCounts(sc.counts, marks, timescale.Options{Width: scaleWidth, T0: t0, T1: t1, MaxMarks: timescale.MaxMarks,
		Undated: sc.undated, Periods: periods,
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
	sv.Summary = fmt.Sprintf("%s on a time scale: %d entries in lanes by %s.", v.Timeline.Title, sv.Layout.Total, by)
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
