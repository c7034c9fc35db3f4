package items

import (
	"context"
	"fmt"
	"net/http"
	"strconv"
	"strings"

	"github.com/labstack/echo/v4"

	"github.com/factline/factline/models"
	"github.com/factline/factline/models/storage"
	"github.com/factline/factline/views"
	"github.com/factline/factline/web/httpx"
	"github.com/factline/factline/web/ui"
)

// claimValues are a stored claim's form values.
func claimValues(claim *models.Claim) map[string]string {
	values := map[string]string{"text": claim.Text, "said_on": claim.SaidOn.Display(), "rating": string(claim.Rating),
		"rationale": claim.Rationale, "tags": strings.Join(claim.Tags, ", "), "version": strconv.Itoa(claim.Version)}
	if claim.Verbatim {
		values["verbatim"] = "true"
	}
	if claim.Speaker != nil {
		values["speaker"] = claim.Speaker.Name
	}
	return values
}

// ClaimNew serves the empty claim form.
func (h *Handler) ClaimNew(c echo.Context) error {
	f := ui.EmptyForm(c, "/claims", map[string]string{"rating": string(models.Unrated)})
	return h.Render(c, http.StatusOK, h.Page(c, "New claim", "", "claims"), views.ClaimFormPage(f, false))
}

// ClaimEdit serves the form for an existing claim.
func (h *Handler) ClaimEdit(c echo.Context) error {
	id, err := httpx.PathID(c, "id")
	if err != nil {
		return err
	}
	claim, err := h.Store.As(httpx.Viewer(c)).Claim(c.Request().Context(), id)
	if err != nil {
		return err
	}
	f := ui.EmptyForm(c, fmt.Sprintf("/claims/%d", id), claimValues(claim))
	return h.Render(c, http.StatusOK, h.Page(c, "Edit claim", "", "claims"), views.ClaimFormPage(f, true))
}

// ClaimSave creates (POST /claims) or updates (POST /claims/:id) a claim; a
// claim that names what it repeats is offered nothing, and a repetition
// refused is told by the claim's text, the field it is about.
func (h *Handler) ClaimSave(c echo.Context) error {
	return saveItem(h, c, itemSave[models.Claim]{kind: "claim", fields: httpx.ClaimFields,
		item: func(ctx context.Context, f views.Form, id int64) (*models.Claim, error) {
			return httpx.ClaimFromForm(f.Get).Claim(ctx, h.Store, id)
		},
		offer: httpx.RepeatOffer,
		save: func(ctx context.Context, claim *models.Claim) error {
			return httpx.RenameField(h.Store.SaveClaim(ctx, claim), "repeats", "text")
		},
		read: storage.Reader.Claim, values: claimValues,
		page: views.ClaimFormPage, form: views.ClaimForm,
		id: func(claim *models.Claim) int64 { return claim.ID }})
}
