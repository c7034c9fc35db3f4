package web

import (
	"net/http"

	"github.com/labstack/echo/v4"

	"github.com/factline/factline/views"
)

// actorList serves /actors, filtered by name or alias with ?q=.
func (s *Server) actorList(c echo.Context) error {
	q := c.QueryParam("q")
	actors, err := s.store.ListActors(c.Request().Context(), q, 500)
	if err != nil {
		return err
	}
	if wantsJSON(c) {
		return c.JSON(http.StatusOK, actors)
	}
	p := withJSON(s.page(c, "Actors", "People and organisations who speak and act in factline's timelines.", "actors"))
	return s.render(c, http.StatusOK, p, views.ActorListPage(views.ActorList{Actors: actors, Query: q}))
}

// actorSuggest serves the datalist of actor names for speaker and organisation fields.
func (s *Server) actorSuggest(c echo.Context) error {
	q := c.QueryParam("q")
	for _, field := range []string{"speaker", "actor", "organisation"} { // the field the typing is in
		if q == "" {
			q = c.QueryParam(field)
		}
	}
	actors, err := s.store.ListActors(c.Request().Context(), q, 20)
	if err != nil {
		return err
	}
	return s.fragment(c, http.StatusOK, views.ActorOptions(actors))
}
