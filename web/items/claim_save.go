package items

import (
	"errors"
	"fmt"
	"net/http"
	"strconv"
	"strings"

	"github.com/labstack/echo/v4"

	"github.com/factline/factline/models"
	"github.com/factline/factline/models/duplicates"
	"github.com/factline/factline/views"
	"github.com/factline/factline/web/httpx"
	"github.com/factline/factline/web/ui"
)

var claimFields = []string{"text", "verbatim", "speaker", "said_on", "rating", "rationale", "tags", "version",
	"confirm_new", "repeats"}

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

// ClaimSave creates (POST /claims) or updates (POST /claims/:id) a claim.
func (h *Handler) ClaimSave(c echo.Context) error {
	var id int64
	action := "/claims"
	if c.Param("id") != "" {
		var err error
		if id, err = httpx.PathID(c, "id"); err != nil {
			return err
		}
		action = fmt.Sprintf("/claims/%d", id)
	}
	ctx := c.Request().Context()
	f := ui.ReadForm(c, action, claimFields...)
	claim := &models.Claim{ID: id, Text: f.Get("text"), Verbatim: f.Get("verbatim") == "true",
		SaidOn: models.ParseDate(f.Errors, "said_on", f.Get("said_on")), Rating: models.Rating(f.Get("rating")),
		Rationale: f.Get("rationale"), Tags: models.ParseTags(f.Get("tags")), Version: ui.AtoiOrZero(f.Get("version")),
		Repeats: int64(ui.AtoiOrZero(f.Get("repeats")))}
	claim.SpeakerID = duplicates.Of(h.Store).SpeakerByName(ctx, f.Errors, "speaker", f.Get("speaker"))
	ui.RefuseWithoutVersion(f, "claim", id)
	err := f.Errors.OrNil()
	if err == nil && id == 0 && claim.Repeats == 0 && !ui.ConfirmedNew(f) {
		if f.Offer, err = httpx.RepeatOffer(ctx, h.Store, claim); err == nil && f.Offer != nil {
			return h.RenderOffer(c, h.Page(c, "New claim", "", "claims"), views.ClaimFormPage(f, false), views.ClaimForm(f))
		}
	}
	if err == nil {
		// A refused repetition is told by the claim's text, the field it is about.
		err = httpx.RenameField(h.Store.SaveClaim(ctx, claim), "repeats", "text")
	}
	if errors.Is(err, models.ErrConflict) {
		cur, err := h.Store.As(httpx.Viewer(c)).Claim(ctx, id)
		if err != nil {
			return err
		}
		f = ui.WithTheirs(f, claimValues(cur))
		return h.RenderConflict(c, h.Page(c, "Claim", "", "claims"), views.ClaimFormPage(f, true), views.ClaimForm(f))
	}
	if err != nil {
		if ui.FieldErrors(f, err) {
			return h.RenderForm(c, h.Page(c, "Claim", "", "claims"), views.ClaimFormPage(f, id != 0), views.ClaimForm(f))
		}
		return err
	}
	return ui.RedirectAfterPost(c, fmt.Sprintf("/claims/%d", claim.ID))
}
