package history

import (
	"errors"
	"fmt"
	"net/http"
	"time"

	"github.com/labstack/echo/v4"

	"github.com/factline/factline/models"
	revisions "github.com/factline/factline/models/history"
	"github.com/factline/factline/views"
	"github.com/factline/factline/web/httpx"
	"github.com/factline/factline/web/ui"
)

// ItemHistory serves /{kind}s/:id/history for claims, events, actors and sources.
func (h *Handler) ItemHistory(entity string) echo.HandlerFunc {
	return func(c echo.Context) error {
		id, err := httpx.PathID(c, "id")
		if err != nil {
			return err
		}
		label, err := h.ItemLabel(c, entity, id)
		if err != nil {
			return err
		}
		canEdit := httpx.CurrentUser(c).CanEdit()
		return h.renderHistory(c, entity, id, 0, label, fmt.Sprintf("/%ss/%d", entity, id),
			func(models.Revision) bool { return canEdit })
	}
}

// TimelineHistory serves /timelines/:slug/history.
func (h *Handler) TimelineHistory(c echo.Context) error {
	t, a, err := h.TimelineAccess(c)
	if err != nil {
		return err
	}
	from, err := h.timelineHistoryStart(c, t, a)
	if err != nil {
		return err
	}
	return h.renderHistory(c, "timeline", t.ID, from, t.Title, views.TimelinePath(c.Request().Context(), t.Slug),
		func(r models.Revision) bool { return r.MayRestoreOn(t, a) })
}

// timelineHistoryStart is the first revision of a timeline's history that the
// visitor may read: never one written while the timeline was hidden from
// them. Visitors read a public timeline's history only when its owner lets
// them, from when it became public; a share link's holder from when the link
// was made (and the timeline unlisted or public); a signed-in user who is not
// its owner from when it was last made readable to the team. Its owner, and on
// a private timeline the collaborators named on it, read all of it.
func (h *Handler) timelineHistoryStart(c echo.Context, t *models.Timeline, a models.Access) (int64, error) {
	ctx := c.Request().Context()
	if sc := ui.ShareScopeOf(c); sc != nil {
		return revisions.Of(h.Store).TimelineHistoryStart(ctx, t.ID, sc.Link.CreatedAt, "unlisted", "public")
	}
	u := httpx.CurrentUser(c)
	switch {
	case u == nil && !t.HistoryPublic:
		return 0, httpx.ErrHidden
	case u == nil:
		return revisions.Of(h.Store).TimelineHistoryStart(ctx, t.ID, time.Time{}, "public")
	case (t.OwnerID != nil && *t.OwnerID == u.ID) || (t.Visibility == "private" && a.Read):
		return 0, nil
	}
	return revisions.Of(h.Store).TimelineHistoryStart(ctx, t.ID, time.Time{}, "team", "unlisted", "public")
}

// renderHistory answers an item's history from the revision with id from on,
// as a page or as JSON, offering to restore the revisions the viewer may.
func (h *Handler) renderHistory(c echo.Context, entity string, id, from int64, label, path string, mayRestore func(models.Revision) bool) error {
	ctx := c.Request().Context()
	if ui.WantsJSON(c) {
		revs, err := revisions.Of(h.Store).HistoryFrom(ctx, entity, id, from)
		if err != nil {
			return err
		}
		return c.JSON(http.StatusOK, revs)
	}
	revs, err := revisions.Of(h.Store).ReadableHistoryFrom(ctx, httpx.Viewer(c), entity, id, from)
	if err != nil {
		return err
	}
	for i := range revs {
		if !mayRestore(revs[i].Revision) {
			revs[i].RestoreLabel = ""
		}
	}
	v := views.HistoryView{Label: label, Path: path, Revisions: revs, CSRF: ui.CSRFToken(c)}
	return h.Render(c, http.StatusOK, h.Page(c, "History of "+views.Shorten(label, 60), "", ""), views.HistoryPage(v))
}

// RevisionRestore serves POST /revisions/:id/restore: the item's fields become
// what they were after that revision, as a new change.
func (h *Handler) RevisionRestore(c echo.Context) error {
	id, err := httpx.PathID(c, "id")
	if err != nil {
		return err
	}
	ctx := c.Request().Context()
	r, err := revisions.Of(h.Store).GetRevision(ctx, id)
	if err != nil {
		return err
	}
	path := fmt.Sprintf("/%ss/%d", r.Entity, r.EntityID)
	if r.Entity == "timeline" {
		t, access, err := h.Store.As(httpx.Viewer(c)).TimelineByID(ctx, r.EntityID)
		if err != nil {
			return err
		}
		if !access.Edit {
			return httpx.ErrForbidden
		}
		path = "/timelines/" + t.Slug
	}
	err = h.Store.RestoreRevision(ctx, id)
	var fe models.FieldErrors
	if errors.As(err, &fe) && fe["visibility"] != "" {
		return echo.NewHTTPError(http.StatusForbidden, "This version was shown to other people than the timeline is now. "+fe["visibility"])
	}
	if err != nil {
		return err
	}
	return ui.RedirectAfterPost(c, path)
}
