package timelines

import (
	"errors"
	"fmt"
	"net/http"

	"github.com/labstack/echo/v4"

	"github.com/factline/factline/models"
	"github.com/factline/factline/views"
	"github.com/factline/factline/web/httpx"
	"github.com/factline/factline/web/ui"
)

// EntryCreate adds a claim or event to a timeline inline (POST
// /timelines/:slug/entries) and answers with the timeline body.
func (h *Handler) EntryCreate(c echo.Context) error {
	ctx := c.Request().Context()
	t, err := httpx.EditableTimeline(c, h.Store)
	if err != nil {
		return err
	}
	f := ui.ReadForm(c, fmt.Sprintf("/timelines/%s/entries", t.Slug), "item", "lane", "note")
	status := http.StatusOK
	ref, ok := ui.ParseRef(f.Get("item"))
	if !ok {
		f.Errors.Add("item", "Pick a claim or event from the suggestions (its value starts with \"claim\" or \"event\" and a number).")
	} else if err := h.Store.AddEntry(ctx, &models.Entry{TimelineID: t.ID, ItemKind: ref.Kind, ItemID: ref.ID,
		Lane: f.Get("lane"), Note: f.Get("note")}); errors.Is(err, models.ErrEntryExists) {
		f.Errors.Add("item", alreadyOnTimeline(ref.Kind))
	} else if err != nil && !ui.FieldErrors(f, err) {
		return err
	}
	if f.HasErrors() {
		status = http.StatusUnprocessableEntity
	} else if !ui.IsHTMX(c) {
		return ui.RedirectAfterPost(c, fmt.Sprintf("/timelines/%s#%s-%d", t.Slug, ref.Kind, ref.ID))
	} else {
		f = ui.EmptyForm(c, f.Action, nil)
	}
	return h.renderTimelineBody(c, status, f)
}

// EntryCreateFromItem adds an item to a timeline chosen on the item's page
// (POST /timelines/entries with the fields item and timeline).
func (h *Handler) EntryCreateFromItem(c echo.Context) error {
	ctx := c.Request().Context()
	ref, ok := ui.ParseRef(c.FormValue("item"))
	if !ok {
		return echo.NewHTTPError(http.StatusBadRequest, "no claim or event named")
	}
	t, access, err := httpx.TimelineAccess(c, h.Store, c.FormValue("timeline"))
	if err != nil {
		return err
	}
	if !access.Edit {
		return httpx.ErrForbidden
	}
	err = h.Store.AddEntry(ctx, &models.Entry{TimelineID: t.ID, ItemKind: ref.Kind, ItemID: ref.ID, Lane: c.FormValue("lane")})
	if errors.Is(err, models.ErrEntryExists) {
		return echo.NewHTTPError(http.StatusConflict, alreadyOnTimeline(ref.Kind))
	}
	if err != nil {
		return err
	}
	return ui.RedirectAfterPost(c, fmt.Sprintf("/timelines/%s#%s-%d", t.Slug, ref.Kind, ref.ID))
}

// alreadyOnTimeline refuses to add an item a second time, which would replace
// its entry's lane and note unseen.
func alreadyOnTimeline(kind models.ItemKind) string {
	return fmt.Sprintf("This %s is on the timeline already; change its lane and note with its “Edit lane and note”.", kind)
}

// renderTimelineBody answers an inline change with the timeline's body (the full
// page for a refused plain form), keeping the add form as typed.
func (h *Handler) renderTimelineBody(c echo.Context, status int, add views.Form) error {
	v, err := h.timelinePageView(c)
	if err != nil {
		return err
	}
	v.AddEntry = add
	if !ui.IsHTMX(c) {
		p := h.Page(c, v.Timeline.Title, "", "timelines")
		p.Skips = v.Skips()
		return h.Render(c, status, p, views.TimelinePage(v))
	}
	return h.Fragment(c, status, views.TimelineBodyWithFilters(v))
}
