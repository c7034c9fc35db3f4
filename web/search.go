package web

import (
	"errors"
	"net/http"

	"github.com/labstack/echo/v4"

	"github.com/factline/factline/models/search"
	"github.com/factline/factline/views"
	"github.com/factline/factline/web/httpx"
	"github.com/factline/factline/web/ui"
)

// search serves /search?q=…&kind=…: ranked results with highlighted snippets;
// live search asks for the results alone. A search past its deadline shows
// what it found until then and says so.
func (s *Server) search(c echo.Context) error {
	v := views.SearchView{Query: c.QueryParam("q"), Kind: c.QueryParam("kind")}
	switch v.Kind {
	case "", "claim", "event", "source", "actor", "timeline":
	default:
		v.Kind = ""
	}
	searcher := search.Of(s.Store).As(httpx.Viewer(c))
	find := searcher.Search
	if ui.IsFragment(c) { // typed into live search: the last word is a prefix
		find = searcher.Typing
	}
	hits, err := find(c.Request().Context(), v.Query, v.Kind, 50)
	v.TimedOut = errors.Is(err, search.ErrTimeout)
	if err != nil && !v.TimedOut {
		return err
	}
	v.Hits = hits
	if ui.WantsJSON(c) {
		return c.JSON(http.StatusOK, map[string]any{"query": v.Query, "kind": v.Kind, "hits": hits, "timed_out": v.TimedOut})
	}
	p := ui.WithJSON(s.Page(c, "Search", "Search claims, events, sources, actors and timelines.", ""))
	p.Query = v.Query
	return s.RenderEither(c, http.StatusOK, views.Layout(p), views.SearchPage(v), views.SearchResults(v))
}
