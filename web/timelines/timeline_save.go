package timelines

import (
	"errors"
	"net/http"
	"strconv"

	"github.com/labstack/echo/v4"

	"github.com/factline/factline/models"
	"github.com/factline/factline/views"
	"github.com/factline/factline/web/httpx"
	"github.com/factline/factline/web/ui"
)

var timelineFields = []string{"title", "slug", "summary", "visibility", "history_public", "version"}

// timelineValues are a stored timeline's form values.
func timelineValues(t *models.Timeline) map[string]string {
	return map[string]string{"title": t.Title, "slug": t.Slug, "summary": t.Summary,
		"visibility": t.Visibility, "history_public": map[bool]string{true: "1"}[t.HistoryPublic], "version": strconv.Itoa(t.Version)}
}

// TimelineNew serves the empty timeline form.
func (h *Handler) TimelineNew(c echo.Context) error {
	f := ui.EmptyForm(c, "/timelines", map[string]string{"visibility": "private"})
	return h.Render(c, http.StatusOK, h.Page(c, "New timeline", "", "timelines"), views.TimelineFormPage(f, false, true))
}

// TimelineEdit serves the form for an existing timeline.
func (h *Handler) TimelineEdit(c echo.Context) error {
	t, a, err := h.TimelineAccess(c)
	if err != nil {
		return err
	}
	if !a.Edit {
		return httpx.ErrForbidden
	}
	f := ui.EmptyForm(c, "/timelines/"+t.Slug, timelineValues(t))
	return h.Render(c, http.StatusOK, h.Page(c, "Edit "+t.Title, "", "timelines"), views.TimelineFormPage(f, true, a.Visibility))
}

// TimelineSave creates (POST /timelines) or updates (POST /timelines/:slug) a timeline.
func (h *Handler) TimelineSave(c echo.Context) error {
	ctx := c.Request().Context()
	t := &models.Timeline{OwnerID: &httpx.CurrentUser(c).ID}
	action, mayChangeVisibility := "/timelines", true
	if slug := c.Param("slug"); slug != "" {
		old, a, err := h.TimelineAccess(c)
		if err != nil {
			return err
		}
		if !a.Edit {
			return httpx.ErrForbidden
		}
		t, action, mayChangeVisibility = old, "/timelines/"+slug, a.Visibility
	}
	f := ui.ReadForm(c, action, timelineFields...)
	t.Title, t.Slug, t.Summary, t.Visibility = f.Get("title"), f.Get("slug"), f.Get("summary"), f.Get("visibility")
	if mayChangeVisibility { // the others' form has no such box: theirs keeps it as it is
		t.HistoryPublic = f.Get("history_public") != ""
	}
	t.Version = ui.AtoiOrZero(f.Get("version"))
	if t.ID != 0 && t.Version < 1 {
		// A form without the version it was read at would overwrite unseen
		// whatever was saved since (the Store skips the check for version 0).
		f.Errors.Add("version", "This form lacks the version of the timeline it was read at: reload the edit page and make your change again.")
		return h.RenderForm(c, h.Page(c, "Timeline", "", "timelines"), views.TimelineFormPage(f, true, mayChangeVisibility),
			views.TimelineForm(f, mayChangeVisibility))
	}
	err := h.Store.SaveTimeline(ctx, t)
	if errors.Is(err, models.ErrConflict) {
		cur, _, err := h.Store.As(httpx.Viewer(c)).Timeline(ctx, c.Param("slug"))
		if err != nil {
			return err
		}
		f = ui.WithTheirs(f, timelineValues(cur))
		return h.RenderConflict(c, h.Page(c, "Timeline", "", "timelines"), views.TimelineFormPage(f, true, mayChangeVisibility),
			views.TimelineForm(f, mayChangeVisibility))
	}
	if err != nil {
		if ui.FieldErrors(f, err) {
			return h.RenderForm(c, h.Page(c, "Timeline", "", "timelines"), views.TimelineFormPage(f, t.ID != 0, mayChangeVisibility),
				views.TimelineForm(f, mayChangeVisibility))
		}
		return err
	}
	return ui.RedirectAfterPost(c, "/timelines/"+t.Slug)
}
