package web

import (
	"fmt"
	"net/http"
	"strconv"

	"github.com/labstack/echo/v4"

	"github.com/factline/factline/models"
	"github.com/factline/factline/views"
)

var citeFields = []string{"as", "start", "end", "quote", "text", "verbatim", "speaker", "said_on", "rating",
	"title", "occurred", "place", "item", "locator", "note"}

// citeSave serves POST /sources/:id/cite: it stores the selected passage as a
// citation of a new claim, a new event, or an existing one, then shows the
// reader again with the new highlight and a word that it was saved.
func (s *Server) citeSave(c echo.Context) error {
	id, err := pathID(c, "id")
	if err != nil {
		return err
	}
	ctx := c.Request().Context()
	src, err := s.store.GetSource(ctx, id)
	if err != nil {
		return err
	}
	f := readForm(c, citePath(id), citeFields...)
	panel := views.CiteForm{As: citeKind(f.Get("as")), Source: *src, Quote: f.Get("quote"), Form: f}
	start, err1 := strconv.Atoi(f.Get("start"))
	end, err2 := strconv.Atoi(f.Get("end"))
	// The offsets are the selection; the quote is read from the text, since a
	// browser may have changed its line breaks on the way.
	if q, prefix, suffix, st, en, ok := models.Passage(src.Text, start, end); ok && err1 == nil && err2 == nil {
		panel.Quote, panel.Prefix, panel.Suffix, panel.Start, panel.End = q, prefix, suffix, st, en
	}
	cit := &models.Citation{SourceID: id, Quote: panel.Quote, StartOffset: &panel.Start,
		Locator: f.Get("locator"), Note: f.Get("note")}
	switch panel.As {
	case "claim":
		claim := &models.Claim{Text: f.Get("text"), Verbatim: f.Get("verbatim") == "true",
			SaidOn: models.ParseDate(f.Errors, "said_on", f.Get("said_on")), Rating: models.Rating(f.Get("rating"))}
		claim.SpeakerID = s.store.SpeakerByName(ctx, f.Errors, "speaker", f.Get("speaker"))
		if err = f.Errors.OrNil(); err == nil {
			err = s.store.CiteAsNewClaim(ctx, claim, cit)
		}
	case "event":
		event := &models.Event{Title: f.Get("title"), Place: f.Get("place"),
			Occurred: models.ParseDate(f.Errors, "occurred", f.Get("occurred"))}
		if err = f.Errors.OrNil(); err == nil {
			err = s.store.CiteAsNewEvent(ctx, event, cit)
		}
	default:
		err = s.citeExisting(c, f.Get("item"), cit)
	}
	if err != nil {
		if fieldErrors(f, err) {
			return s.renderCitePanel(c, http.StatusUnprocessableEntity, panel)
		}
		return err
	}
	// The query makes the address differ from the reader's, so that the browser
	// loads it rather than only scrolling to the anchor.
	return redirectAfterPost(c, fmt.Sprintf("/sources/%d/read?cited=%d#cite-%d", id, cit.ID, cit.ID))
}

// citeExisting cites the passage for the claim or event picked in field "item".
func (s *Server) citeExisting(c echo.Context, item string, cit *models.Citation) error {
	ref, ok := parseRef(item)
	if !ok || s.store.ExistsItem(c.Request().Context(), ref) != nil {
		return models.FieldErrors{"item": "Pick a claim or an event from the list."}
	}
	if ref.Kind == models.KindClaim {
		cit.ClaimID = &ref.ID
	} else {
		cit.EventID = &ref.ID
	}
	return s.store.SaveCitation(c.Request().Context(), cit)
}
