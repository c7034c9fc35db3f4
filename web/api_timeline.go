package web

import (
	"errors"
	"fmt"
	"net/http"

	"github.com/labstack/echo/v4"

	"github.com/factline/factline/models"
)

// apiTimelineList serves GET /api/v1/timelines: a page, by id, of the
// timelines the user may read.
func (s *Server) apiTimelineList(c echo.Context) error {
	return pageOf(c, s.store.PageTimelines, func(t models.Timeline) int64 { return t.ID })
}

// timelineWithEntries is a timeline with its entries in date order, as GET
// /api/v1/timelines/:slug shows it.
type timelineWithEntries struct {
	models.Timeline
	Entries []models.TimelineItem `json:"entries"`
}

// apiTimelineShow serves GET /api/v1/timelines/:slug; a timeline the user may
// not read is a 404, as on its page.
func (s *Server) apiTimelineShow(c echo.Context) error {
	t, _, err := s.timelineAccess(c)
	if err != nil {
		return err
	}
	lt, err := s.store.LoadEntries(c.Request().Context(), t)
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

// apiEntryCreate serves POST /api/v1/timelines/:slug/entries, for users who
// may edit the timeline; sending an item already on it, with its entry's
// version, changes its lane and note.
func (s *Server) apiEntryCreate(c echo.Context) error {
	t, err := s.editableTimeline(c)
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
		old, err := s.store.GetEntry(ctx, t.ID, ref)
		if errors.Is(err, models.ErrNotFound) {
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
	err = s.store.AddEntry(ctx, e)
	if errors.Is(err, models.ErrEntryExists) {
		return models.FieldErrors{"version": fmt.Sprintf("This %s is on the timeline already: send the version of its entry "+
			"(GET the timeline) to change its lane and note.", ref.Kind)}
	}
	if err != nil {
		return renameField(err, "item", "item_id")
	}
	saved, err := s.store.GetEntry(ctx, t.ID, ref)
	if err != nil {
		return err
	}
	return answerItem(c, status, saved)
}
