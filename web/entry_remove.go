package web

import (
	"fmt"
	"net/http"
	"strconv"

	"github.com/labstack/echo/v4"

	"github.com/factline/factline/views"
)

// entryDelete takes an entry off a timeline (POST /timelines/:slug/entries/:entry/delete);
// htmx gets the entry's place back with an undo button.
func (s *Server) entryDelete(c echo.Context) error {
	ctx := c.Request().Context()
	t, err := s.editableTimeline(c)
	if err != nil {
		return err
	}
	id, err := pathID(c, "entry")
	if err != nil {
		return err
	}
	e, err := s.store.GetEntryByID(ctx, t.ID, id)
	if err != nil {
		return err
	}
	rev, err := s.store.RemoveEntry(ctx, t.ID, id)
	if err != nil {
		return err
	}
	if !isHTMX(c) {
		return redirectAfterPost(c, "/timelines/"+t.Slug)
	}
	title, err := s.itemLabel(ctx, string(e.ItemKind), e.ItemID)
	if err != nil {
		return err
	}
	anchor := fmt.Sprintf("%s-%d", e.ItemKind, e.ItemID)
	return s.fragment(c, http.StatusOK, views.EntryRemoved(t.Slug, anchor, title, rev, csrfToken(c)))
}

// entryRestore puts back an entry removed from this timeline (POST
// /timelines/:slug/entries/restore with the removal's revision), with its
// lane, note and place.
func (s *Server) entryRestore(c echo.Context) error {
	ctx := c.Request().Context()
	t, err := s.editableTimeline(c)
	if err != nil {
		return err
	}
	revID, err := strconv.ParseInt(c.FormValue("revision"), 10, 64)
	if err != nil {
		return echo.NewHTTPError(http.StatusBadRequest, "no removal named")
	}
	r, err := s.store.GetRevision(ctx, revID)
	if err != nil {
		return err
	}
	if r.Entity != "timeline" || r.EntityID != t.ID {
		return echo.NewHTTPError(http.StatusNotFound)
	}
	e, err := s.store.RestoreEntry(ctx, revID)
	if err != nil {
		return err
	}
	if !isHTMX(c) {
		return redirectAfterPost(c, fmt.Sprintf("/timelines/%s#%s-%d", t.Slug, e.ItemKind, e.ItemID))
	}
	return s.renderTimelineBody(c, http.StatusOK, emptyForm(c, fmt.Sprintf("/timelines/%s/entries", t.Slug), nil))
}
