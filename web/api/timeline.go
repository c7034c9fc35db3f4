package api

import (
	"errors"
	"fmt"
	"net/http"

	"github.com/labstack/echo/v4"

	"github.com/factline/factline/models"
	"github.com/factline/factline/models/storage"
	"github.com/factline/factline/web/httpx"
)

// TimelineList serves GET /api/v1/timelines: a page, by id, of the
// timelines the user may read.
func (h *Handler) TimelineList(c echo.Context) error {
	return pageOf(c, h.store.As(httpx.Viewer(c)).PageTimelines, func(t models.Timeline) int64 { return t.ID })
}

// timelineWithEntries is a timeline with its entries in date order, as GET
// /api/v1/timelines/:slug shows it.
type timelineWithEntries struct {
	models.Timeline
	Entries []models.TimelineItem `json:"entries"`
}

// TimelineShow serves GET /api/v1/timelines/:slug; a timeline the user may
// not read is a 404, as on its page.
func (h *Handler) TimelineShow(c echo.Context) error {
	t, _, err := httpx.TimelineAccess(c, h.store, c.Param("slug"))
	if err != nil {
		return err
	}
	lt, err := h.store.As(httpx.Viewer(c)).LoadEntries(c.Request().Context(), t)
	if err != nil {
		return err
	}
	return answerItem(c, http.StatusOK, timelineWithEntries{lt.Timeline, nonNil(lt.Items)})
}

// entryInput is what a script sends to put a claim or event on a timeline, or
// to change the lane and note of one already on it (with the version of its
// entry; a lane or note left out is kept).
type entryInput struct {
	Kind    string  `json:"kind"`
	ItemID  int64   `json:"item_id"`
	Lane    *string `json:"lane"`
	Note    *string `json:"note"`
	Version int     `json:"version"`
}

// EntryCreate serves POST /api/v1/timelines/:slug/entries, for users who
// may edit the timeline; sending an item already on it, with its entry's
// version, changes its lane and note.
func (h *Handler) EntryCreate(c echo.Context) error {
	t, err := httpx.EditableTimeline(c, h.store)
	if err != nil {
		return err
	}
	var in entryInput
	if err := decodeJSON(c, &in); err != nil {
		return err
	}
	ref := models.Ref{Kind: models.ItemKind(in.Kind), ID: in.ItemID}
	if ref.Kind != models.KindClaim && ref.Kind != models.KindEvent {
		return models.FieldErrors{"kind": "kind is \"claim\" or \"event\"."}
	}
	ctx := c.Request().Context()
	e := &models.Entry{TimelineID: t.ID, ItemKind: ref.Kind, ItemID: ref.ID, Version: in.Version}
	status := http.StatusCreated
	if in.Version != 0 {
		old, err := h.store.GetEntry(ctx, t.ID, ref)
		if errors.Is(err, storage.ErrNotFound) {
			return models.ErrConflict // taken off the timeline since it was read
		}
		if err != nil {
			return err
		}
		e.Lane, e.Note, status = old.Lane, old.Note, http.StatusOK
	}
	if in.Lane != nil {
		e.Lane = *in.Lane
	}
	if in.Note != nil {
		e.Note = *in.Note
	}
	err = h.store.AddEntry(ctx, e)
	if errors.Is(err, models.ErrEntryExists) {
		return models.FieldErrors{"version": fmt.Sprintf("This %s is on the timeline already: send the version of its entry "+
			"(GET the timeline) to change its lane and note.", ref.Kind)}
	}
	if err != nil {
		return httpx.RenameField(err, "item", "item_id")
	}
	saved, err := h.store.GetEntry(ctx, t.ID, ref)
	if err != nil {
		return err
	}
	return answerItem(c, status, saved)
}
