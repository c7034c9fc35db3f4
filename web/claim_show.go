package web

import (
	"context"
	"fmt"
	"net/http"

	"github.com/labstack/echo/v4"

	"github.com/factline/factline/models"
	"github.com/factline/factline/views"
)

// claimShow serves /claims/:id with its citations, relations and timelines.
func (s *Server) claimShow(c echo.Context) error {
	id, err := pathID(c, "id")
	if err != nil {
		return err
	}
	if err := s.canReadItem(c, models.KindClaim, id); err != nil {
		return err
	}
	ctx := c.Request().Context()
	ref := models.Ref{Kind: models.KindClaim, ID: id}
	if it, rationale, ok, err := s.frozenItem(c, ref); ok {
		if err != nil {
			return err
		}
		return s.renderClaim(c, views.ClaimShow{Claim: frozenClaim(it, rationale),
			Citations: views.CitationSection{Item: ref, Citations: it.Citations},
			Relations: views.RelationSection{Item: ref, Relations: it.Relations}, Timelines: []models.Timeline{*shareScopeOf(c).Timeline}})
	}
	claim, err := s.store.GetClaim(ctx, id)
	if err != nil {
		return err
	}
	v := views.ClaimShow{Claim: *claim}
	if v.Citations, err = s.citationSection(ctx, ref, emptyForm(c, fmt.Sprintf("/claims/%d/citations", id), nil)); err != nil {
		return err
	}
	if v.Relations, err = s.relationSection(ctx, ref, emptyForm(c, fmt.Sprintf("/claims/%d/relations", id), nil)); err != nil {
		return err
	}
	if v.Timelines, v.Choices, err = s.timelinesOf(ctx, ref); err != nil {
		return err
	}
	if v.Repetitions, err = s.store.Repetitions(ctx, id); err != nil {
		return err
	}
	v.AddTo = emptyForm(c, "/timelines/entries", map[string]string{"item": fmt.Sprintf("claim-%d", id)})
	return s.renderClaim(c, v)
}

// renderClaim answers a claim's page, or its JSON twin.
func (s *Server) renderClaim(c echo.Context, v views.ClaimShow) error {
	claim := &v.Claim
	if wantsJSON(c) {
		return c.JSON(http.StatusOK, map[string]any{"claim": claim, "citations": v.Citations.Citations,
			"relations": v.Relations.Relations, "timelines": v.Timelines, "repetitions": v.Repetitions})
	}
	title := claim.Text
	if claim.Speaker != nil {
		title = claim.Speaker.Name + ": " + claim.Text
	}
	p := withJSON(s.page(c, views.Shorten(title, 90), describeClaim(claim), "claims"))
	return s.render(c, http.StatusOK, p, views.ClaimShowPage(v))
}

// timelinesOf returns the timelines an item is on and those it could be added to.
func (s *Server) timelinesOf(ctx context.Context, ref models.Ref) (on, choices []models.Timeline, err error) {
	if on, err = s.store.TimelinesWith(ctx, ref); err != nil || !models.UserFrom(ctx).CanEdit() {
		return on, nil, err // only editors are offered timelines to add it to
	}
	all, err := s.store.ListTimelines(ctx, 200)
	if err != nil {
		return nil, nil, err
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
	return on, choices, nil
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
