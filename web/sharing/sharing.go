package sharing

import (
	"net/http"
	"strconv"

	"github.com/labstack/echo/v4"

	"github.com/factline/factline/models"
	"github.com/factline/factline/models/accounts"
	shares "github.com/factline/factline/models/sharing"
	"github.com/factline/factline/views"
	"github.com/factline/factline/web/httpx"
	"github.com/factline/factline/web/timelines"
	"github.com/factline/factline/web/ui"
)

// SharingPage serves GET /timelines/:slug/sharing.
func (h *Handler) SharingPage(c echo.Context) error {
	t, err := h.SharableTimeline(c)
	if err != nil {
		return err
	}
	return h.renderSharing(c, http.StatusOK, t, ui.EmptyForm(c, "", map[string]string{"permission": "viewer"}))
}

// CollaboratorSet serves POST /timelines/:slug/collaborators: name a user by
// email as viewer or editor, or remove them with an empty permission.
func (h *Handler) CollaboratorSet(c echo.Context) error {
	t, err := h.SharableTimeline(c)
	if err != nil {
		return err
	}
	ctx := c.Request().Context()
	f := ui.ReadForm(c, "", "email", "permission")
	u, err := accounts.Of(h.Store).FindUserByEmail(ctx, f.Get("email"))
	if err != nil {
		f.Errors.Add("email", "No account has this email.")
	} else if err := shares.Of(h.Store).SetCollaborator(ctx, t.ID, u.ID, f.Get("permission")); err != nil && !ui.FieldErrors(f, err) {
		return err
	}
	if f.HasErrors() {
		return h.renderSharing(c, http.StatusUnprocessableEntity, t, f)
	}
	return ui.RedirectAfterPost(c, "/timelines/"+t.Slug+"/sharing")
}

// ShareLinkCreate serves POST /timelines/:slug/links and shows the new link
// once. A link opens the living timeline or one published version ("opens"),
// with or without its history; a private or team timeline is made unlisted in
// the same step when the form says so, and otherwise refused with why.
func (h *Handler) ShareLinkCreate(c echo.Context) error {
	t, err := h.SharableTimeline(c)
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
		token, err = shares.Of(h.Store).ShareTimeline(c.Request().Context(), t, version, f.Get("history") != "", f.Get("make_unlisted") != "")
		if err != nil && !ui.FieldErrors(f, err) {
			return err
		}
	}
	if f.HasErrors() {
		return h.renderSharing(c, http.StatusUnprocessableEntity, t, f)
	}
	v := h.sharingView(c, t, ui.EmptyForm(c, "", nil))
	v.NewLink, v.NewLinkVersion = h.BaseURL(c)+"/s/"+token, version
	return h.renderSharingView(c, http.StatusOK, v)
}

// ShareLinkRevoke serves POST /timelines/:slug/links/:id/revoke.
func (h *Handler) ShareLinkRevoke(c echo.Context) error {
	t, err := h.SharableTimeline(c)
	if err != nil {
		return err
	}
	id, err := httpx.PathID(c, "id")
	if err != nil {
		return err
	}
	if err := shares.Of(h.Store).RevokeShareLink(c.Request().Context(), t.ID, id); err != nil {
		return err
	}
	return ui.RedirectAfterPost(c, "/timelines/"+t.Slug+"/sharing")
}

// sharingView is the sharing page's view model; the filter and view of the
// query string (the timeline page's, carried by its "Sharing…" link) go into
// the embeds.
func (h *Handler) sharingView(c echo.Context, t *models.Timeline, f views.Form) views.SharingView {
	return views.SharingView{Timeline: *t, Form: f, BaseURL: h.BaseURL(c), FilterQuery: timelines.EmbedQuery(c)}
}

func (h *Handler) renderSharing(c echo.Context, status int, t *models.Timeline, f views.Form) error {
	return h.renderSharingView(c, status, h.sharingView(c, t, f))
}

func (h *Handler) renderSharingView(c echo.Context, status int, v views.SharingView) error {
	ctx := c.Request().Context()
	var err error
	if v.Collaborators, err = shares.Of(h.Store).Collaborators(ctx, v.Timeline.ID); err != nil {
		return err
	}
	if v.Links, err = shares.Of(h.Store).ShareLinks(ctx, v.Timeline.ID); err != nil {
		return err
	}
	return h.Render(c, status, h.Page(c, "Sharing "+v.Timeline.Title, "", "timelines"), views.SharingPage(v))
}
