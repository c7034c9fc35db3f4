package items

import (
	"fmt"
	"net/http"

	"github.com/labstack/echo/v4"

	"github.com/factline/factline/models"
	"github.com/factline/factline/views"
	"github.com/factline/factline/web/httpx"
	"github.com/factline/factline/web/ui"
)

// ClaimShow serves /claims/:id with its citations, relations and timelines.
func (h *Handler) ClaimShow(c echo.Context) error {
	id, err := httpx.PathID(c, "id")
	if err != nil {
		return err
	}
	ctx := c.Request().Context()
	ref := models.Ref{Kind: models.KindClaim, ID: id}
	if it, rationale, ok, err := h.frozenItem(c, ref); ok {
		if err != nil {
			return err
		}
		v := views.ClaimShow{Claim: frozenClaim(it, rationale), Citations: views.CitationSection{Item: ref},
			Relations: views.RelationSection{Item: ref}, Timelines: []models.Timeline{*ui.ShareScopeOf(c).Timeline}}
		v.Citations.Citations, v.Citations.Pager = ui.ListPageOfAll(c, "citations", it.Citations)
		v.Relations.Relations, v.Relations.Pager = ui.ListPageOfAll(c, "relations", it.Relations)
		return h.renderClaim(c, v)
	}
	claim, err := h.Store.As(httpx.Viewer(c)).Claim(ctx, id)
	if err != nil {
		return err
	}
	v := views.ClaimShow{Claim: *claim}
	path := c.Request().URL.Path
	if v.Citations, err = h.citationSection(c, ref, path, ui.EmptyForm(c, fmt.Sprintf("/claims/%d/citations", id), nil)); err != nil {
		return err
	}
	if v.Relations, err = h.relationSection(c, ref, path, ui.EmptyForm(c, fmt.Sprintf("/claims/%d/relations", id), nil)); err != nil {
		return err
	}
	if v.Timelines, v.TimelinesPager, v.Choices, err = h.timelinesOf(c, ref, path); err != nil {
		return err
	}
	page, offset := ui.ListPage(c, "repetitions")
	repetitions, err := h.Store.As(httpx.Viewer(c)).Repetitions(ctx, id, ui.ListPageSize+1, offset)
	if err != nil {
		return err
	}
	v.Repetitions, v.RepetitionsPager = ui.ListPageOf(c, "repetitions", page, repetitions)
	v.RepetitionsFrom = offset
	v.AddTo = ui.EmptyForm(c, "/timelines/entries", map[string]string{"item": fmt.Sprintf("claim-%d", id)})
	return h.renderClaim(c, v)
}

// renderClaim answers a claim's page, or its JSON twin.
func (h *Handler) renderClaim(c echo.Context, v views.ClaimShow) error {
	claim := &v.Claim
	if ui.WantsJSON(c) {
		return c.JSON(http.StatusOK, map[string]any{"claim": claim, "citations": v.Citations.Citations,
			"relations": v.Relations.Relations, "timelines": v.Timelines, "repetitions": v.Repetitions,
			"citations_next": v.Citations.Pager.Next, "relations_next": v.Relations.Pager.Next,
			"timelines_next": v.TimelinesPager.Next, "repetitions_next": v.RepetitionsPager.Next})
	}
	title := claim.Text
	if claim.Speaker != nil {
		title = claim.Speaker.Name + ": " + claim.Text
	}
	p := ui.WithJSON(h.Page(c, views.Shorten(title, 90), describeClaim(claim), "claims"))
	return h.Render(c, http.StatusOK, p, views.ClaimShowPage(v))
}

// timelinesOf returns a page of the timelines an item is on (?timelines=),
// linked to the pages around it at path, and those it could be added to.
func (h *Handler) timelinesOf(c echo.Context, ref models.Ref, path string) (on []models.Timeline, pager views.Pager, choices []models.Timeline, err error) {
	ctx := c.Request().Context()
	page, offset := ui.ListPage(c, "timelines")
	if on, err = h.Store.As(httpx.Viewer(c)).TimelinesWithItem(ctx, ref, ui.ListPageSize+1, offset); err != nil {
		return nil, pager, nil, err
	}
	on, pager = ui.ListPageAt(c, path, "timelines", page, on)
	if !models.UserFrom(ctx).CanEdit() {
		return on, pager, nil, nil // only editors are offered timelines to add it to
	}
	all, err := h.Store.As(httpx.Viewer(c)).ListTimelines(ctx, 200)
	if err != nil {
		return nil, pager, nil, err
	}
	onIDs := map[int64]bool{}
	for _, t := range on {
		onIDs[t.ID] = true
	}
	for _, t := range all {
		if !onIDs[t.ID] {
			choices = append(choices, t)
		}
	}
	return on, pager, choices, nil
}

func describeClaim(c *models.Claim) string {
	d := "A claim"
	if c.Speaker != nil {
		d += " by " + c.Speaker.Name
	}
	if !c.SaidOn.IsZero() {
		d += ", " + c.SaidOn.Display()
	}
	if c.Rating != models.Unrated {
		d += ", rated " + string(c.Rating)
	}
	return d + "."
}
