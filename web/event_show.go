package web

import (
	"fmt"
	"net/http"

	"github.com/labstack/echo/v4"

	"github.com/factline/factline/models"
	"github.com/factline/factline/models/richtext"
	"github.com/factline/factline/views"
)

// eventShow serves /events/:id with its participants, citations, relations and timelines.
func (s *Server) eventShow(c echo.Context) error {
	id, err := pathID(c, "id")
	if err != nil {
		return err
	}
	if err := s.canReadItem(c, models.KindEvent, id); err != nil {
		return err
	}
	v, err := s.eventView(c, id, emptyForm(c, fmt.Sprintf("/events/%d/participants", id), nil))
	if err != nil {
		return err
	}
	if wantsJSON(c) {
		return c.JSON(http.StatusOK, map[string]any{"event": v.Event, "citations": v.Citations.Citations,
			"relations": v.Relations.Relations, "timelines": v.Timelines})
	}
	p := withJSON(s.page(c, views.Shorten(v.Event.Title, 90), describeEvent(&v.Event), "events"))
	return s.render(c, http.StatusOK, p, views.EventShowPage(v))
}

// eventView builds an event's page around the participant form pf.
func (s *Server) eventView(c echo.Context, id int64, pf views.Form) (views.EventShow, error) {
	ctx := c.Request().Context()
	v := views.EventShow{ParticipantForm: pf}
	ref := models.Ref{Kind: models.KindEvent, ID: id}
	if it, _, ok, err := s.frozenItem(c, ref); ok {
		if err != nil {
			return v, err
		}
		v.Event = frozenEvent(it)
		if richtext.IsHTML(v.Event.Description) {
			v.DescriptionHTML = s.rich.Text(v.Event.Description)
		}
		v.Citations = views.CitationSection{Item: ref, Citations: it.Citations}
		v.Relations = views.RelationSection{Item: ref, Relations: it.Relations}
		v.Timelines = []models.Timeline{*shareScopeOf(c).Timeline}
		return v, nil
	}
	e, err := s.store.GetEvent(ctx, id)
	if err != nil {
		return v, err
	}
	v.Event = *e
	if richtext.IsHTML(e.Description) {
		v.DescriptionHTML = s.rich.Text(e.Description)
	}
	if v.Citations, err = s.citationSection(ctx, ref, emptyForm(c, fmt.Sprintf("/events/%d/citations", id), nil)); err != nil {
		return v, err
	}
	if v.Relations, err = s.relationSection(ctx, ref, emptyForm(c, fmt.Sprintf("/events/%d/relations", id), nil)); err != nil {
		return v, err
	}
	if v.Timelines, v.Choices, err = s.timelinesOf(ctx, ref); err != nil {
		return v, err
	}
	v.AddTo = emptyForm(c, "/timelines/entries", map[string]string{"item": fmt.Sprintf("event-%d", id)})
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
