package httpx

import (
	"net/http"

	"github.com/labstack/echo/v4"

	"github.com/factline/factline/models"
	"github.com/factline/factline/models/storage"
)

// ErrForbidden refuses a change to a timeline the user may read but not
// change, saying by whom it could be done.
var ErrForbidden = echo.NewHTTPError(http.StatusForbidden,
	"You may read this timeline but not change it: its owner can name you as one of its editors.")

// ErrHidden answers a request for something the user may not read: as if it
// did not exist, so that ids of private items reveal nothing.
var ErrHidden = echo.NewHTTPError(http.StatusNotFound)

// TimelineAccess loads the timeline slug and what the visitor may do with
// it; a timeline the visitor may not read is hidden. Under a share link
// (whose paths name no slug) it is the link's timeline, to read.
func TimelineAccess(c echo.Context, store *storage.Store, slug string) (*models.Timeline, models.Access, error) {
	if sc := storage.ShareScopeFrom(c.Request().Context()); sc != nil {
		return sc.Timeline, models.Access{Read: true}, nil
	}
	return store.As(Viewer(c)).Timeline(c.Request().Context(), slug)
}

// TimelineAllowing loads the timeline of the path for an action: hidden when
// the visitor may not read it, refused with refusal when their access does
// not allow it.
func TimelineAllowing(c echo.Context, store *storage.Store, allowed func(models.Access) bool, refusal error) (*models.Timeline, error) {
	t, a, err := TimelineAccess(c, store, c.Param("slug"))
	if err != nil {
		return nil, err
	}
	if !allowed(a) {
		return nil, refusal
	}
	return t, nil
}

// EditableTimeline loads the timeline of the path for a change.
func EditableTimeline(c echo.Context, store *storage.Store) (*models.Timeline, error) {
	return TimelineAllowing(c, store, func(a models.Access) bool { return a.Edit }, ErrForbidden)
}
