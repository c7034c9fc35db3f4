package web

import (
	"errors"
	"fmt"
	"net/http"

	"github.com/labstack/echo/v4"

	"github.com/factline/factline/models"
	"github.com/factline/factline/views"
	"github.com/factline/factline/web/httpx"
)

// entryCreate adds a claim or event to a timeline inline (POST
// /timelines/:slug/entries) and answers with the timeline body.
func (s *Server) entryCreate(c echo.Context) error {
	ctx := c.Request().Context()
	t, err := httpx.EditableTimeline(c, s.store)
	if err != nil {
		return err
	}
	f := readForm(c, fmt.Sprintf("/timelines/%s/entries", t.Slug), "item", "lane", "note")
	status := http.StatusOK
	ref, ok := parseRef(f.Get("item"))
	if !ok {
		f.Errors.Add("item", "Pick a claim or event from the suggestions (its value starts with \"claim\" or \"event\" and a number).")
	} else if err := s.store.AddEntry(ctx, &models.Entry{TimelineID: t.ID, ItemKind: ref.Kind, ItemID: ref.ID,
		Lane: f.Get("lane"), Note: f.Get("note")}); errors.Is(err, models.ErrEntryExists) {
		f.Errors.Add("item", alreadyOnTimeline(ref.Kind))
	} else if err != nil && !fieldErrors(f, err) {
		return err
	}
	if f.HasErrors() {
		status = http.StatusUnprocessableEntity
	} else if !isHTMX(c) {
		return redirectAfterPost(c, fmt.Sprintf("/timelines/%s#%s-%d", t.Slug, ref.Kind, ref.ID))
	} else {
		f = emptyForm(c, f.Action, nil)
	}
	return s.renderTimelineBody(c, status, f)
}

// entryCreateFromItem adds an item to a timeline chosen on the item's page
// (POST /timelines/entries with the fields item and timeline).
func (s *Server) entryCreateFromItem(c echo.Context) error {
	ctx := c.Request().Context()
	ref, ok := parseRef(c.FormValue("item"))
	if !ok {
		return echo.NewHTTPError(http.StatusBadRequest, "no claim or event named")
	}
	t, access, err := httpx.TimelineAccess(c, s.store, c.FormValue("timeline"))
	if err != nil {
		return err
	}
	if !access.Edit {
		return httpx.ErrForbidden
	}
	err = s.store.AddEntry(ctx, &models.Entry{TimelineID: t.ID, ItemKind: ref.Kind, ItemID: ref.ID, Lane: c.FormValue("lane")})
	if errors.Is(err, models.ErrEntryExists) {
		return echo.NewHTTPError(http.StatusConflict, alreadyOnTimeline(ref.Kind))
	}
	if err != nil {
		return err
	}
	return redirectAfterPost(c, fmt.Sprintf("/timelines/%s#%s-%d", t.Slug, ref.Kind, ref.ID))
}

// alreadyOnTimeline refuses to add an item a second time, which would replace
// its entry's lane and note unseen.
func alreadyOnTimeline(kind models.ItemKind) string {
	return fmt.Sprintf("This %s is on the timeline already; change its lane and note with its “Edit lane and note”.", kind)
}

// renderTimelineBody answers an inline change with the timeline's body (the full
// page for a refused plain form), keeping the add form as typed.
func (s *Server) renderTimelineBody(c echo.Context, status int, add views.Form) error {
	v, err := s.timelinePageView(c)
	if err != nil {
		return err
	}
	v.AddEntry = add
	if !isHTMX(c) {
		return s.render(c, status, s.page(c, v.Timeline.Title, "", "timelines"), views.TimelinePage(v))
	}
	return s.fragment(c, status, views.TimelineBodyWithFilters(v))
}
