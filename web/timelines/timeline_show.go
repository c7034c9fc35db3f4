package timelines

import (
	"fmt"
	"net/http"

	"github.com/labstack/echo/v4"

	"github.com/factline/factline/views"
	"github.com/factline/factline/web/httpx"
	"github.com/factline/factline/web/ui"
)

// TimelineShow serves /timelines/:slug: the entries in date order, grouped by
// year and month, filtered by the query string. htmx filter requests get the
// timeline body alone; the URL they push renders the full page.
func (h *Handler) TimelineShow(c echo.Context) error {
	v, err := h.timelinePageView(c)
	if err != nil {
		return err
	}
	if ui.WantsJSON(c) {
		body, err := timelineJSON(v)
		if err != nil {
			return err
		}
		return c.JSON(http.StatusOK, body)
	}
	if v.Window != nil && c.QueryParams().Has("after") && ui.IsFragment(c) {
		return h.Fragment(c, http.StatusOK, views.WindowFragment(v))
	}
	t := v.Timeline
	desc := t.Summary
	if desc == "" {
		desc = fmt.Sprintf("A sourced timeline of %d claims and events.", v.Total)
	}
	p := ui.WithJSON(h.Page(c, t.Title, desc, "timelines"))
	p.Skips = v.Skips()
	return h.RenderEither(c, http.StatusOK, views.Layout(p), views.TimelinePage(v), views.TimelineBody(v))
}

// timelinePageView loads the timeline named in the path and builds its view
// with the filter of the query string.
func (h *Handler) timelinePageView(c echo.Context) (views.TimelineView, error) {
	t, access, err := h.TimelineAccess(c)
	if err != nil {
		return views.TimelineView{}, err
	}
	v, err := h.filteredView(c, t, views.TimelinePath(h.ViewContext(c), t.Slug))
	if err != nil {
		return views.TimelineView{}, err
	}
	v.CanEdit, v.CanPublish, v.CanShare = access.Edit, access.Publish, access.Share
	if sc := ui.ShareScopeOf(c); sc != nil {
		v.ShowHistory = sc.Link.ShowHistory
	} else if httpx.CurrentUser(c) == nil {
		v.ShowHistory = t.HistoryPublic
	}
	v.AddEntry = ui.EmptyForm(c, fmt.Sprintf("/timelines/%s/entries", t.Slug), nil)
	if access.Edit {
		if v.Removed, err = h.removedEntry(c, t); err != nil {
			return views.TimelineView{}, err
		}
	}
	return v, nil
}

// timelineJSON is the JSON twin: the timeline and its (filtered) entries in
// order, those of the window the address asks for (at most WindowSize), with
// the next window's address ("later") when there is one.
func timelineJSON(v views.TimelineView) (map[string]any, error) {
	entries := []any{}
	add := func(e views.TimelineEntry) {
		entries = append(entries, map[string]any{
			"anchor": fmt.Sprintf("%s-%d", e.Kind, e.ItemID), "kind": e.Kind, "id": e.ItemID,
			"title": e.Title, "description": e.Description, "date": e.Date, "date_display": e.Date.Display(),
			"speaker_id": e.SpeakerID, "speaker": e.SpeakerName, "rating": e.Rating, "verbatim": e.Verbatim,
			"place": e.Place, "lane": e.Lane, "note": e.Note, "tags": e.Tags, "participants": e.Participants,
			"citations": e.Citations, "relations": e.Relations,
		})
	}
	out := map[string]any{"timeline": v.Timeline, "total": v.Total, "shown": v.Shown}
	if v.Window == nil {
		// The time-scaled view, which holds its window's entries (up to
		// timescale.MaxMarks), gives the list's first window of them, and
		// where the list goes on: an answer a visitor can ask for with any
		// query string is as bounded as a window.
	groups:
		for _, g := range v.Groups {
			for _, e := range g.Entries {
				if len(entries) == WindowSize {
					out["later"] = withParam(windowBase(v.Path, v.Filter), "entry", fmt.Sprintf("%s-%d", e.Kind, e.ItemID))
					break groups
				}
				add(e)
			}
		}
	} else {
		if err := v.Window.Each(func(we views.WindowEntry) error { add(we.Entry); return nil }); err != nil {
			return nil, err
		}
		if v.Window.Later != "" {
			out["later"] = v.Window.Later
		}
	}
	out["entries"] = entries
	return out, nil
}
