package api

import (
	"context"
	"net/http"

	"github.com/labstack/echo/v4"

	"github.com/factline/factline/models"
	"github.com/factline/factline/models/storage"
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

// ClaimSave serves POST /api/v1/claims and PUT /api/v1/claims/:id, from the
// claim form's input; a claim that names what it repeats is offered nothing.
func (h *Handler) ClaimSave(c echo.Context) error {
	var in httpx.ClaimInput
	if err := decodeJSON(c, &in); err != nil {
		return err
	}
	return saveItem(c, h.store, itemSave[models.Claim]{sent: in.Sent,
		item:  func(ctx context.Context, id int64) (*models.Claim, error) { return in.Claim(ctx, h.store, id) },
		offer: httpx.RepeatOffer,
		save: func(ctx context.Context, claim *models.Claim) error {
			return httpx.RenameField(h.store.SaveClaim(ctx, claim), "speaker", "speaker_id")
		},
		read: storage.Reader.Claim,
		id:   func(claim *models.Claim) int64 { return claim.ID }})
}
