package web

import (
	"net/http"

	"github.com/labstack/echo/v4"

	"github.com/factline/factline/views"
	"github.com/factline/factline/web/ui"
)

// actorList serves /actors, filtered by name or alias with ?q=.
func (s *Server) actorList(c echo.Context) error {
	q := c.QueryParam("q")
	actors, err := s.Store.ListActors(c.Request().Context(), q, 500)
	if err != nil {
		return err
	}
	if ui.WantsJSON(c) {
		return c.JSON(http.StatusOK, actors)
	}
	p := ui.WithJSON(s.Page(c, "Actors", "People and organisations who speak and act in factline's timelines.", "actors"))
	return s.Render(c, http.StatusOK, p, views.ActorListPage(views.ActorList{Actors: actors, Query: q}))
}

// actorSuggest serves the datalist of actor names for speaker and organisation fields.
func (s *Server) actorSuggest(c echo.Context) error {
	q := c.QueryParam("q")
	for _, field := range []string{"speaker", "actor", "organisation"} { // the field the typing is in
		if q == "" {
			q = c.QueryParam(field)
		}
	}
	actors, err := s.Store.ListActors(c.Request().Context(), q, 20)
	if err != nil {
		return err
	}
	return s.Fragment(c, http.StatusOK, views.ActorOptions(actors))
}
