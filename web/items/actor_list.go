package items

import (
	"net/http"

	"github.com/labstack/echo/v4"

	"github.com/factline/factline/views"
	"github.com/factline/factline/web/ui"
)

// ActorList serves /actors, filtered by name or alias with ?q=.
func (h *Handler) ActorList(c echo.Context) error {
	q := c.QueryParam("q")
	actors, err := h.Store.ListActors(c.Request().Context(), q, 500)
	if err != nil {
		return err
	}
	if ui.WantsJSON(c) {
		return c.JSON(http.StatusOK, actors)
	}
	p := ui.WithJSON(h.Page(c, "Actors", "People and organisations who speak and act in factline's timelines.", "actors"))
	return h.Render(c, http.StatusOK, p, views.ActorListPage(views.ActorList{Actors: actors, Query: q}))
}

// ActorSuggest serves the datalist of actor names for speaker and organisation fields.
func (h *Handler) ActorSuggest(c echo.Context) error {
	q := c.QueryParam("q")
	for _, field := range []string{"speaker", "actor", "organisation"} { // the field the typing is in
		if q == "" {
			q = c.QueryParam(field)
		}
	}
	actors, err := h.Store.ListActors(c.Request().Context(), q, 20)
	if err != nil {
		return err
	}
	return h.Fragment(c, http.StatusOK, views.ActorOptions(actors))
}
