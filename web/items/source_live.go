package items

import (
	"github.com/labstack/echo/v4"

	"github.com/factline/factline/models"
	"github.com/factline/factline/models/archive"
	"github.com/factline/factline/views"
	"github.com/factline/factline/web/httpx"
	"github.com/factline/factline/web/ui"
)

// liveChecksShown is how many checks of its live page a source page lists.
const liveChecksShown = 10

// sourceLive is the view of a source's live checks for its page; the caller
// has read the source as its viewer.
func (h *Handler) sourceLive(c echo.Context, src *models.Source) (views.SourceLive, error) {
	checks, err := archive.Of(h.Store).LiveChecks(c.Request().Context(), src.ID, liveChecksShown)
	if err != nil {
		return views.SourceLive{}, err
	}
	return views.SourceLive{Source: *src, Checks: checks, CSRF: ui.CSRFToken(c),
		CanCheck: src.URL != "" && httpx.CurrentUser(c).CanEdit() && ui.ShareScopeOf(c) == nil}, nil
}

// sourcesLive lists the sources whose live page is in the state the list's
// ?live= names ("none": never checked), or nil when it names none.
func (h *Handler) sourcesLive(c echo.Context, limit int) ([]models.Source, string, error) {
	state := c.QueryParam("live")
	switch state {
	case models.LiveSame, models.LiveChanged, models.LiveMoved, models.LiveGone:
	case "none":
		list, err := archive.Of(h.Store).SourcesLive(c.Request().Context(), "", limit)
		return list, state, err
	default:
		return nil, "", nil
	}
	list, err := archive.Of(h.Store).SourcesLive(c.Request().Context(), state, limit)
	return list, state, err
}
