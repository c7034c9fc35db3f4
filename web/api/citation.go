package api

import (
	"net/http"

	"github.com/labstack/echo/v4"

	"github.com/factline/factline/models"
	"github.com/factline/factline/web/httpx"
)

// citationInput is what a script sends to cite a source.
type citationInput struct {
	SourceID    int64  `json:"source_id"`
	Quote       string `json:"quote"`
	StartOffset *int   `json:"start_offset"`
	Locator     string `json:"locator"`
	Note        string `json:"note"`
}

// CitationCreate serves POST /api/v1/claims/:id/citations and POST
// /api/v1/events/:id/citations: the quote is anchored in the source's text as
// on the reader page, and refused when it is not in it.
func (h *Handler) CitationCreate(kind models.ItemKind) echo.HandlerFunc {
	return func(c echo.Context) error {
		ref, err := httpx.ItemRef(kind)(c)
		if err != nil {
			return err
		}
		ctx := c.Request().Context()
		if err := h.store.ExistsItem(ctx, ref); err != nil {
			return err
		}
		var in citationInput
		if err := decodeJSON(c, &in); err != nil {
			return err
		}
		cit := &models.Citation{SourceID: in.SourceID, Quote: in.Quote, StartOffset: in.StartOffset,
			Locator: in.Locator, Note: in.Note}
		if kind == models.KindClaim {
			cit.ClaimID = &ref.ID
		} else {
			cit.EventID = &ref.ID
		}
		if err := h.store.SaveCitation(ctx, cit); err != nil {
			return err
		}
		saved, err := h.store.GetCitation(ctx, cit.ID)
		if err != nil {
			return err
		}
		return answerItem(c, http.StatusCreated, saved)
	}
}
