package items

import (
	"fmt"
	"net/http"

	"github.com/labstack/echo/v4"

	"github.com/factline/factline/models"
	"github.com/factline/factline/models/richtext"
	"github.com/factline/factline/views"
	"github.com/factline/factline/web/httpx"
	"github.com/factline/factline/web/ui"
)

// EventShow serves /events/:id with its participants, citations, relations and timelines.
func (h *Handler) EventShow(c echo.Context) error {
	id, err := httpx.PathID(c, "id")
	if err != nil {
		return err
	}
	v, err := h.eventView(c, id, ui.EmptyForm(c, fmt.Sprintf("/events/%d/participants", id), nil))
	if err != nil {
		return err
	}
	if ui.WantsJSON(c) {
		return c.JSON(http.StatusOK, map[string]any{"event": v.Event, "citations": v.Citations.Citations,
			"relations": v.Relations.Relations, "timelines": v.Timelines,
			"participants_next": v.ParticipantsPager.Next, "citations_next": v.Citations.Pager.Next,
			"relations_next": v.Relations.Pager.Next, "timelines_next": v.TimelinesPager.Next})
	}
	p := ui.WithJSON(h.Page(c, views.Shorten(v.Event.Title, 90), describeEvent(&v.Event), "events"))
	return h.Render(c, http.StatusOK, p, views.EventShowPage(v))
}

// eventView builds an event's page around the participant form pf, a page of
// each of its lists (?participants=, ?citations=, ?relations=, ?timelines=).
func (h *Handler) eventView(c echo.Context, id int64, pf views.Form) (views.EventShow, error) {
	ctx := c.Request().Context()
	v := views.EventShow{ParticipantForm: pf}
	ref := models.Ref{Kind: models.KindEvent, ID: id}
	if it, _, ok, err := h.frozenItem(c, ref); ok {
		if err != nil {
			return v, err
		}
		v.Event = frozenEvent(it)
		v.Event.Participants, v.ParticipantsPager = ui.ListPageOfAll(c, "participants", v.Event.Participants)
		if richtext.IsHTML(v.Event.Description) {
			v.DescriptionHTML = h.Rich.Text(v.Event.Description)
		}
		v.Citations, v.Relations = views.CitationSection{Item: ref}, views.RelationSection{Item: ref}
		v.Citations.Citations, v.Citations.Pager = ui.ListPageOfAll(c, "citations", it.Citations)
		v.Relations.Relations, v.Relations.Pager = ui.ListPageOfAll(c, "relations", it.Relations)
		v.Timelines = []models.Timeline{*ui.ShareScopeOf(c).Timeline}
		return v, nil
	}
	page, offset := ui.ListPage(c, "participants")
	e, err := h.Store.As(httpx.Viewer(c)).EventHead(ctx, id, ui.ListPageSize+1, offset)
	if err != nil {
		return v, err
	}
	// A participant added or removed answers with the event's page's first page.
	path := fmt.Sprintf("/events/%d", id)
	if c.Request().Method == http.MethodGet {
		path = c.Request().URL.Path
	}
	v.Event = *e
	v.Event.Participants, v.ParticipantsPager = ui.ListPageAt(c, path, "participants", page, e.Participants)
	if richtext.IsHTML(e.Description) {
		v.DescriptionHTML = h.Rich.Text(e.Description)
	}
	if v.Citations, err = h.citationSection(c, ref, path, ui.EmptyForm(c, fmt.Sprintf("/events/%d/citations", id), nil)); err != nil {
		return v, err
	}
	if v.Relations, err = h.relationSection(c, ref, path, ui.EmptyForm(c, fmt.Sprintf("/events/%d/relations", id), nil)); err != nil {
		return v, err
	}
	if v.Timelines, v.TimelinesPager, v.Choices, err = h.timelinesOf(c, ref, path); err != nil {
		return v, err
	}
	v.AddTo = ui.EmptyForm(c, "/timelines/entries", map[string]string{"item": fmt.Sprintf("event-%d", id)})
	return v, nil
}

func describeEvent(e *models.Event) string {
	d := "An event"
	if !e.Occurred.IsZero() {
		d += ", " + e.Occurred.Display()
	}
	if e.Place != "" {
		d += ", in " + e.Place
	}
	return d + "."
}
