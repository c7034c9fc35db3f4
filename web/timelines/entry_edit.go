package timelines

import (
	"errors"
	"fmt"
	"net/http"
	"strconv"

	"github.com/labstack/echo/v4"

	"github.com/factline/factline/models"
	"github.com/factline/factline/views"
	"github.com/factline/factline/web/httpx"
	"github.com/factline/factline/web/ui"
)

// EntryShow answers GET /timelines/:slug/entries/:entry: htmx gets the entry
// alone (after an edit is cancelled), a browser goes to its place on the page.
func (h *Handler) EntryShow(c echo.Context) error {
	id, err := httpx.PathID(c, "entry")
	if err != nil {
		return err
	}
	v, err := h.timelinePageView(c)
	if err != nil {
		return err
	}
	e, ok, err := h.timelineEntry(c, &v.Timeline, id)
	if err != nil {
		return err
	}
	if !ok {
		return echo.NewHTTPError(http.StatusNotFound)
	}
	if !ui.IsHTMX(c) {
		return c.Redirect(http.StatusSeeOther, fmt.Sprintf("/timelines/%s#%s-%d", v.Timeline.Slug, e.Kind, e.ItemID))
	}
	return h.Fragment(c, http.StatusOK, views.EntryArticle(v.Timeline.Slug, e, v.AddEntry.CSRF, v.CanEdit))
}

// EntryEdit serves the form for an entry's lane and note (GET
// /timelines/:slug/entries/:entry/edit): in place for htmx, a page otherwise.
func (h *Handler) EntryEdit(c echo.Context) error {
	t, err := httpx.EditableTimeline(c, h.Store)
	if err != nil {
		return err
	}
	id, err := httpx.PathID(c, "entry")
	if err != nil {
		return err
	}
	e, err := h.Store.GetEntryByID(c.Request().Context(), t.ID, id)
	if err != nil {
		return err
	}
	return h.renderEntryEdit(c, http.StatusOK, t, e, ui.EmptyForm(c, "", entryValues(e)))
}

// EntryUpdate saves an entry's lane and note (POST /timelines/:slug/entries/:entry),
// answering htmx with the entry and the filters (a new lane); a refusal keeps
// what was typed.
func (h *Handler) EntryUpdate(c echo.Context) error {
	ctx := c.Request().Context()
	t, err := httpx.EditableTimeline(c, h.Store)
	if err != nil {
		return err
	}
	id, err := httpx.PathID(c, "entry")
	if err != nil {
		return err
	}
	e, err := h.Store.GetEntryByID(ctx, t.ID, id)
	if err != nil {
		return err
	}
	f := ui.ReadForm(c, "", "lane", "note", "version")
	err = h.Store.UpdateEntry(ctx, t.ID, id, f.Get("lane"), f.Get("note"), ui.AtoiOrZero(f.Get("version")))
	if errors.Is(err, models.ErrConflict) {
		cur, err := h.Store.GetEntryByID(ctx, t.ID, id)
		if err != nil {
			return err
		}
		return h.renderEntryEdit(c, http.StatusConflict, t, e, ui.WithTheirs(f, entryValues(cur)))
	}
	if err != nil {
		if !ui.FieldErrors(f, err) {
			return err
		}
		return h.renderEntryEdit(c, http.StatusUnprocessableEntity, t, e, f)
	}
	if !ui.IsHTMX(c) {
		return ui.RedirectAfterPost(c, fmt.Sprintf("/timelines/%s#%s-%d", t.Slug, e.ItemKind, e.ItemID))
	}
	v, err := h.timelinePageView(c)
	if err != nil {
		return err
	}
	shown, ok, err := h.timelineEntry(c, &v.Timeline, id)
	if err != nil {
		return err
	}
	if !ok {
		return echo.NewHTTPError(http.StatusNotFound)
	}
	return h.Fragment(c, http.StatusOK, views.EntryWithFilters(v, shown))
}

// entryValues are a stored entry's form values.
func entryValues(e *models.Entry) map[string]string {
	return map[string]string{"lane": e.Lane, "note": e.Note, "version": strconv.Itoa(e.Version)}
}

func (h *Handler) renderEntryEdit(c echo.Context, status int, t *models.Timeline, e *models.Entry, f views.Form) error {
	title, err := h.ItemLabel(c, string(e.ItemKind), e.ItemID)
	if err != nil {
		return err
	}
	v := views.EntryEdit{Slug: t.Slug, EntryID: e.ID, Anchor: fmt.Sprintf("%s-%d", e.ItemKind, e.ItemID), Title: title, Form: f}
	if ui.IsHTMX(c) {
		return h.Fragment(c, status, views.EntryEditForm(v, true))
	}
	return h.Render(c, status, h.Page(c, "Lane and note of "+views.Shorten(title, 60), "", "timelines"), views.EntryEditPage(v))
}
