package api

import (
	"net/http"

	"github.com/labstack/echo/v4"

	"github.com/factline/factline/models"
	"github.com/factline/factline/web/httpx"
)

// ClaimList serves GET /api/v1/claims: a page of claims by id, with their
// speakers and tags.
func (h *Handler) ClaimList(c echo.Context) error {
	return pageOf(c, h.store.PageClaims, func(cl models.Claim) int64 { return cl.ID })
}

// citedClaim is a claim with its citations, as GET /api/v1/claims/:id shows it.
type citedClaim struct {
	*models.Claim
	Citations []models.Citation `json:"citations"`
}

// ClaimShow serves GET /api/v1/claims/:id, with the claim's citations.
func (h *Handler) ClaimShow(c echo.Context) error {
	id, err := httpx.PathID(c, "id")
	if err != nil {
		return err
	}
	ctx := c.Request().Context()
	claim, err := h.store.As(httpx.Viewer(c)).Claim(ctx, id)
	if err != nil {
		return err
	}
	cits, err := h.store.CitationsOf(ctx, []models.Ref{{Kind: models.KindClaim, ID: id}})
	if err != nil {
		return err
	}
	return answerItem(c, http.StatusOK, citedClaim{claim, nonNil(cits)})
}

// claimInput is what a script sends to create or replace a claim.
type claimInput struct {
	Text      string   `json:"text"`
	Verbatim  bool     `json:"verbatim"`
	SpeakerID *int64   `json:"speaker_id"`
	SaidOn    string   `json:"said_on"`
	Rating    string   `json:"rating"`
	Rationale string   `json:"rationale"`
	Tags      []string `json:"tags"`
	Version   int      `json:"version"`
	// Repeats, on a POST, is the id of a claim this one repeats: a "repeats"
	// relation is stored with it.
	Repeats    int64 `json:"repeats"`
	ConfirmNew bool  `json:"confirm_new"` // create it even if it looks like a repetition
}

// ClaimSave serves POST /api/v1/claims and PUT /api/v1/claims/:id.
func (h *Handler) ClaimSave(c echo.Context) error {
	var in claimInput
	if err := decodeJSON(c, &in); err != nil {
		return err
	}
	id, err := putTarget(c, in.Version)
	if err != nil {
		return err
	}
	fe := models.FieldErrors{}
	claim := &models.Claim{ID: id, Text: in.Text, Verbatim: in.Verbatim, SpeakerID: in.SpeakerID,
		SaidOn: models.ParseDate(fe, "said_on", in.SaidOn), Rating: models.Rating(in.Rating),
		Rationale: in.Rationale, Tags: in.Tags, Version: in.Version, Repeats: in.Repeats}
	if err := fe.OrNil(); err != nil {
		return err
	}
	ctx := c.Request().Context()
	if id == 0 && in.Repeats == 0 && !in.ConfirmNew {
		if err := likelyDuplicate(httpx.RepeatOffer(ctx, h.store, claim)); err != nil {
			return err
		}
	}
	if err := h.store.SaveClaim(ctx, claim); err != nil {
		return httpx.RenameField(err, "speaker", "speaker_id")
	}
	saved, err := h.store.As(httpx.Viewer(c)).Claim(ctx, claim.ID)
	if err != nil {
		return err
	}
	return answerSaved(c, id == 0, saved)
}
