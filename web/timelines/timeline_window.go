package timelines

import (
	"context"
	"errors"
	"fmt"
	"net/http"
	"net/url"
	"strconv"
	"strings"

	"github.com/labstack/echo/v4"

	"github.com/factline/factline/models"
	"github.com/factline/factline/models/edtf"
	"github.com/factline/factline/models/storage"
	"github.com/factline/factline/views"
	"github.com/factline/factline/web/httpx"
	"github.com/factline/factline/web/ui"
)

// WindowSize is how many entries a window of a timeline's list holds. Windows
// are counted in entries, not periods: a timeline's years can hold none or a
// hundred thousand entries, and a count bounds each window's time and bytes
// whatever the spread. A window may end inside a month; the next continues it
// under the same heading.
const WindowSize = 100

// windowStart is where the requested window starts: after the entry of the
// after parameter (the next window, numbering its notes from note+1), at the
// year or place of at (the date rail, the earlier window), or at the entry of
// entry=claim-42 (an anchor), else at the timeline's start. A note has the
// same number in every window: a window that does not follow the page's last
// counts the notes before it.
type windowStart struct {
	from      models.EntryCursor
	notes     int
	continued bool          // appended by htmx to the window before: the same month goes on
	before    models.Period // the period of the entry before, which a continued window goes on in
}

// readWindowStart reads the window's start from the query string; a place that
// is not one answers 400, naming the parameter.
func (h *Handler) readWindowStart(c echo.Context, t *models.Timeline, flt models.TimelineFilter) (windowStart, error) {
	ctx, q := c.Request().Context(), c.QueryParams()
	var w windowStart
	bad := func(name string) error {
		return echo.NewHTTPError(http.StatusBadRequest, fmt.Sprintf("%s: %q is not a place in this timeline", name, q.Get(name)))
	}
	switch {
	case q.Has("after"):
		cur, ok := parseCursor(q.Get("after"))
		n, err := strconv.Atoi(q.Get("note"))
		if !ok || cur.EntryID == 0 {
			return w, bad("after")
		} else if err != nil || n < 0 {
			return w, bad("note")
		}
		w.from, w.notes = cur, n
		if w.continued = ui.IsFragment(c); w.continued {
			year, month, _ := edtf.KeyYearMonth(cur.Key)
			w.before = models.Period{Year: year, Month: month, Dated: cur.Key != "Z"}
		}
	case q.Has("at"):
		cur, ok := parseCursor(q.Get("at"))
		if !ok {
			return w, bad("at")
		}
		cur.Inclusive = true
		w.from = cur
		var err error
		if w.notes, err = h.Store.CountNotesBefore(ctx, t.ID, flt, cur); err != nil {
			return w, err
		}
	case q.Has("entry"):
		kind, id, _ := strings.Cut(q.Get("entry"), "-")
		n, err := strconv.ParseInt(id, 10, 64)
		ref := models.Ref{Kind: models.ItemKind(kind), ID: n}
		if err != nil || (ref.Kind != models.KindClaim && ref.Kind != models.KindEvent) {
			return w, bad("entry")
		}
		cur, err := h.Store.EntryPlace(ctx, t.ID, ref)
		if err != nil {
			return w, err // not on this timeline: 404
		}
		w.from = cur
		if w.notes, err = h.Store.CountNotesBefore(ctx, t.ID, flt, cur); err != nil {
			return w, err
		}
	}
	return w, nil
}

// parseCursor reads "key~end~id", or a key alone.
func parseCursor(s string) (models.EntryCursor, bool) {
	parts := strings.Split(s, "~")
	c := models.EntryCursor{Key: parts[0]}
	if c.Key == "" || len(parts) == 2 || len(parts) > 3 {
		return c, false
	}
	if len(parts) == 3 {
		id, err := strconv.ParseInt(parts[2], 10, 64)
		if err != nil {
			return c, false
		}
		c.End, c.EntryID = parts[1], id
	}
	return c, true
}

