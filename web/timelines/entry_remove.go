package timelines

import (
	"errors"
	"fmt"
	"net/http"
	"strconv"

	"github.com/labstack/echo/v4"

	"github.com/factline/factline/models"
	"github.com/factline/factline/models/history"
	"github.com/factline/factline/models/storage"
	"github.com/factline/factline/views"
	"github.com/factline/factline/web/httpx"
	"github.com/factline/factline/web/ui"
)

// EntryDelete takes an entry off a timeline (POST /timelines/:slug/entries/:entry/delete);
// htmx gets the entry's place back with an undo button, a plain form the
// timeline with the undo above it (?removed=).
func (h *Handler) EntryDelete(c echo.Context) error {
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
	rev, err := h.Store.RemoveEntry(ctx, t.ID, id)
	if err != nil {
		return err
	}
	if !ui.IsHTMX(c) {
		return ui.RedirectAfterPost(c, fmt.Sprintf("/timelines/%s?removed=%d", t.Slug, rev))
	}
	title, err := h.ItemLabel(c, string(e.ItemKind), e.ItemID)
	if err != nil {
		return err
	}
	anchor := fmt.Sprintf("%s-%d", e.ItemKind, e.ItemID)
	return h.Fragment(c, http.StatusOK, views.EntryRemoved(t.Slug, anchor, title, rev, ui.CSRFToken(c)))
}

// EntryRestore puts back an entry removed from this timeline (POST
// /timelines/:slug/entries/restore with the removal's revision), with its
// lane, note and place.
func (h *Handler) EntryRestore(c echo.Context) error {
	ctx := c.Request().Context()
	t, err := httpx.EditableTimeline(c, h.Store)
	if err != nil {
		return err
	}
	revID, err := strconv.ParseInt(c.FormValue("revision"), 10, 64)
	if err != nil {
		return echo.NewHTTPError(http.StatusBadRequest, "no removal named")
	}
	r, err := history.Of(h.Store).GetRevision(ctx, revID)
	if err != nil {
		return err
	}
	if r.Entity != "timeline" || r.EntityID != t.ID {
		return echo.NewHTTPError(http.StatusNotFound)
	}
	e, err := h.Store.RestoreEntry(ctx, revID)
	if err != nil {
		return err
	}
	if !ui.IsHTMX(c) {
		return ui.RedirectAfterPost(c, fmt.Sprintf("/timelines/%s#%s-%d", t.Slug, e.ItemKind, e.ItemID))
	}
	return h.renderTimelineBody(c, http.StatusOK, ui.EmptyForm(c, fmt.Sprintf("/timelines/%s/entries", t.Slug), nil))
}

// removedEntry is the entry that the address's ?removed= names, for an
// editor to undo: a removal from this timeline whose item is not back on it.
func (h *Handler) removedEntry(c echo.Context, t *models.Timeline) (*views.RemovedEntry, error) {
	id, err := strconv.ParseInt(c.QueryParam("removed"), 10, 64)
	if err != nil {
		return nil, nil // no removal named: nothing to offer
	}
	ctx := c.Request().Context()
	r, err := history.Of(h.Store).GetRevision(ctx, id)
	if errors.Is(err, storage.ErrNotFound) {
		return nil, nil
	} else if err != nil {
		return nil, err
	}
	before, after, ok := r.EntryChange()
	if !ok || r.EntityID != t.ID || before == nil || after != nil {
		return nil, nil
	}
	ref, ok := before.Ref()
	if !ok {
		return nil, nil
	}
	if _, err := h.Store.GetEntry(ctx, t.ID, ref); err == nil {
		return nil, nil // back already
	}
	title, err := h.ItemLabel(c, string(ref.Kind), ref.ID)
	if errors.Is(err, storage.ErrNotFound) {
		return nil, nil
	} else if err != nil {
		return nil, err
	}
	return &views.RemovedEntry{RevisionID: id, Title: title}, nil
}
