package web

import (
	"context"
	"errors"
	"fmt"
	"net/http"

	"github.com/labstack/echo/v4"

	"github.com/factline/factline/models"
	"github.com/factline/factline/views"
)

// itemHistory serves /{kind}s/:id/history for claims, events, actors and sources.
func (s *Server) itemHistory(entity string) echo.HandlerFunc {
	return func(c echo.Context) error {
		id, err := pathID(c, "id")
		if err != nil {
			return err
		}
		label, err := s.itemLabel(c.Request().Context(), entity, id)
		if err != nil {
			return err
		}
		return s.renderHistory(c, entity, id, label, fmt.Sprintf("/%ss/%d", entity, id), currentUser(c).CanEdit())
	}
}

// timelineHistory serves /timelines/:slug/history.
func (s *Server) timelineHistory(c echo.Context) error {
	t, a, err := s.timelineAccess(c)
	if err != nil {
		return err
	}
	return s.renderHistory(c, "timeline", t.ID, t.Title, views.TimelinePath(c.Request().Context(), t.Slug), a.Edit)
}

func (s *Server) renderHistory(c echo.Context, entity string, id int64, label, path string, canEdit bool) error {
	ctx := c.Request().Context()
	if wantsJSON(c) {
		revs, err := s.store.History(ctx, entity, id)
		if err != nil {
			return err
		}
		return c.JSON(http.StatusOK, revs)
	}
	revs, err := s.store.ReadableHistory(ctx, entity, id)
	if err != nil {
		return err
	}
	v := views.HistoryView{Label: label, Path: path, Revisions: revs, CanEdit: canEdit, CSRF: csrfToken(c)}
	return s.render(c, http.StatusOK, s.page(c, "History of "+views.Shorten(label, 60), "", ""), views.HistoryPage(v))
}

// revisionRestore serves POST /revisions/:id/restore: the item's fields become
// what they were after that revision, as a new change.
func (s *Server) revisionRestore(c echo.Context) error {
	id, err := pathID(c, "id")
	if err != nil {
		return err
	}
	ctx := c.Request().Context()
	r, err := s.store.GetRevision(ctx, id)
	if err != nil {
		return err
	}
	path := fmt.Sprintf("/%ss/%d", r.Entity, r.EntityID)
	if r.Entity == "timeline" {
		t, err := s.store.GetTimelineByID(ctx, r.EntityID)
		if err != nil {
			return err
		}
		_, access, err := s.timelineAccessBySlug(c, t.Slug)
		if err != nil {
			return err
		}
		if !access.Edit {
			return errForbidden
		}
		path = "/timelines/" + t.Slug
	}
	err = s.store.RestoreRevision(ctx, id)
	var fe models.FieldErrors
	if errors.As(err, &fe) && fe["visibility"] != "" {
		return echo.NewHTTPError(http.StatusForbidden, "This version was shown to other people than the timeline is now. "+fe["visibility"])
	}
	if err != nil {
		return err
	}
	return redirectAfterPost(c, path)
}

func (s *Server) itemLabel(ctx context.Context, entity string, id int64) (string, error) {
	switch entity {
	case "claim":
		x, err := s.store.GetClaim(ctx, id)
		if err != nil {
			return "", err
		}
		return x.Text, nil
	case "event":
		x, err := s.store.GetEvent(ctx, id)
		if err != nil {
			return "", err
		}
		return x.Title, nil
	case "actor":
		x, err := s.store.GetActor(ctx, id)
		if err != nil {
			return "", err
		}
		return x.Name, nil
	case "source":
		x, err := s.store.GetSource(ctx, id)
		if err != nil {
			return "", err
		}
		return x.Title, nil
	}
	return "", models.ErrNotFound
}
