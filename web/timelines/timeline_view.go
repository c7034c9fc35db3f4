package timelines

import (
	"net/url"
	"strconv"
	"strings"
	"time"

	"github.com/labstack/echo/v4"

	"github.com/factline/factline/models"
	"github.com/factline/factline/models/edtf"
	"github.com/factline/factline/models/richtext"
	"github.com/factline/factline/views"
	"github.com/factline/factline/web/ui"
)

// filterFields are the query parameters of a timeline page's filter.
var filterFields = []string{"actor", "kind", "tag", "rating", "lane", "from", "to"}

// readTimelineFilter reads the filter from the query string; a bad date gets a
// message beside its field and filters nothing.
func readTimelineFilter(c echo.Context) (models.TimelineFilter, views.Form) {
	f := ui.EmptyForm(c, "", nil)
	for _, n := range filterFields {
		f.Values[n] = c.QueryParam(n)
	}
	var flt models.TimelineFilter
	if id, err := strconv.ParseInt(f.Get("actor"), 10, 64); err == nil {
		flt.ActorID = id
	}
	switch k := models.ItemKind(f.Get("kind")); k {
	case models.KindClaim, models.KindEvent:
		flt.Kind = k
	}
	if r := models.Rating(f.Get("rating")); r.Valid() {
		flt.Rating = r
	}
	flt.Tag, flt.Lane = f.Get("tag"), f.Get("lane")
	flt.From = models.ParseDate(f.Errors, "from", f.Get("from"))
	flt.To = models.ParseDate(f.Errors, "to", f.Get("to"))
	return flt, f
}

// filteredView builds a timeline's view, shown at path, with the filter of
// the request's query string: the window of the list the request asks for, or
// the window of the time-scaled view when the query asks for it (view=scale).
func (h *Handler) filteredView(c echo.Context, t *models.Timeline, path string) (views.TimelineView, error) {
	flt, f := readTimelineFilter(c)
	eras, err := t.LoadedEras()
	if err != nil {
		return views.TimelineView{}, err
	}
	v := views.TimelineView{Timeline: *t, Filter: f, Path: path}
	if c.QueryParam("view") == "scale" {
		if err := h.scaleWindow(c, t, flt, eras, &v); err != nil {
			return views.TimelineView{}, err
		}
	} else if err := h.windowedList(c, t, flt, eras, &v); err != nil {
		return views.TimelineView{}, err
	}
	for _, e := range eras {
		v.Eras = append(v.Eras, views.EraBand{Title: e.Title, Period: e.Period.Display()})
	}
	return v, nil
}

// timelineView groups the entries that pass the filter by year and month and
// numbers their citations as notes, in page order.
func timelineView(z *richtext.Sanitiser, eras []models.Era, lt *models.LoadedTimeline, items []models.TimelineItem) views.TimelineView {
	v := views.TimelineView{Timeline: lt.Timeline, Total: len(lt.Items), Shown: len(items), Facets: lt.Facets()}
	for _, it := range lt.Items {
		if it.Kind == models.KindClaim && it.Rating.Rated() {
			v.RatedClaims++
		}
	}
	groupEntries(z, eras, items, &v)
	return v
}

// groupEntries adds entries to v's groups by period and numbers their
// citations as notes, in page order (models.EntryRun).
func groupEntries(z *richtext.Sanitiser, eras []models.Era, items []models.TimelineItem, v *views.TimelineView) {
	var run models.EntryRun
	for _, it := range items {
		e, notes, opens := pageEntry(z, eras, &run, it)
		if opens != nil {
			v.Groups = append(v.Groups, *opens)
		}
		v.Notes = append(v.Notes, notes...)
		g := &v.Groups[len(v.Groups)-1]
		g.Entries = append(g.Entries, e)
	}
}

// pageEntry is the run's next entry as the page shows it, with its citations
// numbered as notes, and the group it opens (nil when it goes on in the
// group before).
func pageEntry(z *richtext.Sanitiser, eras []models.Era, run *models.EntryRun, it models.TimelineItem) (views.TimelineEntry, []views.Note, *views.TimelineGroup) {
	step := run.Next(it.Date, len(it.Citations))
	e := views.TimelineEntry{TimelineItem: it, Notes: step.Notes}
	showRich(z, &e)
	notes := make([]views.Note, len(step.Notes))
	for i, n := range step.Notes {
		notes[i] = views.Note{N: n, Entry: it.Ref(), Citation: it.Citations[i]}
	}
	if step.Opens == nil {
		return e, notes, nil
	}
	p := *step.Opens
	g := views.TimelineGroup{Year: p.Year, Month: p.Month, Dated: p.Dated, NewYear: step.NewYear, Label: monthLabel(p.Year, p.Month)}
	if p.Dated {
		g.YearLabel = edtf.ShowYear(p.Year)
	}
	g.Era = eraOf(eras, g)
	return e, notes, &g
}

// showRich prepares what an entry shows as HTML, sanitised here as it is shown
// (whatever the import did): a description written in HTML, the media's
// quotation, caption and credit; a media URL links only when it is a web address.
func showRich(z *richtext.Sanitiser, e *views.TimelineEntry) {
	if richtext.IsHTML(e.Description) {
		e.DescriptionHTML = z.Text(e.Description)
	}
	if strings.HasPrefix(strings.ToLower(e.MediaURL), "<blockquote") {
		e.MediaQuoteHTML = z.Quote(e.MediaURL)
	} else if u, err := url.Parse(e.MediaURL); err == nil && (u.Scheme == "http" || u.Scheme == "https") && u.Host != "" {
		e.MediaLink = e.MediaURL
	}
	e.MediaCaptionHTML, e.MediaCreditHTML = z.Text(e.MediaCaption), z.Text(e.MediaCredit)
}

// eraOf names the era a group's year falls in, the first when several do.
func eraOf(eras []models.Era, g views.TimelineGroup) string {
	if !g.Dated {
		return ""
	}
	for _, e := range eras {
		lo, _, _ := edtf.KeyYearMonth(e.Period.SortKey())
		hi, _, _ := edtf.KeyYearMonth(e.Period.EndKey())
		if g.Year >= lo && g.Year <= hi {
			return e.Title
		}
	}
	return ""
}

func monthLabel(year, month int) string {
	if month == 0 {
		return edtf.ShowYear(year)
	}
	return time.Month(month).String() + " " + edtf.ShowYear(year)
}
