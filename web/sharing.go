package web

import (
	"net/http"
	"net/url"
	"strconv"

	"github.com/labstack/echo/v4"

	"github.com/factline/factline/models"
	"github.com/factline/factline/models/accounts"
	"github.com/factline/factline/models/sharing"
	"github.com/factline/factline/views"
	"github.com/factline/factline/web/httpx"
	"github.com/factline/factline/web/ui"
)

// sharing serves GET /timelines/:slug/sharing.
func (s *Server) sharing(c echo.Context) error {
	t, err := s.SharableTimeline(c)
	if err != nil {
		return err
	}
	return s.renderSharing(c, http.StatusOK, t, ui.EmptyForm(c, "", map[string]string{"permission": "viewer"}))
}

// collaboratorSet serves POST /timelines/:slug/collaborators: name a user by
// email as viewer or editor, or remove them with an empty permission.
func (s *Server) collaboratorSet(c echo.Context) error {
	t, err := s.SharableTimeline(c)
	if err != nil {
		return err
	}
	ctx := c.Request().Context()
	f := ui.ReadForm(c, "", "email", "permission")
	u, err := accounts.Of(s.Store).FindUserByEmail(ctx, f.Get("email"))
	if err != nil {
		f.Errors.Add("email", "No account has this email.")
	} else if err := sharing.Of(s.Store).SetCollaborator(ctx, t.ID, u.ID, f.Get("permission")); err != nil && !ui.FieldErrors(f, err) {
		return err
	}
	if f.HasErrors() {
		return s.renderSharing(c, http.StatusUnprocessableEntity, t, f)
	}
	return ui.RedirectAfterPost(c, "/timelines/"+t.Slug+"/sharing")
}

// shareLinkCreate serves POST /timelines/:slug/links and shows the new link
// once. A link opens the living timeline or one published version ("opens"),
// with or without its history; a private or team timeline is made unlisted in
// the same step when the form says so, and otherwise refused with why.
func (s *Server) shareLinkCreate(c echo.Context) error {
	t, err := s.SharableTimeline(c)
	if err != nil {
		return err
	}
	f := ui.ReadForm(c, "", "opens", "history", "make_unlisted")
	version := 0
	if o := f.Get("opens"); o != "" && o != "living" {
		if version, err = strconv.Atoi(o); err != nil {
			f.Errors.Add("opens", "Choose the living timeline or one of its published versions.")
		}
	}
	var token string
	if !f.HasErrors() {
		token, err = sharing.Of(s.Store).ShareTimeline(c.Request().Context(), t, version, f.Get("history") != "", f.Get("make_unlisted") != "")
		if err != nil && !ui.FieldErrors(f, err) {
			return err
		}
	}
	if f.HasErrors() {
		return s.renderSharing(c, http.StatusUnprocessableEntity, t, f)
	}
	v := s.sharingView(c, t, ui.EmptyForm(c, "", nil))
	v.NewLink, v.NewLinkVersion = s.BaseURL(c)+"/s/"+token, version
	return s.renderSharingView(c, http.StatusOK, v)
}

// shareLinkRevoke serves POST /timelines/:slug/links/:id/revoke.
func (s *Server) shareLinkRevoke(c echo.Context) error {
	t, err := s.SharableTimeline(c)
	if err != nil {
		return err
	}
	id, err := httpx.PathID(c, "id")
	if err != nil {
		return err
	}
	if err := sharing.Of(s.Store).RevokeShareLink(c.Request().Context(), t.ID, id); err != nil {
		return err
	}
	return ui.RedirectAfterPost(c, "/timelines/"+t.Slug+"/sharing")
}

// embedFields are what an embed keeps of the timeline page it was made from:
// the filter, and the time-scaled view with its lanes and window.
var embedFields = append(append([]string{}, filterFields...), "view", "by", "t0", "t1")

// sharingView is the sharing page's view model; the filter and view of the
// query string (the timeline page's, carried by its "Sharing…" link) go into
// the embeds.
func (s *Server) sharingView(c echo.Context, t *models.Timeline, f views.Form) views.SharingView {
	q := url.Values{}
	for _, n := range embedFields {
		if v := c.QueryParam(n); v != "" {
			q.Set(n, v)
		}
	}
	return views.SharingView{Timeline: *t, Form: f, BaseURL: s.BaseURL(c), FilterQuery: q.Encode()}
}

func (s *Server) renderSharing(c echo.Context, status int, t *models.Timeline, f views.Form) error {
	return s.renderSharingView(c, status, s.sharingView(c, t, f))
}

func (s *Server) renderSharingView(c echo.Context, status int, v views.SharingView) error {
	ctx := c.Request().Context()
	var err error
	if v.Collaborators, err = sharing.Of(s.Store).Collaborators(ctx, v.Timeline.ID); err != nil {
		return err
	}
	if v.Links, err = sharing.Of(s.Store).ShareLinks(ctx, v.Timeline.ID); err != nil {
		return err
	}
	return s.Render(c, status, s.Page(c, "Sharing "+v.Timeline.Title, "", "timelines"), views.SharingPage(v))
}
