package items

import (
	"errors"
	"fmt"
	"net/http"

	"github.com/labstack/echo/v4"

	"github.com/factline/factline/models"
	"github.com/factline/factline/models/search"
	"github.com/factline/factline/views"
	"github.com/factline/factline/web/httpx"
	"github.com/factline/factline/web/ui"
)

// RelationCreate relates a claim or event to another, in either direction
// (POST /claims/:id/relations, POST /events/:id/relations).
func (h *Handler) RelationCreate(kind models.ItemKind) echo.HandlerFunc {
	return func(c echo.Context) error {
		ref, err := httpx.ItemRef(kind)(c)
		if err != nil {
			return err
		}
		ctx := c.Request().Context()
		if err := h.Store.ExistsItem(ctx, ref); err != nil {
			return err
		}
		action := fmt.Sprintf("/%ss/%d/relations", ref.Kind, ref.ID)
		f := ui.ReadForm(c, action, "direction", "kind", "other")
		r := &models.Relation{Kind: f.Get("kind"), FromKind: ref.Kind, FromID: ref.ID}
		other, ok := ui.ParseRef(f.Get("other"))
		if !ok {
			f.Errors.Add("other", "Pick the other claim or event from the suggestions (its value starts with \"claim\" or \"event\" and a number).")
		}
		r.ToKind, r.ToID = other.Kind, other.ID
		if f.Get("direction") == "to" {
			r.FromKind, r.FromID, r.ToKind, r.ToID = r.ToKind, r.ToID, r.FromKind, r.FromID
		}
		status := http.StatusOK
		if len(f.Errors) == 0 {
			err = h.Store.SaveRelation(ctx, r)
		}
		switch {
		case len(f.Errors) > 0:
			status = http.StatusUnprocessableEntity
		case ui.FieldErrors(f, err):
			f.Errors["other"] = f.Errors["to"]
			status = http.StatusUnprocessableEntity
		case err != nil:
			return err
		default:
			if !ui.IsHTMX(c) {
				return ui.RedirectAfterPost(c, fmt.Sprintf("/%ss/%d#relations", ref.Kind, ref.ID))
			}
			f = ui.EmptyForm(c, action, nil)
		}
		return h.renderRelations(c, status, ref, f)
	}
}

// RelationDelete removes a relation (POST /relations/:id/delete) and answers with
// the relations of the item it was removed from.
func (h *Handler) RelationDelete(c echo.Context) error {
	id, err := httpx.PathID(c, "id")
	if err != nil {
		return err
	}
	ref, ok := ui.ParseRef(c.FormValue("item"))
	if !ok {
		return echo.NewHTTPError(http.StatusBadRequest, "which item's relations?")
	}
	if err := h.Store.DeleteRelation(c.Request().Context(), id); err != nil {
		return err
	}
	if !ui.IsHTMX(c) {
		return ui.RedirectAfterPost(c, fmt.Sprintf("/%ss/%d#relations", ref.Kind, ref.ID))
	}
	return h.renderRelations(c, http.StatusOK, ref, ui.EmptyForm(c, fmt.Sprintf("/%ss/%d/relations", ref.Kind, ref.ID), nil))
}

func (h *Handler) renderRelations(c echo.Context, status int, ref models.Ref, f views.Form) error {
	v, err := h.relationSection(c, ref, fmt.Sprintf("/%ss/%d", ref.Kind, ref.ID), f)
	if err != nil {
		return err
	}
	if !ui.IsHTMX(c) {
		return h.Render(c, status, h.Page(c, "Relate", "", ""), views.Relations(v))
	}
	return h.Fragment(c, status, views.Relations(v))
}

// relationSection builds an item's relation section around form f: a page of
// its relations (?relations=), linked to the pages around it at path.
func (h *Handler) relationSection(c echo.Context, ref models.Ref, path string, f views.Form) (views.RelationSection, error) {
	v := views.RelationSection{Item: ref, Form: f}
	page, offset := ui.ListPage(c, "relations")
	relations, err := h.Store.As(httpx.Viewer(c)).RelationsOfItem(c.Request().Context(), ref, ui.ListPageSize+1, offset)
	if err != nil {
		return v, err
	}
	v.Relations, v.Pager = ui.ListPageAt(c, path, "relations", page, relations)
	return v, nil
}

// ItemSuggest serves the datalist of claims and events matching ?other= or ?q=.
func (h *Handler) ItemSuggest(c echo.Context) error {
	q := c.QueryParam("q")
	if q == "" {
		q = c.QueryParam("other") + c.QueryParam("item")
	}
	var hits []search.Hit
	searcher := search.Of(h.Store).As(httpx.Viewer(c))
	for _, kind := range []string{"claim", "event"} {
		found, err := searcher.Typing(c.Request().Context(), q, kind, 10)
		if err != nil && !errors.Is(err, search.ErrTimeout) {
			return err
		}
		hits = append(hits, found...)
	}
	return h.Fragment(c, http.StatusOK, views.ItemOptions(hits))
}
