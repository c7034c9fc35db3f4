package web

import (
	"net/http"
	"net/url"

	"github.com/labstack/echo/v4"

	"github.com/factline/factline/models"
	"github.com/factline/factline/views"
)

// Refusals of signed-in users who may not do what they asked: each says what
// is true, and by whom it could be done (an expired form says so itself, see
// csrfRefusal).
var (
	errForbidden = echo.NewHTTPError(http.StatusForbidden,
		"You may read this timeline but not change it: its owner can name you as one of its editors.")
	errEditorsOnly = echo.NewHTTPError(http.StatusForbidden,
		"Only editors and admins can do this; your account may read but not change. An admin can change your role.")
	errOwnerOnly = echo.NewHTTPError(http.StatusForbidden,
		"Only this timeline's owner or an admin can do this.")
	errAdminsOnly = echo.NewHTTPError(http.StatusForbidden, "Only an admin can do this.")
)

// errHidden answers a request for something the user may not read: as if it did
// not exist, so that ids of private items reveal nothing.
var errHidden = echo.NewHTTPError(http.StatusNotFound)

// requireUser lets only signed-in users through; an anonymous page view is sent
// to sign in, anything else refused.
func (s *Server) requireUser(next echo.HandlerFunc) echo.HandlerFunc {
	return func(c echo.Context) error {
		if currentUser(c) != nil {
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
		if !currentUser(c).CanEdit() {
			return errEditorsOnly
		}
		return next(c)
	})
}

// timelineAllowing loads the timeline of the path for an action: hidden when
// the visitor may not read it, refused with refusal when their access does
// not allow it.
func (s *Server) timelineAllowing(c echo.Context, allowed func(models.Access) bool, refusal error) (*models.Timeline, error) {
	t, a, err := s.timelineAccess(c)
	if err != nil {
		return nil, err
	}
	if !allowed(a) {
		return nil, refusal
	}
	return t, nil
}

// editableTimeline loads the timeline of the path for a change.
func (s *Server) editableTimeline(c echo.Context) (*models.Timeline, error) {
	return s.timelineAllowing(c, func(a models.Access) bool { return a.Edit }, errForbidden)
}

// deletableTimeline loads it for deletion: its owner's and admins' to delete.
func (s *Server) deletableTimeline(c echo.Context) (*models.Timeline, error) {
	return s.timelineAllowing(c, func(a models.Access) bool { return a.Delete }, errOwnerOnly)
}

// sharableTimeline loads it for managing collaborators and share links.
func (s *Server) sharableTimeline(c echo.Context) (*models.Timeline, error) {
	return s.timelineAllowing(c, func(a models.Access) bool { return a.Share }, errOwnerOnly)
}

// requireAdmin lets only admins through.
func (s *Server) requireAdmin(next echo.HandlerFunc) echo.HandlerFunc {
	return s.requireUser(func(c echo.Context) error {
		if !currentUser(c).IsAdmin() {
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
		return errHidden
	}
	return nil
}

// timelineAccess loads the timeline named in the path and what the visitor may
// do with it; a timeline the visitor may not read is hidden.
func (s *Server) timelineAccess(c echo.Context) (*models.Timeline, models.Access, error) {
	return s.timelineAccessBySlug(c, c.Param("slug"))
}

// timelineAccessBySlug is timelineAccess for a slug taken from elsewhere. Under
// a share link (whose paths name no slug) it is the link's timeline, to read.
func (s *Server) timelineAccessBySlug(c echo.Context, slug string) (*models.Timeline, models.Access, error) {
	if sc := shareScopeOf(c); sc != nil {
		return sc.Timeline, models.Access{Read: true}, nil
	}
	u := currentUser(c)
	var uid int64
	if u != nil {
		uid = u.ID
	}
	t, collaborator, err := s.store.GetTimelineFor(c.Request().Context(), slug, uid)
	if err != nil {
		return nil, models.Access{}, err
	}
	a := models.TimelineAccess(u, t, collaborator)
	if !a.Read {
		return nil, a, errHidden
	}
	return t, a, nil
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
