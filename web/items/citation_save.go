package items

import (
	"fmt"
	"net/http"
	"strconv"

	"github.com/labstack/echo/v4"

	"github.com/factline/factline/models"
	"github.com/factline/factline/views"
	"github.com/factline/factline/web/httpx"
	"github.com/factline/factline/web/ui"
)

// CitationCreate cites a source for a claim or event (POST /claims/:id/citations,
// POST /events/:id/citations) and answers with the item's citation section.
func (h *Handler) CitationCreate(kind models.ItemKind) echo.HandlerFunc {
	return func(c echo.Context) error {
		ref, err := httpx.ItemRef(kind)(c)
		if err != nil {
			return err
		}
		ctx := c.Request().Context()
		if err := h.Store.ExistsItem(ctx, ref); err != nil {
			return err
		}
		action := fmt.Sprintf("/%ss/%d/citations", ref.Kind, ref.ID)
		f := ui.ReadForm(c, action, "source_id", "quote", "locator", "note", "start_offset")
		cit := &models.Citation{Quote: f.Get("quote"), Locator: f.Get("locator"), Note: f.Get("note")}
		if id := ui.OptionalID(f.Get("source_id")); id != nil {
			cit.SourceID = *id
		}
		if n, err := strconv.Atoi(f.Get("start_offset")); err == nil {
			cit.StartOffset = &n
		}
		if kind == models.KindClaim {
			cit.ClaimID = &ref.ID
		} else {
			cit.EventID = &ref.ID
		}
		status := http.StatusOK
		if err := h.Store.SaveCitation(ctx, cit); err != nil {
			if !ui.FieldErrors(f, err) {
				return err
			}
			status = http.StatusUnprocessableEntity
		} else {
			if !ui.IsHTMX(c) {
				return ui.RedirectAfterPost(c, fmt.Sprintf("/%ss/%d#citations", ref.Kind, ref.ID))
			}
			f = ui.EmptyForm(c, action, nil)
		}
		return h.renderCitations(c, status, ref, f)
	}
}

// CitationDelete removes a citation (POST /citations/:id/delete).
func (h *Handler) CitationDelete(c echo.Context) error {
	id, err := httpx.PathID(c, "id")
	if err != nil {
		return err
	}
	ctx := c.Request().Context()
	cit, err := h.Store.GetCitation(ctx, id)
	if err != nil {
		return err
	}
	if err := h.Store.DeleteCitation(ctx, id); err != nil {
		return err
	}
	ref := cit.Item()
	if !ui.IsHTMX(c) {
		return ui.RedirectAfterPost(c, fmt.Sprintf("/%ss/%d#citations", ref.Kind, ref.ID))
	}
	return h.renderCitations(c, http.StatusOK, ref, ui.EmptyForm(c, fmt.Sprintf("/%ss/%d/citations", ref.Kind, ref.ID), nil))
}

func (h *Handler) renderCitations(c echo.Context, status int, ref models.Ref, f views.Form) error {
	v, err := h.citationSection(c, ref, fmt.Sprintf("/%ss/%d", ref.Kind, ref.ID), f)
	if err != nil {
		return err
	}
	if !ui.IsHTMX(c) {
		return h.Render(c, status, h.Page(c, "Cite a source", "", ""), views.Citations(v))
	}
	return h.Fragment(c, status, views.Citations(v))
}

// citationSection builds an item's citation section around form f: a page of
// its citations (?citations=), linked to the pages around it at path.
func (h *Handler) citationSection(c echo.Context, ref models.Ref, path string, f views.Form) (views.CitationSection, error) {
	ctx := c.Request().Context()
	v := views.CitationSection{Item: ref, Form: f}
	page, offset := ui.ListPage(c, "citations")
	citations, err := h.Store.CitationsOfItem(ctx, ref, ui.ListPageSize+1, offset)
	if err != nil {
		return v, err
	}
	v.Citations, v.Pager = ui.ListPageAt(c, path, "citations", page, citations)
	if models.UserFrom(ctx).CanEdit() { // only editors see the form that lists them
		v.Sources, err = h.Store.SourceChoices(ctx, 500)
	}
	return v, err
}
