package ui

import (
	"net/http"

	"github.com/labstack/echo/v4"

	"github.com/factline/factline/models"
	"github.com/factline/factline/views"
	"github.com/factline/factline/web/httpx"
)

// errOwnerOnly refuses a signed-in user who may read a timeline but not
// delete or share it.
var errOwnerOnly = echo.NewHTTPError(http.StatusForbidden,
	"Only this timeline's owner or an admin can do this.")

// DeletableTimeline loads it for deletion: its owner's and admins' to delete.
func (k *Kit) DeletableTimeline(c echo.Context) (*models.Timeline, error) {
	return httpx.TimelineAllowing(c, k.Store, func(a models.Access) bool { return a.Delete }, errOwnerOnly)
}

// SharableTimeline loads it for managing collaborators and share links.
func (k *Kit) SharableTimeline(c echo.Context) (*models.Timeline, error) {
	return httpx.TimelineAllowing(c, k.Store, func(a models.Access) bool { return a.Share }, errOwnerOnly)
}

// CanReadItem checks that the visitor may read a claim, event, actor or source:
// team material for signed-in users; for a share link's holder what the link
// shows; for anonymous visitors only what a public timeline shows.
func (k *Kit) CanReadItem(c echo.Context, kind models.ItemKind, id int64) error {
	ok, err := k.Store.As(httpx.Viewer(c)).CanRead(c.Request().Context(), kind, id)
	if err != nil {
		return err
	}
	if !ok {
		return httpx.ErrHidden
	}
	return nil
}

// TimelineAccess loads the timeline named in the path and what the visitor may
// do with it (httpx.TimelineAccess).
func (k *Kit) TimelineAccess(c echo.Context) (*models.Timeline, models.Access, error) {
	return httpx.TimelineAccess(c, k.Store, c.Param("slug"))
}

// HideUnreadable marks, for the page about to be rendered, the items among
// refs that the visitor cannot open, so that they are drawn as text and never
// as a dead link (views.ItemLink).
func (k *Kit) HideUnreadable(c echo.Context, refs []models.Ref) (map[models.Ref]bool, error) {
	if len(refs) == 0 {
		return nil, nil
	}
	hidden, err := k.Store.As(httpx.Viewer(c)).Unreadable(c.Request().Context(), refs)
	if err != nil {
		return nil, err
	}
	c.SetRequest(c.Request().WithContext(views.WithHidden(c.Request().Context(), hidden)))
	return hidden, nil
}