func formatCursor(c models.EntryCursor) string {
	return c.Key + "~" + c.End + "~" + strconv.FormatInt(c.EntryID, 10)
}

// windowedList fills v with the window of the list the request asks for: the
// whole timeline's counts, facets and date rail, and the window's entries,
// read and written one at a time as the page renders.
func (h *Handler) windowedList(c echo.Context, t *models.Timeline, flt models.TimelineFilter, eras []models.Era, v *views.TimelineView) error {
	ctx := c.Request().Context()
	start, err := h.readWindowStart(c, t, flt)
	if err != nil {
		return err
	}
	agg, err := h.timelineAggregates(ctx, t.ID, flt)
	if err != nil {
		return err
	}
	sum := agg.summary
	v.Facets = agg.facets
	v.Total, v.Shown, v.RatedClaims = sum.Total, sum.Shown, sum.RatedClaims
	base := windowBase(v.Path, v.Filter)
	w := &views.EntryWindow{Continued: start.continued}
	if !start.from.IsZero() && !start.continued {
		before := start.from
		if !before.Inclusive { // the window after an entry follows it: the earlier one ends with it
			before.EntryID++
		}
		earlier, any, err := h.Store.WindowBefore(ctx, t.ID, flt, before, WindowSize)
		if err != nil {
			return err
		}
		if any {
			w.Earlier = base
			if !earlier.IsZero() {
				w.Earlier = withParam(base, "at", formatCursor(earlier))
			}
		}
	}
	v.Window = w
	v.Rail = railStops(sum.Years, base, start.from.IsZero() && sum.Shown <= WindowSize)
	w.Each = func(yield func(views.WindowEntry) error) error {
		run := models.ContinueRun(start.notes, start.before, start.continued)
		n := 0
		var last models.EntryCursor
		return h.Store.As(httpx.Viewer(c)).ReadEntries(ctx, t.ID, storage.EntryRead{Filter: flt, From: start.from, Limit: WindowSize + 1}, func(e *models.StreamedEntry) error {
			if n++; n > WindowSize {
				w.Later = withParam(withParam(base, "after", formatCursor(last)), "note", strconv.Itoa(run.Notes()))
				return nil
			}
			last = models.CursorOf(e.TimelineItem)
			var we views.WindowEntry
			var notes []views.Note
			we.Entry, notes, we.Opens = pageEntry(h.Rich, eras, &run, e.TimelineItem)
			w.Notes = append(w.Notes, notes...)
			return yield(we)
		})
	}
	return nil
}

// windowBase is the address of the list with the filter of the request.
func windowBase(path string, f views.Form) string {
	q := url.Values{}
	for _, n := range filterFields {
		if v := f.Get(n); v != "" {
			q.Set(n, v)
		}
	}
	if len(q) == 0 {
		return path
	}
	return path + "?" + q.Encode()
}

func withParam(href, name, value string) string {
	sep := "?"
	if strings.Contains(href, "?") {
		sep = "&"
	}
	return href + sep + url.QueryEscape(name) + "=" + url.QueryEscape(value)
}

// railStops are the date rail's stops: the years, or decades, centuries… so
// that there are no more than maxStops, each linking to its window (or, when
// the whole list is on the page, to its year's heading).
func railStops(years []models.YearCount, base string, inPage bool) []views.RailStop {
	const maxStops = 40
	span := 1
	for distinctBuckets(years, span) > maxStops {
		span *= 10
	}
	var stops []views.RailStop
	lastBucket, lastDated := 0, false
	for _, y := range years {
		bucket := floorDiv(y.Year, span)
		if len(stops) > 0 && bucket == lastBucket && y.Dated == lastDated {
			stops[len(stops)-1].Entries += y.Entries
			if span > 1 {
				stops[len(stops)-1].Label = edtf.ShowYear(bucket*span) + "–" + edtf.ShowYear(y.Year)
			}
			continue
		}
		stop := views.RailStop{Label: "Undated", Entries: y.Entries, InPage: inPage}
		if y.Dated {
			stop.Label = edtf.ShowYear(y.Year)
		}
		switch {
		case inPage && y.Dated:
			stop.Href = "#y" + strconv.Itoa(y.Year)
		case inPage:
			stop.Href = "#undated"
		default:
			stop.Href = withParam(base, "at", y.Key)
		}
		stops = append(stops, stop)
		lastBucket, lastDated = bucket, y.Dated
	}
	return stops
}

