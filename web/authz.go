package web

import (
	"net/http"
	"net/url"

	"github.com/labstack/echo/v4"

	"github.com/factline/factline/models"
	"github.com/factline/factline/views"
	"github.com/factline/factline/web/httpx"
)

// Refusals of signed-in users who may not do what they asked: each says what
// is true, and by whom it could be done (an expired form says so itself, see
// csrfRefusal; a timeline one may read but not change, httpx.ErrForbidden).
var (
	errEditorsOnly = echo.NewHTTPError(http.StatusForbidden,
		"Only editors and admins can do this; your account may read but not change. An admin can change your role.")
	errOwnerOnly = echo.NewHTTPError(http.StatusForbidden,
		"Only this timeline's owner or an admin can do this.")
	errAdminsOnly = echo.NewHTTPError(http.StatusForbidden, "Only an admin can do this.")
)

// requireUser lets only signed-in users through; an anonymous page view is sent
// to sign in, anything else refused.
func (s *Server) requireUser(next echo.HandlerFunc) echo.HandlerFunc {
	return func(c echo.Context) error {
		if httpx.CurrentUser(c) != nil {
			return next(c)
		}
		if c.Request().Method == http.MethodGet && !wantsJSON(c) && !isHTMX(c) {
			return c.Redirect(http.StatusSeeOther, "/login?next="+url.QueryEscape(c.Request().URL.RequestURI()))
		}
		return echo.NewHTTPError(http.StatusUnauthorized, "sign in first")
	}
}

// requireEditor lets only editors and admins through: they create and edit team
// material (actors, sources, claims, events).
func (s *Server) requireEditor(next echo.HandlerFunc) echo.HandlerFunc {
	return s.requireUser(func(c echo.Context) error {
		if !httpx.CurrentUser(c).CanEdit() {
			return errEditorsOnly
		}
		return next(c)
	})
}

// deletableTimeline loads it for deletion: its owner's and admins' to delete.
func (s *Server) deletableTimeline(c echo.Context) (*models.Timeline, error) {
	return httpx.TimelineAllowing(c, s.store, func(a models.Access) bool { return a.Delete }, errOwnerOnly)
}

// sharableTimeline loads it for managing collaborators and share links.
func (s *Server) sharableTimeline(c echo.Context) (*models.Timeline, error) {
	return httpx.TimelineAllowing(c, s.store, func(a models.Access) bool { return a.Share }, errOwnerOnly)
}

// requireAdmin lets only admins through.
func (s *Server) requireAdmin(next echo.HandlerFunc) echo.HandlerFunc {
	return s.requireUser(func(c echo.Context) error {
		if !httpx.CurrentUser(c).IsAdmin() {
			return errAdminsOnly
		}
		return next(c)
	})
}

// canReadItem checks that the visitor may read a claim, event, actor or source:
// team material for signed-in users; for a share link's holder what the link
// shows; for anonymous visitors only what a public timeline shows.
func (s *Server) canReadItem(c echo.Context, kind models.ItemKind, id int64) error {
	ok, err := s.store.CanRead(c.Request().Context(), kind, id)
	if err != nil {
		return err
	}
	if !ok {
		return httpx.ErrHidden
	}
	return nil
}

// timelineAccess loads the timeline named in the path and what the visitor may
// do with it (httpx.TimelineAccess).
func (s *Server) timelineAccess(c echo.Context) (*models.Timeline, models.Access, error) {
	return httpx.TimelineAccess(c, s.store, c.Param("slug"))
}

// hideUnreadable marks, for the page about to be rendered, the items among
// refs that the visitor cannot open, so that they are drawn as text and never
// as a dead link (views.ItemLink).
func (s *Server) hideUnreadable(c echo.Context, refs []models.Ref) (map[models.Ref]bool, error) {
	if len(refs) == 0 {
		return nil, nil
	}
	hidden, err := s.store.Unreadable(c.Request().Context(), refs)
	if err != nil {
		return nil, err
	}
	c.SetRequest(c.Request().WithContext(views.WithHidden(c.Request().Context(), hidden)))
	return hidden, nil
}
