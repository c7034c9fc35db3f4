package web

import (
	"net/http"

	"github.com/labstack/echo/v4"

	"github.com/factline/factline/models"
	"github.com/factline/factline/views"
)

// sharing serves GET /timelines/:slug/sharing.
func (s *Server) sharing(c echo.Context) error {
	t, err := s.sharableTimeline(c)
	if err != nil {
		return err
	}
	return s.renderSharing(c, http.StatusOK, t, emptyForm(c, "", map[string]string{"permission": "viewer"}), "")
}

// collaboratorSet serves POST /timelines/:slug/collaborators: name a user by
// email as viewer or editor, or remove them with an empty permission.
func (s *Server) collaboratorSet(c echo.Context) error {
	t, err := s.sharableTimeline(c)
	if err != nil {
		return err
	}
	ctx := c.Request().Context()
	f := readForm(c, "", "email", "permission")
	u, err := s.store.FindUserByEmail(ctx, f.Get("email"))
	if err != nil {
		f.Errors.Add("email", "No account has this email.")
	} else if err := s.store.SetCollaborator(ctx, t.ID, u.ID, f.Get("permission")); err != nil && !fieldErrors(f, err) {
		return err
	}
	if f.HasErrors() {
		return s.renderSharing(c, http.StatusUnprocessableEntity, t, f, "")
	}
	return redirectAfterPost(c, "/timelines/"+t.Slug+"/sharing")
}

// shareLinkCreate serves POST /timelines/:slug/links and shows the new link once.
func (s *Server) shareLinkCreate(c echo.Context) error {
	t, err := s.sharableTimeline(c)
	if err != nil {
		return err
	}
	token, err := s.store.CreateShareLink(c.Request().Context(), t.ID)
	if err != nil {
		return err
	}
	return s.renderSharing(c, http.StatusOK, t, emptyForm(c, "", nil), s.baseURL(c)+"/s/"+token)
}

// shareLinkRevoke serves POST /timelines/:slug/links/:id/revoke.
func (s *Server) shareLinkRevoke(c echo.Context) error {
	t, err := s.sharableTimeline(c)
	if err != nil {
		return err
	}
	id, err := pathID(c, "id")
	if err != nil {
		return err
	}
	if err := s.store.RevokeShareLink(c.Request().Context(), t.ID, id); err != nil {
		return err
	}
	return redirectAfterPost(c, "/timelines/"+t.Slug+"/sharing")
}

func (s *Server) renderSharing(c echo.Context, status int, t *models.Timeline, f views.Form, newLink string) error {
	ctx := c.Request().Context()
	v := views.SharingView{Timeline: *t, Form: f, NewLink: newLink}
	var err error
	if v.Collaborators, err = s.store.Collaborators(ctx, t.ID); err != nil {
		return err
	}
	if v.Links, err = s.store.ShareLinks(ctx, t.ID); err != nil {
		return err
	}
	return s.render(c, status, s.page(c, "Sharing "+t.Title, "", "timelines"), views.SharingPage(v))
}

// sharedTimeline serves /s/:token: the timeline read-only for anyone with a live link.
func (s *Server) sharedTimeline(c echo.Context) error {
	ctx := c.Request().Context()
	t, err := s.store.TimelineByShareToken(ctx, c.Param("token"))
	if err != nil {
		return err
	}
	v, err := s.filteredView(c, t)
	if err != nil {
		return err
	}
	if wantsJSON(c) {
		return c.JSON(http.StatusOK, timelineJSON(v))
	}
	p := s.page(c, t.Title, t.Summary, "timelines")
	c.Response().Header().Set("X-Robots-Tag", "noindex")
	return s.renderEither(c, http.StatusOK, views.Layout(p), views.TimelinePage(v), views.TimelineBody(v))
}