func distinctBuckets(years []models.YearCount, span int) int {
	n := 0
	for i, y := range years {
		if i == 0 || floorDiv(y.Year, span) != floorDiv(years[i-1].Year, span) || y.Dated != years[i-1].Dated {
			n++
		}
	}
	return n
}

func floorDiv(a, b int) int {
	q := a / b
	if a%b != 0 && (a < 0) != (b < 0) {
		q--
	}
	return q
}

// timelineEntry reads one entry of a timeline as its page shows it, its notes
// numbered as on the unfiltered page; false when it is not on the timeline.
func (h *Handler) timelineEntry(c echo.Context, t *models.Timeline, entryID int64) (views.TimelineEntry, bool, error) {
	ctx := c.Request().Context()
	e, err := h.Store.GetEntryByID(ctx, t.ID, entryID)
	if errors.Is(err, storage.ErrNotFound) {
		return views.TimelineEntry{}, false, nil
	} else if err != nil {
		return views.TimelineEntry{}, false, err
	}
	cur, err := h.Store.EntryPlace(ctx, t.ID, models.Ref{Kind: e.ItemKind, ID: e.ItemID})
	if err != nil {
		return views.TimelineEntry{}, false, err
	}
	before, err := h.Store.CountNotesBefore(ctx, t.ID, models.TimelineFilter{}, cur)
	if err != nil {
		return views.TimelineEntry{}, false, err
	}
	var out views.TimelineEntry
	found := false
	err = h.Store.As(httpx.Viewer(c)).ReadEntries(ctx, t.ID, storage.EntryRead{From: cur, Limit: 1}, func(e *models.StreamedEntry) error {
		run := models.ContinueRun(before, models.Period{}, false)
		out, _, _ = pageEntry(h.Rich, nil, &run, e.TimelineItem)
		found = e.EntryID == entryID
		return nil
	})
	return out, found, err
}

// timelineAggregates is what a timeline page shows of the whole timeline,
// whatever its window: its counts by year for the filter, and its facets.
type timelineAggregates struct {
	summary models.TimelineSummary
	facets  models.Facets
}

// timelineAggregates reads a timeline's aggregates once a data version: its
// counts and facets, which triggers keep (a few rows whatever its length), and
// with a filter the entries that pass it by year, which take a pass over the
// whole timeline; later pages of the same version, and every window of it,
// take them from the cache.
func (h *Handler) timelineAggregates(ctx context.Context, timelineID int64, flt models.TimelineFilter) (timelineAggregates, error) {
	version, err := h.Store.DataVersion(ctx)
	if err != nil {
		return timelineAggregates{}, err
	}
	key := fmt.Sprintf("%d %d %q %q %q %q %s %s", timelineID, flt.ActorID, flt.Kind, flt.Tag, flt.Rating, flt.Lane, flt.From, flt.To)
	if agg, ok := h.aggregates.get(version, key); ok {
		return agg, nil
	}
	var agg timelineAggregates
	if agg.summary, agg.facets, err = h.Store.TimelineCounts(ctx, timelineID); err != nil {
		return agg, err
	}
	if flt.Active() { // what passes the filter is not counted ahead: count it
		if agg.summary, err = h.Store.SummarizeTimeline(ctx, timelineID, flt); err != nil {
			return agg, err
		}
	}
	h.aggregates.put(version, key, agg)
	return agg, nil
}
