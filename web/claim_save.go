package web

import (
	"errors"
	"fmt"
	"net/http"
	"strconv"
	"strings"

	"github.com/labstack/echo/v4"

	"github.com/factline/factline/models"
	"github.com/factline/factline/views"
	"github.com/factline/factline/web/httpx"
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

// claimNew serves the empty claim form.
func (s *Server) claimNew(c echo.Context) error {
	f := emptyForm(c, "/claims", map[string]string{"rating": string(models.Unrated)})
	return s.render(c, http.StatusOK, s.page(c, "New claim", "", "claims"), views.ClaimFormPage(f, false))
}

// claimEdit serves the form for an existing claim.
func (s *Server) claimEdit(c echo.Context) error {
	id, err := httpx.PathID(c, "id")
	if err != nil {
		return err
	}
	claim, err := s.store.As(httpx.Viewer(c)).Claim(c.Request().Context(), id)
	if err != nil {
		return err
	}
	f := emptyForm(c, fmt.Sprintf("/claims/%d", id), claimValues(claim))
	return s.render(c, http.StatusOK, s.page(c, "Edit claim", "", "claims"), views.ClaimFormPage(f, true))
}

// claimSave creates (POST /claims) or updates (POST /claims/:id) a claim.
func (s *Server) claimSave(c echo.Context) error {
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
	f := readForm(c, action, claimFields...)
	claim := &models.Claim{ID: id, Text: f.Get("text"), Verbatim: f.Get("verbatim") == "true",
		SaidOn: models.ParseDate(f.Errors, "said_on", f.Get("said_on")), Rating: models.Rating(f.Get("rating")),
		Rationale: f.Get("rationale"), Tags: models.ParseTags(f.Get("tags")), Version: atoiOrZero(f.Get("version")),
		Repeats: int64(atoiOrZero(f.Get("repeats")))}
	claim.SpeakerID = s.store.SpeakerByName(ctx, f.Errors, "speaker", f.Get("speaker"))
	refuseWithoutVersion(f, "claim", id)
	err := f.Errors.OrNil()
	if err == nil && id == 0 && claim.Repeats == 0 && !confirmedNew(f) {
		if f.Offer, err = httpx.RepeatOffer(ctx, s.store, claim); err == nil && f.Offer != nil {
			return s.renderOffer(c, s.page(c, "New claim", "", "claims"), views.ClaimFormPage(f, false), views.ClaimForm(f))
		}
	}
	if err == nil {
		// A refused repetition is told by the claim's text, the field it is about.
		err = httpx.RenameField(s.store.SaveClaim(ctx, claim), "repeats", "text")
	}
	if errors.Is(err, models.ErrConflict) {
		cur, err := s.store.As(httpx.Viewer(c)).Claim(ctx, id)
		if err != nil {
			return err
		}
		f = withTheirs(f, claimValues(cur))
		return s.renderConflict(c, s.page(c, "Claim", "", "claims"), views.ClaimFormPage(f, true), views.ClaimForm(f))
	}
	if err != nil {
		if fieldErrors(f, err) {
			return s.renderForm(c, s.page(c, "Claim", "", "claims"), views.ClaimFormPage(f, id != 0), views.ClaimForm(f))
		}
		return err
	}
	return redirectAfterPost(c, fmt.Sprintf("/claims/%d", claim.ID))
}
